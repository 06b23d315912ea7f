import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueueTable } from '@web/modules/admin-jobs/components/queue-table';
import { RollupHistory } from '@web/modules/rollups/components/rollup-history';
import '@web/modules/admin-jobs/admin-jobs.css';

/** 任务队列: the queues' state and the rollups' runs, with the way to the officers' rollup page. */
export function AdminJobsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <h1 className="page-head__title">{t('nav.jobs')}</h1>
          <p className="hint">{t('admin.jobs.intro')}</p>
        </div>
      </header>
      <QueueTable />
      <RollupHistory region={null} month={null} title={t('admin.jobs.rollups')} />
      <p>
        <Link to="/rollups">{t('admin.jobs.rollupsLink')}</Link>
      </p>
    </div>
  );
}
