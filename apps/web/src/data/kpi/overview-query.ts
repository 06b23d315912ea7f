import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** Every indicator of a region for a month: value, target, status and gap (GET /kpi). */
export const kpiOverviewQuery = (regionCode: string, month: string) =>
  queryOptions({
    queryKey: kpiKeys.overview(regionCode, month),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi', { params: { query: { regionCode, month } }, signal })),
  });

export function useKpiOverviewQuery(regionCode: string | null, month: string) {
  return useQuery({ ...kpiOverviewQuery(regionCode ?? '', month), enabled: Boolean(regionCode) });
}
