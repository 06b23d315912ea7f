import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { importKeys } from './keys';
import type { ImportJob } from './types';

export const isImportFinished = (job: ImportJob) => job.status === 'completed' || job.status === 'failed';

/** A long file's import job, polled every second until it completes or fails. */
export function useImportJobQuery(id: string | null) {
  return useQuery({
    queryKey: importKeys.job(id ?? ''),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/imports/{id}', { params: { path: { id: id! } }, signal })),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && isImportFinished(query.state.data) ? false : 1000),
  });
}
