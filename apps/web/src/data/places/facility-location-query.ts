import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { ApiError, unwrap } from '@web/api/api-error';
import { placeKeys } from './keys';

/** Where a facility stands (WGS-84), or null before anyone has set it (the API answers 404). */
export function useFacilityLocationQuery(facilityId: string) {
  return useQuery({
    queryKey: placeKeys.facilityLocation(facilityId),
    queryFn: async ({ signal }) => {
      try {
        return await unwrap(api.GET('/api/v1/facilities/{id}/location', { params: { path: { id: facilityId } }, signal }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}
