import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateBed } from './invalidate-bed';
import type { RebuildInput } from './types';

/** 改建: the same bed, rebuilt in place and back in service on a date (its history and stays kept). */
export function useRebuildMutation(facilityId: string, bedId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RebuildInput) => unwrap(api.POST('/api/v1/beds/{id}/rebuild', { params: { path: { id: bedId } }, body })),
    onSettled: () => invalidateBed(queryClient, facilityId, bedId),
  });
}
