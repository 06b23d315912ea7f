import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { medicalKeys } from './keys';

/** A facility's cooperation agreements (签约合作), latest signed first, with whether each is in force today. */
export const medicalAgreementsQuery = (facilityId: string) => ({
  queryKey: medicalKeys.agreements(facilityId),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities/{id}/medical-agreements', { params: { path: { id: facilityId } }, signal })),
  staleTime: 60_000,
});
