import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import { facilityKeys } from './keys';

/** 星级评定记录 (GB/T 37276), latest first. */
export const starRatingsQuery = (id: string) => ({
  queryKey: facilityKeys.starRatings(id),
  queryFn: ({ signal }: { signal: AbortSignal }) => unwrap(api.GET('/api/v1/facilities/{id}/star-ratings', { params: { path: { id } }, signal })),
  staleTime: 60_000,
});
