import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { residentKeys } from './keys';

/** 探访 visits to the person that the caller may see, newest first. */
export const residentVisitsQuery = (id: string) => ({
  queryKey: residentKeys.visits(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/residents/{id}/visits', { params: { path: { id } }, signal })),
});
