import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { serviceKeys } from './keys';

/**
 * The facility's slots from one date to another with their bookings. Refreshed every 20 seconds: two nurses checking
 * people in at two doors see each other's work; the previous days stay on screen while the next load.
 */
export function useScheduleQuery(facilityId: string, from: string, to: string) {
  return useQuery({
    queryKey: serviceKeys.schedule(facilityId, from, to),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities/{id}/service-slots', { params: { path: { id: facilityId }, query: { from, to } }, signal })),
    refetchInterval: 20_000,
    placeholderData: keepPreviousData,
  });
}
