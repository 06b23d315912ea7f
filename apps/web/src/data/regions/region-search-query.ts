import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { regionKeys } from './keys';
import type { Region } from './types';

/** Regions whose name contains `q`, within the person's own subtree when they have one. */
export function useRegionSearchQuery(q: string, within: string | null) {
  const term = q.trim();
  return useQuery<Region[]>({
    queryKey: regionKeys.search(term, within),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/regions', { params: { query: { q: term, limit: 30, ...(within ? { within } : {}) } }, signal })).then((page) => page.items),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}
