import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { residentKeys } from './keys';
import type { NewResident } from './types';

/** Registers a person; the same 身份证 number twice is a 409 naming the field. Every list may now show them. */
export function useRegisterResidentMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewResident) => unwrap(api.POST('/api/v1/residents', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residentKeys.lists() }),
  });
}
