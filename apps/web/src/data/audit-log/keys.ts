import type { AuditFilter } from './types';

export const auditLogKeys = {
  all: ['audit-log'] as const,
  page: (filter: AuditFilter, page: number) => [...auditLogKeys.all, 'page', filter, page] as const,
};
