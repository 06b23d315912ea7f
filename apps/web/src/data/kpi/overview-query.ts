import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** Every indicator of a region for a month: value, target, status and gap (GET /kpi). */
export function useKpiOverviewQuery(regionCode: string | null, month: string) {
  return useQuery({
    queryKey: kpiKeys.overview(regionCode ?? '', month),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi', { params: { query: { regionCode: regionCode!, month } }, signal })),
    enabled: Boolean(regionCode),
  });
}
