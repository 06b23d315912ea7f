import { keepPreviousData } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { assessmentKeys } from './keys';
import type { DueFilters } from './types';

/** People due or overdue for assessment today: never assessed first, then the most overdue. */
export const dueQuery = (filters: DueFilters) => ({
  queryKey: assessmentKeys.due(filters),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    unwrap(
      api.GET('/api/v1/assessments/due', {
        params: { query: { facilityId: filters.facilityId, page: filters.page, limit: filters.pageSize } },
        signal,
      }),
    ),
  placeholderData: keepPreviousData,
});
