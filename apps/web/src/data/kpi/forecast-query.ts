import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** 达标预测 of one indicator for a region, its history ending in `month` (GET /kpi/{indicator}/forecast). */
export function useForecastQuery(indicator: string, regionCode: string | null, month: string, enabled = true) {
  return useQuery({
    queryKey: kpiKeys.forecast(indicator, regionCode ?? '', month),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/kpi/{indicator}/forecast', { params: { path: { indicator }, query: { regionCode: regionCode!, month } }, signal })),
    enabled: Boolean(regionCode) && enabled,
  });
}
