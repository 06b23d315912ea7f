import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { bedKeys } from './keys';

/** The bed's classification periods (护理型 / 认知障碍照护), who set each and when (GET /beds/:id/history). */
export const bedHistoryQuery = (bedId: string) =>
  queryOptions({
    queryKey: bedKeys.history(bedId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/beds/{id}/history', { params: { path: { id: bedId } }, signal })),
  });

export function useBedHistoryQuery(bedId: string | null) {
  return useQuery({ ...bedHistoryQuery(bedId ?? ''), enabled: Boolean(bedId) });
}
