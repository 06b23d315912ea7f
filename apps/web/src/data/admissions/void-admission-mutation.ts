import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateStays } from './invalidate-stays';

/** 作废入住: on the day of admission only (422 later: discharge instead), with the reason. */
export function useVoidAdmissionMutation(facilityId: string, stayId: string, bedId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string }) => unwrap(api.POST('/api/v1/admissions/{id}/void', { params: { path: { id: stayId } }, body })),
    onSettled: () => invalidateStays(queryClient, facilityId, [bedId]),
  });
}
