import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { kpiKeys } from '@web/data/kpi/keys';
import { workforceKeys } from './keys';
import type { NewCommunitySocialWorker, SocialWorkerFilters } from './types';

/** A page of the community social workers of the person's region: those serving now, or all. */
export function useSocialWorkersQuery(filters: SocialWorkerFilters) {
  return useQuery({
    queryKey: workforceKeys.socialWorkerList(filters),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/community-social-workers', {
          params: { query: { regionCode: filters.regionCode, includeEnded: filters.includeEnded, page: filters.page, limit: filters.pageSize } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: workforceKeys.socialWorkers() }), queryClient.invalidateQueries({ queryKey: kpiKeys.all })]);
}

export function useCreateSocialWorkerMutation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewCommunitySocialWorker) => unwrap(api.POST('/api/v1/community-social-workers', { body })),
    onSuccess: refresh,
  });
}

/** The worker stops serving from `on` (the first day no longer counted). */
export function useEndSocialWorkerMutation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, on }: { id: string; on: string }) => unwrap(api.POST('/api/v1/community-social-workers/{id}/end', { params: { path: { id } }, body: { on } })),
    onSuccess: refresh,
  });
}
