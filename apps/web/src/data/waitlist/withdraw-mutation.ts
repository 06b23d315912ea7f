import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { waitlistKeys } from './keys';
import type { WithdrawInput } from './types';

/** Withdraws an application (holding an offer, that declines it unless the facility waives the penalty, saying why). */
export function useWithdrawMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: WithdrawInput }) => unwrap(api.POST('/api/v1/waitlist/{entryId}/withdraw', { params: { path: { entryId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.all }),
  });
}
