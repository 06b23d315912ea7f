import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { assessmentKeys } from './keys';

/** A person's incidents the caller may see, newest first, with when and how the family was told. */
export const incidentsQuery = (residentId: string) => ({
  queryKey: assessmentKeys.incidents(residentId),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/residents/{id}/incidents', { params: { path: { id: residentId } }, signal })),
});
