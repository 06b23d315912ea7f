import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { userKeys } from './keys';
import type { CreateUser, UpdateUser } from './types';

export type SaveUser = { id: null; body: CreateUser } | { id: string; body: UpdateUser };

/** Creates an account (no id) or changes one: role, scope, name, password or the active flag. */
export function useSaveUserMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: SaveUser) =>
      save.id === null
        ? unwrap(api.POST('/api/v1/users', { body: save.body }))
        : unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: save.id } }, body: save.body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
