import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import type { AcceptInput } from './types';

/** Accepts the offered bed on the applicant's behalf: they are admitted into it in the same step. */
export function useAcceptMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: AcceptInput }) => unwrap(api.POST('/api/v1/waitlist/{entryId}/accept', { params: { path: { entryId } }, body })),
    // The bed is taken now: the board and every list that shows beds change with it.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
