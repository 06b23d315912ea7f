import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateStays } from './invalidate-stays';
import type { AdmitInput } from './types';

/**
 * 入住. Settled either way, the board is fetched again: after a 409 (the bed just taken) the person sees who holds
 * it now without reloading.
 */
export function useAdmitMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AdmitInput) => unwrap(api.POST('/api/v1/admissions', { body })),
    onSettled: (_stay, _error, body) => invalidateStays(queryClient, facilityId, [body.bedId]),
  });
}
