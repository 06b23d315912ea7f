import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { invalidateStays } from './invalidate-stays';
import type { TransferInput } from './types';

/** 转床: ends the stay on `on` and starts the next in the new bed that day (one transaction on the server). */
export function useTransferMutation(facilityId: string, stayId: string, fromBedId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransferInput) => unwrap(api.POST('/api/v1/admissions/{id}/transfer', { params: { path: { id: stayId } }, body })),
    onSettled: (_stay, _error, body) => invalidateStays(queryClient, facilityId, [fromBedId, body.bedId]),
  });
}
