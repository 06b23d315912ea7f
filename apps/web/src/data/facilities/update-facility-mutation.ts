import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';
import type { UpdateFacility } from './types';

/** Changes the description at once and the profile from `effectiveFrom`; the switcher's names may change too. */
export function useUpdateFacilityMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFacility) => unwrap(api.PATCH('/api/v1/facilities/{id}', { params: { path: { id } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilityKeys.all }),
  });
}
