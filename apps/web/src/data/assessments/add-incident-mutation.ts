import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { assessmentKeys } from './keys';
import type { NewIncident } from './types';

/** Records an incident of a person, with the family's notification when it has been made. */
export function useAddIncidentMutation(residentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewIncident) => unwrap(api.POST('/api/v1/residents/{id}/incidents', { params: { path: { id: residentId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentKeys.incidents(residentId) }),
  });
}
