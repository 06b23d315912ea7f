import { ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '@web/api/schema';
import { useJobsQuery } from '@web/data/system/jobs-query';
import { useQueueDashboardMutation } from '@web/data/system/queue-dashboard-mutation';
import { ErrorNotice } from '@web/ui/error-notice';

type QueueStatus = components['schemas']['JobsStatusDto']['queues'][number];

/** 任务队列: per queue the backlog, failures and when a worker last ran it; the way into bull-board. */
export function QueueTable() {
  const { t, i18n } = useTranslation();
  const jobs = useJobsQuery();
  const dashboard = useQueueDashboardMutation();
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'zh-CN', { dateStyle: 'short', timeStyle: 'medium' });
  const inProcess = jobs.data?.mode === 'in-process';
  const count = (n: number) => n.toLocaleString(i18n.language);

  return (
    <section className="panel" aria-labelledby="queues-title">
      <div className="jobs-head">
        <h2 id="queues-title" className="panel__title">
          {t('admin.jobs.queues')}
        </h2>
        <div className="jobs-head__actions">
          <Button icon={<ReloadOutlined aria-hidden />} loading={jobs.isFetching} onClick={() => void jobs.refetch()}>
            {t('admin.jobs.refresh')}
          </Button>
          <Button type="primary" icon={<ExportOutlined aria-hidden />} disabled={!jobs.data || inProcess} loading={dashboard.isPending} onClick={() => dashboard.mutate()}>
            {t('admin.jobs.dashboard')}
          </Button>
        </div>
      </div>
      {jobs.data && <p className="hint">{`${t('admin.jobs.mode', { mode: t(`admin.jobs.modes.${jobs.data.mode}`) })} · ${inProcess ? t('admin.jobs.dashboardUnavailable') : t('admin.jobs.dashboardHint')}`}</p>}
      <div aria-live="polite">{dashboard.error && <ErrorNotice error={dashboard.error} />}</div>
      {jobs.error ? (
        <ErrorNotice error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <Table<QueueStatus>
          size="small"
          rowKey="queue"
          loading={jobs.isPending}
          dataSource={jobs.data?.queues ?? []}
          pagination={false}
          scroll={{ x: 720 }}
          columns={[
            { title: t('admin.jobs.queue'), dataIndex: 'queue', render: (queue: string) => <code>{queue}</code> },
            { title: t('admin.jobs.waiting'), dataIndex: 'waiting', align: 'right', render: count },
            { title: t('admin.jobs.delayed'), dataIndex: 'delayed', align: 'right', render: count },
            { title: t('admin.jobs.active'), dataIndex: 'active', align: 'right', render: count },
            { title: t('admin.jobs.completed'), dataIndex: 'completed', align: 'right', render: count },
            {
              title: t('admin.jobs.failed'),
              dataIndex: 'failed',
              align: 'right',
              render: (n: number) => <span className={n > 0 ? 'jobs-failed' : undefined}>{count(n)}</span>,
            },
            { title: t('admin.jobs.lastRun'), dataIndex: 'lastProcessedAt', render: (at: string | null) => (at ? <time dateTime={at}>{time.format(new Date(at))}</time> : t('admin.jobs.never')) },
            { title: t('admin.jobs.lastRunBy'), dataIndex: 'lastProcessedBy', render: (by: string | null) => by ?? '—' },
          ]}
        />
      )}
    </section>
  );
}
