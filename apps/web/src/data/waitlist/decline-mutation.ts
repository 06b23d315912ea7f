import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { waitlistKeys } from './keys';

/** Declines the offered bed on the applicant's behalf: the application is suspended for the policy's months. */
export function useDeclineMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => unwrap(api.POST('/api/v1/waitlist/{entryId}/decline', { params: { path: { entryId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.all }),
  });
}
