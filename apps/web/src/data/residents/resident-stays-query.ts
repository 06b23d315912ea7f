import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { residentKeys } from './keys';

/** A person's stays in the facilities the caller sees, newest first. */
export const residentStaysQuery = (id: string) => ({
  queryKey: residentKeys.stays(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/admissions', { params: { query: { residentId: id, limit: 50 } }, signal })),
});
