import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** 竣工: the project counts as done from `completedOn`. */
export function useCompleteProjectMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ projectId, completedOn }: { projectId: string; completedOn: string }) =>
      unwrap(api.POST('/api/v1/facilities/{id}/projects/{projectId}/complete', { params: { path: { id, projectId } }, body: { completedOn } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.projects(id) }),
  });
}
