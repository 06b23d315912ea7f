import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateBed } from './invalidate-bed';
import type { ReclassifyInput } from './types';

/** 调整床位分类: care-type and dementia-care from a date; earlier months keep what they had. */
export function useReclassifyMutation(facilityId: string, bedId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReclassifyInput) => unwrap(api.PATCH('/api/v1/beds/{id}', { params: { path: { id: bedId } }, body })),
    onSettled: () => invalidateBed(queryClient, facilityId, bedId),
  });
}
