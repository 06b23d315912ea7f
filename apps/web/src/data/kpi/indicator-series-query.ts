import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** One indicator's months for a region (GET /kpi/{indicator}/series). */
export function useIndicatorSeriesQuery(indicator: string, regionCode: string | null, from: string, to: string) {
  return useQuery({
    queryKey: kpiKeys.series(indicator, regionCode ?? '', from, to),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/kpi/{indicator}/series', { params: { path: { indicator }, query: { regionCode: regionCode!, from, to } }, signal })),
    enabled: Boolean(regionCode),
  });
}
