import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { serviceKeys } from './keys';

/** The service catalog (助餐 助洁 助浴 …) with each type's labels. */
export function useServiceTypesQuery() {
  return useQuery({
    queryKey: serviceKeys.types(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/service-types', { signal })),
    staleTime: 60 * 60_000,
  });
}
