import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { admissionKeys } from './keys';

/** People to admit: part of a name or a whole ID number (GET /residents?q=, in the operator's scope). */
export const peopleSearchQuery = (q: string) =>
  queryOptions({
    queryKey: admissionKeys.people(q),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/residents', { params: { query: { q, limit: 20 } }, signal })),
    staleTime: 10_000,
  });

export function usePeopleSearchQuery(q: string) {
  const text = q.trim();
  return useQuery({ ...peopleSearchQuery(text), enabled: text.length > 0, placeholderData: keepPreviousData });
}
