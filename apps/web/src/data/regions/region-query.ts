import { useQueries } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { regionKeys } from './keys';

export const regionQuery = (code: string) => ({
  queryKey: regionKeys.one(code),
  // The OpenAPI document leaves out this route's path parameter (the API's DTO declares none), so the type is widened.
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/regions/{code}', { params: { path: { code } }, signal })),
  staleTime: Infinity,
});

/** Several regions by code (a breadcrumb's ancestors); names rarely change, so they are cached for the session. */
export function useRegionsQuery(codes: readonly string[]) {
  return useQueries({ queries: codes.map(regionQuery) });
}
