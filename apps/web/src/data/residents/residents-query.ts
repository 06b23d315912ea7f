import { keepPreviousData } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { residentKeys } from './keys';
import type { ResidentFilters } from './types';

/** A page of the people in the person's scope, by part of a name or a whole 身份证 number; numbers come masked. */
export const residentsQuery = (filters: ResidentFilters) => ({
  queryKey: residentKeys.list(filters),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    unwrap(
      api.GET('/api/v1/residents', {
        params: {
          query: {
            q: filters.q,
            category: filters.category,
            facilityId: filters.facilityId,
            page: filters.page,
            limit: filters.pageSize,
          },
        },
        signal,
      }),
    ),
  placeholderData: keepPreviousData,
});
