import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';
import type { ProjectInput } from './types';

/** Records a building project, with its completion date when it is done already. */
export function useAddProjectMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectInput) => unwrap(api.POST('/api/v1/facilities/{id}/projects', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.projects(id) }),
  });
}
