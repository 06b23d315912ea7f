import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** 年度质量检查, latest year first. */
export const inspectionsQuery = (id: string) => ({
  queryKey: facilityKeys.inspections(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities/{id}/inspections', { params: { path: { id } }, signal })),
  staleTime: 60_000,
});
