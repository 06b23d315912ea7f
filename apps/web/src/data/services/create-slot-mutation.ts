import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { serviceKeys } from './keys';
import type { CreateSlotInput } from './types';

/** Publishes one slot of the facility. */
export function useCreateSlotMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSlotInput) => unwrap(api.POST('/api/v1/facilities/{id}/service-slots', { params: { path: { id: facilityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.schedules(facilityId) }),
  });
}
