import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { waitlistKeys } from './keys';
import type { OfferInput } from './types';

/** Offers a vacant bed to an applicant (a skip over applicants waiting ahead needs `skipReason`: 409 without). */
export function useOfferMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: string; body: OfferInput }) => unwrap(api.POST('/api/v1/waitlist/{entryId}/offer', { params: { path: { entryId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: waitlistKeys.all }),
  });
}
