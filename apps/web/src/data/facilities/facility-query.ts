import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** One facility's profile as of today (a facility outside the person's scope is a 404, shown as "not found"). */
export const facilityQuery = (id: string) => ({
  queryKey: facilityKeys.one(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities/{id}', { params: { path: { id } }, signal })),
  staleTime: 60_000,
});
