import { useQuery } from '@tanstack/react-query';
import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { dueQuery } from '@web/data/assessments/due-query';
import type { DueRow } from '@web/data/assessments/types';
import { ErrorNotice } from '@web/ui/error-notice';
import '@web/modules/residents/residents.css';
import '../assessments.css';

const PAGE_SIZE = 20;

/** 待评估: people due or overdue for (re-)assessment in the person's scope, each a tap away from the form. */
export function DueTable() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const due = useQuery(dueQuery({ page, pageSize: PAGE_SIZE }));
  if (due.isError) return <ErrorNotice error={due.error} onRetry={() => void due.refetch()} />;
  return (
    <Table<DueRow>
      className="due-list"
      rowKey="residentId"
      loading={due.isFetching}
      dataSource={due.data?.items ?? []}
      locale={{ emptyText: t('assessments.due.empty') }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: due.data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (total) => t('assessments.due.total', { total }),
        onChange: (next) => setSearch(next > 1 ? { page: String(next) } : {}),
      }}
      columns={[
        { title: t('assessments.due.name'), dataIndex: 'name' },
        { title: t('assessments.due.lastAssessedOn'), dataIndex: 'lastAssessedOn', render: (on: string | null) => on ?? '—' },
        { title: t('assessments.due.nextDueOn'), dataIndex: 'nextDueOn', render: (on: string | null) => on ?? '—' },
        {
          title: t('assessments.due.status'),
          key: 'status',
          render: (_, row) =>
            row.lastAssessedOn === null ? (
              <Tag className="tag--info">{t('assessments.due.never')}</Tag>
            ) : row.overdue ? (
              <Tag className="tag--bad">{t('assessments.due.overdue')}</Tag>
            ) : (
              <Tag className="tag--warn">{t('assessments.due.dueToday')}</Tag>
            ),
        },
        {
          title: '',
          key: 'assess',
          render: (_, row) => (
            <Button type="primary" onClick={() => navigate(`/assessments/new?residentId=${row.residentId}`)}>
              {t('assessments.due.assess')}
              <span className="visually-hidden"> {row.name}</span>
            </Button>
          ),
        },
      ]}
    />
  );
}
