import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** 离职: from `on` the person is no longer on the staff list. */
export function useStaffLeaveMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ staffId, on }: { staffId: string; on: string }) => unwrap(api.POST('/api/v1/staff/{id}/leave', { params: { path: { id: staffId } }, body: { on } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.staff(facilityId) }),
  });
}
