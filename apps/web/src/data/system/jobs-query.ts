import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { systemKeys } from './keys';

/** The job queues' counts and last runs, refreshed every 10 seconds while the page is open. */
export function useJobsQuery() {
  return useQuery({
    queryKey: systemKeys.jobs(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/system/jobs', { signal })),
    refetchInterval: 10_000,
  });
}
