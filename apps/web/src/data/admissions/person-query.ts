import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { admissionKeys } from './keys';

/** The person an admission starts from (`/admit?residentId=`), numbers masked. */
export const personQuery = (residentId: string) =>
  queryOptions({
    queryKey: admissionKeys.person(residentId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents/{id}', { params: { path: { id: residentId } }, signal })),
  });

export function usePersonQuery(residentId: string | null) {
  return useQuery({ ...personQuery(residentId ?? ''), enabled: Boolean(residentId) });
}
