import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { assessmentKeys } from './keys';

/** A person's assessments, newest first (a facility serving them sees the one in force only). */
export const residentAssessmentsQuery = (residentId: string) => ({
  queryKey: assessmentKeys.ofResident(residentId),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/residents/{id}/assessments', { params: { path: { id: residentId } }, signal })),
});
