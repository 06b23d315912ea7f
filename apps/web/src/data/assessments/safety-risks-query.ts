import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { assessmentKeys } from './keys';

/** A person's GB 38600 safety-risk assessments (the nine risks), newest first. */
export const safetyRisksQuery = (residentId: string) => ({
  queryKey: assessmentKeys.safetyRisks(residentId),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/residents/{id}/safety-risks', { params: { path: { id: residentId } }, signal })),
});
