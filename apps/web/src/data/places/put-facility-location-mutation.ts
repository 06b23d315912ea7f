import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { unwrap } from '@web/api/api-error';
import { placeKeys } from './keys';

export type FacilityLocationInput = components['schemas']['FacilityLocationInputDto'];

/** Sets where a facility stands; GCJ-02 input comes back as the WGS-84 point stored. */
export function usePutFacilityLocationMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FacilityLocationInput) => unwrap(api.PUT('/api/v1/facilities/{id}/location', { params: { path: { id: facilityId } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(placeKeys.facilityLocation(facilityId), saved),
  });
}
