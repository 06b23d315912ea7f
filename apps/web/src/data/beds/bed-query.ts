import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { bedKeys } from './keys';

/** One bed as of a date: code, room, floor, dates, status and classification (GET /beds/:id). */
export const bedQuery = (bedId: string, date: string) =>
  queryOptions({
    queryKey: bedKeys.one(bedId, date),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/beds/{id}', { params: { path: { id: bedId }, query: { date } }, signal })),
  });

export function useBedQuery(bedId: string | null, date: string) {
  return useQuery({ ...bedQuery(bedId ?? '', date), enabled: Boolean(bedId) });
}
