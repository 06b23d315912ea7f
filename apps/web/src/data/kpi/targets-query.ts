import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** Plan targets of a region, or of every region the person may see when `regionCode` is null. */
export function useTargetsQuery(regionCode: string | null, enabled = true) {
  return useQuery({
    queryKey: kpiKeys.targets(regionCode),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/targets', { params: { query: regionCode ? { regionCode } : {} }, signal })),
    enabled,
  });
}
