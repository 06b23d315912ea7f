import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateBed } from './invalidate-bed';
import type { OutOfServiceInput } from './types';

/** 暂停使用: takes the bed out of service from a date (until a date, or open), with a reason. */
export function useOutOfServiceMutation(facilityId: string, bedId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutOfServiceInput) => unwrap(api.POST('/api/v1/beds/{id}/out-of-service', { params: { path: { id: bedId } }, body })),
    onSettled: () => invalidateBed(queryClient, facilityId, bedId),
  });
}
