import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { waitlistKeys } from './keys';

/**
 * The facility's queue in the policy's order, its vacant beds and who is next. Refreshed every 30 seconds, so an offer
 * answered at another desk (or lapsed) shows without a reload.
 */
export function useWaitlistQuery(facilityId: string) {
  return useQuery({
    queryKey: waitlistKeys.list(facilityId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities/{id}/waitlist', { params: { path: { id: facilityId } }, signal })),
    refetchInterval: 30_000,
  });
}
