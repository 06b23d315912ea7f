import { MONTH_PATTERN } from '@shared/core/months';
import { isRegionCode } from '@shared/core/region-code';
import type { SitingFacilityKind, SitingParams } from '@web/data/places/siting-query';

/** The kinds a service circle counts (the API's CIRCLE_FACILITY_KINDS), in the order an office thinks of them. */
export const SITING_KINDS: readonly SitingFacilityKind[] = ['community_station', 'township_centre', 'mutual_aid', 'canteen'];
export const MAX_SITES = 20;

/** What the address asks for, when it asks for all of it (`region`, `kind`, `k`, `month`); else null, and nothing is asked. */
export function sitingParamsOf(params: URLSearchParams): SitingParams | null {
  const regionCode = params.get('region');
  const facilityKind = params.get('kind') as SitingFacilityKind | null;
  const k = Number(params.get('k'));
  const month = params.get('month');
  if (!regionCode || !isRegionCode(regionCode) || !facilityKind || !SITING_KINDS.includes(facilityKind)) return null;
  if (!Number.isInteger(k) || k < 1 || k > MAX_SITES || !month || !MONTH_PATTERN.test(month)) return null;
  return { regionCode, facilityKind, k, month };
}
