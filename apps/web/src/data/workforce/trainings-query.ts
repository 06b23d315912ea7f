import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { workforceKeys } from './keys';
import type { TrainingFilters } from './types';

/** A page of training records in the person's region, newest first; ID numbers come masked. */
export function useTrainingsQuery(filters: TrainingFilters) {
  return useQuery({
    queryKey: workforceKeys.trainingList(filters),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/trainings', {
          params: { query: { regionCode: filters.regionCode, courseType: filters.courseType, from: filters.from, to: filters.to, page: filters.page, limit: filters.pageSize } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
