import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import type { components, operations } from '@web/api/schema';
import { unwrap } from '@web/api/api-error';
import { placeKeys } from './keys';

export type SitingParams = operations['SitingController_propose']['parameters']['query'];
export type Siting = components['schemas']['SitingDto'];
export type SitingSite = components['schemas']['SitingSiteDto'];
export type SitingCommunity = components['schemas']['SitingCommunityDto'];
export type SitingFacility = components['schemas']['CircleFacilityDto'];
export type SitingFacilityKind = SitingParams['facilityKind'];
export type ScenarioChange = components['schemas']['SitingScenarioChangeDto'];

/** 选址建议: up to k sites of a kind in a township or county that bring the most older people into a circle (null: nothing asked yet). */
export function useSitingQuery(query: SitingParams | null) {
  return useQuery({
    queryKey: placeKeys.siting(query ?? ({} as SitingParams)),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/kpi/siting', { params: { query: query! }, signal })),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
