import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** Staff employed today with their certificates (a home's whole staff fits the API's largest page). */
export const staffQuery = (id: string) => ({
  queryKey: facilityKeys.staff(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities/{id}/staff', { params: { path: { id }, query: { limit: 100 } }, signal })),
  staleTime: 60_000,
});
