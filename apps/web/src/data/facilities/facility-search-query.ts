import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** Facilities whose name contains `q` (all of the first page when empty), in the person's scope. */
export function useFacilitySearchQuery(q: string, enabled = true) {
  const term = q.trim();
  return useQuery({
    queryKey: [...facilityKeys.all, 'search', term] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities', { params: { query: { limit: 30, ...(term ? { q: term } : {}) } }, signal })),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
