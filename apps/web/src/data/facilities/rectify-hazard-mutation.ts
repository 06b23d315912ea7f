import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** 整改完成: the hazard is put right on `rectifiedOn`. */
export function useRectifyHazardMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ hazardId, rectifiedOn }: { hazardId: string; rectifiedOn: string }) =>
      unwrap(api.POST('/api/v1/facilities/{id}/hazards/{hazardId}/rectify', { params: { path: { id, hazardId } }, body: { rectifiedOn } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.hazards(id) }),
  });
}
