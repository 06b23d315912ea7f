import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** The profile card's bed counts: the bed board's totals for today (the board is cached server-side per version). */
export const bedTotalsQuery = (id: string) => ({
  queryKey: facilityKeys.bedTotals(id),
  queryFn: async ({ signal }: { signal: AbortSignal }) => (await unwrap(api.GET('/api/v1/facilities/{id}/bed-board', { params: { path: { id } }, signal }))).totals,
  staleTime: 30_000,
});
