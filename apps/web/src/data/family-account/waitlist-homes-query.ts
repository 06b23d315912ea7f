import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { familyAccountKeys } from './keys';

/** The public homes of the relative's county, and those applied to, each with the relative's place and what declining costs. */
export function useWaitlistHomesQuery(residentId: string | null) {
  return useQuery({
    queryKey: familyAccountKeys.homes(residentId ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents/{id}/waitlist-homes', { params: { path: { id: residentId! } }, signal })),
    enabled: Boolean(residentId),
    refetchInterval: 60_000,
  });
}

/** Puts the relative on a home's waiting list. */
export function useApplyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ facilityId, residentId }: { facilityId: string; residentId: string }) =>
      unwrap(api.POST('/api/v1/facilities/{id}/waitlist', { params: { path: { id: facilityId } }, body: { residentId } })),
    onSettled: (_data, _error, { residentId }) => queryClient.invalidateQueries({ queryKey: familyAccountKeys.homes(residentId) }),
  });
}
