import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { waitlistKeys } from './keys';

/** The admission and waiting-list rules in force for the facility: what declining costs, how long an offer holds. */
export function useAdmissionPolicyQuery(facilityId: string) {
  return useQuery({
    queryKey: waitlistKeys.policy(facilityId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities/{id}/admission-policy', { params: { path: { id: facilityId } }, signal })),
    staleTime: 5 * 60_000,
  });
}
