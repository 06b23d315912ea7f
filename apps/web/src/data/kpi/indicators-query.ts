import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';

/** The indicator catalog (source, decimals, direction): it changes with a deploy, not during a session. */
export const indicatorsQuery = () =>
  queryOptions({
    queryKey: kpiKeys.indicators(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/indicators', { signal })),
    staleTime: Infinity,
  });

export function useIndicatorsQuery() {
  return useQuery(indicatorsQuery());
}
