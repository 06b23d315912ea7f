import { useTranslation } from 'react-i18next';
import { AUDIT_PAGE_SIZE, useAuditLogQuery } from '@web/data/audit-log/audit-log-query';
import { AuditFilters } from '@web/modules/admin-audit/components/audit-filters';
import { AuditTable } from '@web/modules/admin-audit/components/audit-table';
import { useAuditLocation } from '@web/modules/admin-audit/hooks/use-audit-location';
import { ErrorNotice } from '@web/ui/error-notice';
import '@web/modules/admin-audit/admin-audit.css';

/** 审计日志 the audit trail: filter, read, export. */
export function AdminAuditPage() {
  const { t } = useTranslation();
  const { filter, page, update } = useAuditLocation();
  const log = useAuditLogQuery(filter, page);
  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <h1 className="page-head__title">{t('nav.audit')}</h1>
          <p className="hint">{t('admin.audit.intro')}</p>
        </div>
      </header>
      <AuditFilters filter={filter} onChange={(next) => update(next)} />
      {log.error ? (
        <ErrorNotice error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <AuditTable
          entries={log.data?.items ?? []}
          total={log.data?.total ?? 0}
          page={page}
          pageSize={AUDIT_PAGE_SIZE}
          loading={log.isFetching}
          onPage={(next) => update(filter, next)}
        />
      )}
    </div>
  );
}
