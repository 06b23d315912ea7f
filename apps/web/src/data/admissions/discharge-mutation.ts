import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateStays } from './invalidate-stays';
import type { DischargeInput } from './types';

/** 出院: `on` is the first day away. */
export function useDischargeMutation(facilityId: string, stayId: string, bedId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DischargeInput) => unwrap(api.POST('/api/v1/admissions/{id}/discharge', { params: { path: { id: stayId } }, body })),
    onSettled: () => invalidateStays(queryClient, facilityId, [bedId]),
  });
}
