import type { components, operations } from '@web/api/schema';

export type AuditEntry = components['schemas']['AuditLogEntryDto'];
type ListQuery = NonNullable<operations['AuditLogController_list']['parameters']['query']>;
/** The filters the page and the export share (no paging). */
export type AuditFilter = Omit<ListQuery, 'page' | 'limit'>;
