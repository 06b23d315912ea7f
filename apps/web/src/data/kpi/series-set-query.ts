import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** Every indicator's months in one batched request (GET /kpi/series): the board's sparklines. */
export const kpiSeriesSetQuery = (regionCode: string, from: string, to: string) =>
  queryOptions({
    queryKey: kpiKeys.seriesSet(regionCode, from, to),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/series', { params: { query: { regionCode, from, to } }, signal })),
  });

export function useKpiSeriesSetQuery(regionCode: string | null, from: string, to: string) {
  return useQuery({ ...kpiSeriesSetQuery(regionCode ?? '', from, to), enabled: Boolean(regionCode) });
}
