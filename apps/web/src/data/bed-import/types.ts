import type { components } from '@web/api/schema';

export type BulkBeds = components['schemas']['BulkBedsDto'];
export type BulkBedsResult = components['schemas']['BulkBedsResultDto'];
export type BedImportResult = components['schemas']['BedImportResultDto'];
