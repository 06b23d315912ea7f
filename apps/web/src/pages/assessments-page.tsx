import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DueTable } from '@web/modules/assessments/components/due-table';

/** `/assessments`: who is due or overdue for a capability assessment. */
export function AssessmentsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div>
        <Typography.Title level={1} className="page-head__title">
          {t('assessments.due.title')}
        </Typography.Title>
        <p className="hint">{t('assessments.due.hint')}</p>
      </div>
      <DueTable />
    </div>
  );
}
