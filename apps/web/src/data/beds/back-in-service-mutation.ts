import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateBed } from './invalidate-bed';

/** 恢复使用: the bed is back in service on a date. */
export function useBackInServiceMutation(facilityId: string, bedId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { on: string }) => unwrap(api.POST('/api/v1/beds/{id}/back-in-service', { params: { path: { id: bedId } }, body })),
    onSettled: () => invalidateBed(queryClient, facilityId, bedId),
  });
}
