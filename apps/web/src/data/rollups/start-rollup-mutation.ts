import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { rollupKeys } from './keys';

/** Queues the rollup of a closed month (202; the same month and region already running answers that run). */
export function useStartRollupMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { month: string; regionCode: string }) => unwrap(api.POST('/api/v1/rollups', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rollupKeys.all }),
  });
}
