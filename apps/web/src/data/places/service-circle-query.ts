import { useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { unwrap } from '@web/api/api-error';
import { placeKeys } from './keys';

export type ServiceCircle = components['schemas']['ServiceCircleDto'];
export type CircleCommunity = components['schemas']['CircleCommunityDto'];

/** The service circle of a region in a month: communities with their cover, and the facilities drawing circles. */
export function useServiceCircleQuery(regionCode: string | null, month: string) {
  return useQuery({
    queryKey: placeKeys.serviceCircle(regionCode ?? '', month),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/service-circle', { params: { query: { regionCode: regionCode!, month } }, signal })),
    enabled: Boolean(regionCode),
  });
}
