import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';
import type { HazardInput } from './types';

/** Records a safety hazard found at the facility. */
export function useAddHazardMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HazardInput) => unwrap(api.POST('/api/v1/facilities/{id}/hazards', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.hazards(id) }),
  });
}
