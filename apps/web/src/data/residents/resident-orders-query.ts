import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { residentKeys } from './keys';

/** The person's service orders that the caller may see (the newest 20). */
export const residentOrdersQuery = (id: string) => ({
  queryKey: residentKeys.orders(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/service-orders', { params: { query: { residentId: id, limit: 20 } }, signal })),
});
