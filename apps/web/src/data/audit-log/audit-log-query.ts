import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { auditLogKeys } from './keys';
import type { AuditFilter } from './types';

export const AUDIT_PAGE_SIZE = 20;

/** One page of the audit log, newest first. The API records each call as a read of the log. */
export function useAuditLogQuery(filter: AuditFilter, page: number) {
  return useQuery({
    queryKey: auditLogKeys.page(filter, page),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/audit-log', { params: { query: { ...filter, page, limit: AUDIT_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
  });
}
