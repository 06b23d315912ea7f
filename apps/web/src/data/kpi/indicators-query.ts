import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** The indicator catalog (source, decimals, direction): it changes with a deploy, not during a session. */
export function useIndicatorsQuery() {
  return useQuery({
    queryKey: kpiKeys.indicators(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/indicators', { signal })),
    staleTime: Infinity,
  });
}
