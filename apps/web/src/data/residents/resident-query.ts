import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { residentKeys } from './keys';

/** One person's record (an audited read; numbers masked, birth year only). */
export const residentQuery = (id: string) => ({
  queryKey: residentKeys.one(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/residents/{id}', { params: { path: { id } }, signal })),
});
