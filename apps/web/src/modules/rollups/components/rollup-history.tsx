import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRollupsQuery } from '@web/data/rollups/rollups-query';
import type { Rollup } from '@web/data/rollups/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { RollupStatus } from './rollup-status';

/**
 * 汇总记录: every run of the region and month, with how many values it revised and how many came out unchanged.
 * Without a region and month (the administrator's jobs page) it lists the latest runs of all, each with its region.
 */
export function RollupHistory({ region, month, title }: { region: string | null; month: string | null; title?: string }) {
  const { t, i18n } = useTranslation();
  const runs = useRollupsQuery(region, month);
  const format = (at: string | null) => (at ? new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'zh-CN', { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(at)) : '—');
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title" className="panel__title">
        {title ?? t('rollups.history')}
      </h2>
      {runs.error ? (
        <ErrorNotice error={runs.error} onRetry={() => void runs.refetch()} />
      ) : (
        <Table<Rollup>
          size="small"
          rowKey="id"
          loading={runs.isPending}
          dataSource={runs.data?.items ?? []}
          pagination={false}
          scroll={{ x: 640 }}
          locale={{ emptyText: <EmptyState title={t('rollups.emptyHistory')} /> }}
          columns={[
            { title: t('rollups.requestedAt'), dataIndex: 'requestedAt', render: format },
            ...(region ? [] : [{ title: t('kpi.region'), dataIndex: 'regionCode', render: (code: string | null) => code ?? '—' }]),
            { title: t('kpi.month'), dataIndex: 'month' },
            { title: t('rollups.status'), dataIndex: 'status', render: (status: Rollup['status']) => <RollupStatus status={status} /> },
            { title: t('rollups.revised'), dataIndex: 'valuesRevised', align: 'right', render: (n: number | null) => n ?? '—' },
            { title: t('rollups.unchanged'), dataIndex: 'valuesUnchanged', align: 'right', render: (n: number | null) => n ?? '—' },
            { title: t('rollups.finishedAt'), dataIndex: 'finishedAt', render: format },
          ]}
        />
      )}
    </section>
  );
}
