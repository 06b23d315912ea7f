import type { SitingParams } from './siting-query';

/** Query keys of points on the map and the service circle. */
export const placeKeys = {
  all: ['places'] as const,
  facilityLocation: (facilityId: string) => [...placeKeys.all, 'facility', facilityId] as const,
  serviceCircle: (regionCode: string, month: string) => [...placeKeys.all, 'service-circle', regionCode, month] as const,
  siting: (query: SitingParams) => [...placeKeys.all, 'siting', query] as const,
};
