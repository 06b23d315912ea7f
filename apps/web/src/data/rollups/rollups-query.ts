import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { rollupKeys } from './keys';

/** The history of rollup runs for a region (and month), newest first. */
export function useRollupsQuery(regionCode: string | null, month: string | null) {
  return useQuery({
    queryKey: rollupKeys.list(regionCode, month),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/rollups', { params: { query: { ...(regionCode ? { regionCode } : {}), ...(month ? { month } : {}), limit: 50 } }, signal })),
  });
}
