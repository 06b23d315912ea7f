import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { serviceKeys } from './keys';
import type { CreateSeriesInput } from './types';

/** Publishes recurring slots from a rule (every weekday lunch…) between two dates. */
export function useCreateSeriesMutation(facilityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSeriesInput) => unwrap(api.POST('/api/v1/facilities/{id}/service-slots/series', { params: { path: { id: facilityId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.schedules(facilityId) }),
  });
}
