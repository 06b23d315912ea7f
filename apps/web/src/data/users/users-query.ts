import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { userKeys } from './keys';
import type { UserFilters } from './types';

/** One page of accounts (GET /users): by role, active flag, facility granted and part of the name. */
export function useUsersQuery(filters: UserFilters) {
  return useQuery({
    queryKey: userKeys.list(filters),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users', { params: { query: filters }, signal })),
    placeholderData: keepPreviousData,
  });
}
