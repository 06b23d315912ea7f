import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import type { components } from '@web/api/schema';
import { residentKeys } from './keys';

/** Links a person registered elsewhere to the caller's facility, by the whole 身份证 number and the name together. */
export function useLinkResidentMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['LinkResidentDto']) => unwrap(api.POST('/api/v1/residents/link', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residentKeys.lists() }),
  });
}
