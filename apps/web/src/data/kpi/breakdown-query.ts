import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** The region's children for one indicator and month, worst first (GET /kpi/{indicator}/breakdown). */
export function useBreakdownQuery(indicator: string, regionCode: string | null, month: string) {
  return useQuery({
    queryKey: kpiKeys.breakdown(indicator, regionCode ?? '', month),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/kpi/{indicator}/breakdown', { params: { path: { indicator }, query: { regionCode: regionCode!, month } }, signal })),
    enabled: Boolean(regionCode),
  });
}
