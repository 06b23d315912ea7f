import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';
import type { InspectionInput } from './types';

/** Records a year's inspection on the date it was made; the facility's "latest inspection" changes with it. */
export function useAddInspectionMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InspectionInput) => unwrap(api.POST('/api/v1/facilities/{id}/inspections', { params: { path: { id } }, body })),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: facilityKeys.inspections(id) }), queryClient.invalidateQueries({ queryKey: facilityKeys.one(id) })]),
  });
}
