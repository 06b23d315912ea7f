import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { familyAccountKeys } from './keys';

/** The relatives the family account is linked to (the API's scope gives a family only them). */
export function useRelativesQuery() {
  return useQuery({
    queryKey: familyAccountKeys.relatives(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents', { params: { query: { limit: 50 } }, signal })),
    staleTime: 5 * 60_000,
  });
}
