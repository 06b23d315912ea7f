import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';
import type { StaffInput } from './types';

export function useAddStaffMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffInput) => unwrap(api.POST('/api/v1/facilities/{id}/staff', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.staff(id) }),
  });
}
