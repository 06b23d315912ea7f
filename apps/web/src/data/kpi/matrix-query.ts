import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** Children × months with each cell's status (GET /kpi/{indicator}/matrix). */
export function useMatrixQuery(indicator: string, regionCode: string | null, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: kpiKeys.matrix(indicator, regionCode ?? '', from, to),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/kpi/{indicator}/matrix', { params: { path: { indicator }, query: { regionCode: regionCode!, from, to } }, signal })),
    enabled: enabled && Boolean(regionCode),
  });
}
