import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { rollupKeys } from './keys';
import type { Rollup } from './types';

export const isRollupFinished = (rollup: Pick<Rollup, 'status'>) => rollup.status === 'complete' || rollup.status === 'failed' || rollup.status === 'lost';

/** One run, polled every second until it is complete, failed or lost. */
export function useRollupQuery(id: string | null) {
  return useQuery({
    queryKey: rollupKeys.one(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/rollups/{id}', { params: { path: { id: id! } }, signal })),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && isRollupFinished(query.state.data) ? false : 1000),
  });
}
