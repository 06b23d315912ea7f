import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from '@web/data/facilities/keys';
import type { BulkBeds } from './types';

/** All or nothing: one bad bed and none is written (the 400/409 names each bad one as `beds[i].field`). */
export function useBulkBedsMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkBeds) => unwrap(api.POST('/api/v1/facilities/{id}/beds/bulk', { params: { path: { id: facilityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.records(facilityId) }),
  });
}
