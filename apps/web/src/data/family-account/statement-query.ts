import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { familyAccountKeys } from './keys';

/** A relative's month: the services delivered with price, subsidy and self-pay, and the allowance used and left. */
export function useStatementQuery(residentId: string | null, month: string) {
  return useQuery({
    queryKey: familyAccountKeys.statement(residentId ?? '', month),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/residents/{id}/service-statement', { params: { path: { id: residentId! }, query: { month } }, signal })),
    enabled: Boolean(residentId),
  });
}
