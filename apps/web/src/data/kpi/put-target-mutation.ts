import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from './keys';
import type { PutTarget } from './types';

/** Sets a region's target for an indicator and year; every status may change, so every KPI query is refetched. */
export function usePutTargetMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutTarget) => unwrap(api.PUT('/api/v1/kpi/targets', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kpiKeys.all }),
  });
}
