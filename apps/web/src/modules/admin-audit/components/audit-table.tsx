import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@web/data/audit-log/types';
import { EmptyState } from '@web/ui/empty-state';

interface Props {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPage: (page: number) => void;
}

function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = entry.changes as { before?: object; after?: object } | null;
  return (
    <div className="audit-changes">
      {changes ? (
        <dl>
          {(['before', 'after'] as const).map((side) =>
            changes[side] ? (
              <div key={side}>
                <dt>{t(`admin.audit.${side}`)}</dt>
                <dd>
                  <pre>{JSON.stringify(changes[side], null, 2)}</pre>
                </dd>
              </div>
            ) : null,
          )}
        </dl>
      ) : (
        <p>{t('admin.audit.noChanges')}</p>
      )}
      <p className="hint">
        {[entry.requestId && t('admin.audit.request', { id: entry.requestId }), entry.ip && t('admin.audit.ip', { ip: entry.ip })].filter(Boolean).join(' · ')}
      </p>
    </div>
  );
}

/** 审计记录: who, when, what and which record; a row opens to its changes, request id and address. */
export function AuditTable({ entries, total, page, pageSize, loading, onPage }: Props) {
  const { t, i18n } = useTranslation();
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'zh-CN', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Asia/Shanghai' });
  const named = (group: 'actions' | 'entities', key: string) => (i18n.exists(`admin.audit.${group}.${key}`) ? t(`admin.audit.${group}.${key}`) : key);

  return (
    <Table<AuditEntry>
      className="audit-table"
      size="small"
      rowKey="id"
      caption={t('admin.audit.caption')}
      loading={loading}
      dataSource={entries}
      scroll={{ x: 900 }}
      locale={{ emptyText: <EmptyState title={t('admin.audit.empty')} /> }}
      expandable={{ expandedRowRender: (entry) => <Changes entry={entry} /> }}
      pagination={{ current: page, pageSize, total, showSizeChanger: false, onChange: onPage, showTotal: (count) => t('admin.audit.count', { count }) }}
      columns={[
        { title: t('admin.audit.at'), dataIndex: 'at', width: 190, render: (at: string) => <time dateTime={at}>{time.format(new Date(at))}</time> },
        {
          title: t('admin.audit.who'),
          key: 'who',
          render: (_, entry) =>
            entry.actorId ? (
              <span>
                {entry.actorDisplayName ?? entry.actorId} <span className="audit-table__username">{entry.actorUsername}</span>
                {entry.actorRole && <Tag className="audit-table__role">{i18n.exists(`role.${entry.actorRole}`) ? t(`role.${entry.actorRole}`) : entry.actorRole}</Tag>}
              </span>
            ) : (
              t('admin.audit.system')
            ),
        },
        { title: t('admin.audit.what'), dataIndex: 'action', width: 130, render: (action: string) => named('actions', action) },
        {
          title: t('admin.audit.which'),
          key: 'which',
          render: (_, entry) => (
            <span>
              {named('entities', entry.entity)} {entry.entityId && <code className="audit-table__id">{entry.entityId}</code>}
            </span>
          ),
        },
      ]}
    />
  );
}
