import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { admissionKeys } from './keys';

/** Who lay in the bed, newest first (GET /admissions?bedId=; an audited read of the people named). */
export const bedStaysQuery = (bedId: string) =>
  queryOptions({
    queryKey: admissionKeys.bedStays(bedId),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/admissions', { params: { query: { bedId, limit: 20 } }, signal })),
  });

export function useBedStaysQuery(bedId: string | null) {
  return useQuery({ ...bedStaysQuery(bedId ?? ''), enabled: Boolean(bedId) });
}
