/**
 * The indicator registry: every plan indicator (kpi-catalog.yaml) Yiyang computes from its records, as data, in the
 * catalog's order. Each source's indicators live beside its SQL in libs/kpi/src/sources/<name>/; all indicators of a
 * source are computed in one pass per county. A catalog indicator whose cities measure different segments gets one
 * entry per segment (`<catalog id>.<segment>`), the plain id first.
 */
import { BEDS_INDICATORS } from '../sources/beds/indicators';
import { FACILITIES_INDICATORS } from '../sources/facilities/indicators';
import { TOWNSHIPS_INDICATORS } from '../sources/townships/indicators';
import { VILLAGES_INDICATORS } from '../sources/villages/indicators';
import { CIRCLE_INDICATORS } from '../sources/circle/indicators';
import { TEKUN_INDICATORS } from '../sources/tekun/indicators';
import { ORDERS_INDICATORS } from '../sources/orders/indicators';
import { ROSTER_INDICATORS } from '../sources/roster/indicators';
import { STAFF_INDICATORS } from '../sources/staff/indicators';
import { WORKS_INDICATORS } from '../sources/works/indicators';
import { TRAININGS_INDICATORS } from '../sources/trainings/indicators';
import { SOCIAL_WORKERS_INDICATORS } from '../sources/social_workers/indicators';
import { MODIFICATIONS_INDICATORS } from '../sources/modifications/indicators';
import { MEDICAL_INDICATORS } from '../sources/medical/indicators';
import type { IndicatorDefinition } from './indicator';

export * from './indicator';

/** The catalog's indicators in its order (seeds/data/kpi-catalog.yaml), which lists and reports follow. */
export const CATALOG_ORDER: readonly string[] = [
  'care_type_bed_share',
  'total_elderly_care_beds',
  'beds_new_or_rebuilt',
  'elderly_care_institution_count',
  'beds_per_1000_older',
  'government_operated_bed_share',
  'public_built_private_operated_rate',
  'institution_quality_compliance_rate',
  'dementia_care_beds_per_10k_older',
  'public_institution_dementia_zone_coverage',
  'public_institution_dementia_bed_share',
  'rehab_room_coverage_large_institutions',
  'public_institutions_3star_plus_rate',
  'institutions_2star_plus_rate',
  'institutions_3star_plus_count',
  'institutions_4star_plus_count',
  'smart_elderly_care_institutions_per_county',
  'tekun_facility_upgrade',
  'major_safety_hazard_rectification_rate',
  'institution_medical_cooperation',
  'community_medical_elderly_integrated_institutions',
  'kangyang_consortium_count',
  'township_comprehensive_facility_coverage',
  'township_elderly_service_centre_count',
  'demo_home_care_centre_township_coverage',
  'demo_centre_video_connection_rate',
  'five_a_home_care_centre_count',
  'community_care_facility_count',
  'community_home_care_facility_coverage',
  'service_circle_coverage',
  'rural_mutual_aid_point_count',
  'rural_mutual_aid_village_coverage',
  'community_facility_socialized_operation_rate',
  'centre_led_station_operation_rate',
  'smart_elderly_terminal_community_coverage',
  'tekun_willing_centralized_support_rate',
  'tekun_incapacitated_centralized_support_rate',
  'dispersed_incapacitated_tekun_care_agreement_rate',
  'home_care_beds',
  'tekun_basic_living_standard_ratio',
  'tekun_support_standard_amount',
  'meal_assistance_daily_recipients',
  'standardized_elderly_canteen_count',
  'institution_sunshine_kitchen_rate',
  'food_safety_ab_rate',
  'elderly_canteen_effective_coverage',
  'home_service_person_times',
  'purchased_home_service_standard',
  'visit_rate_at_risk_elders',
  'age_friendly_home_modifications',
  'family_caregiver_training_person_times',
  'certified_caregivers_per_10k_older',
  'caregiver_first_aid_certificate_rate',
  'care_staff_certified_rate',
  'new_professional_care_staff',
  'caregiver_and_manager_training',
  'social_workers_per_institution_beds',
  'social_workers_per_older_population',
  'social_worker_to_community_older_ratio',
  'hospital_geriatrics_department_rate',
  'tcm_hospital_rehab_department_rate',
  'medical_green_channel_coverage',
  'assistive_device_disinfection_site',
  'international_exchange_platform_facilities',
];

const position = (indicator: IndicatorDefinition) => CATALOG_ORDER.indexOf(indicator.catalogId);

export const INDICATORS: readonly IndicatorDefinition[] = [
  ...BEDS_INDICATORS,
  ...FACILITIES_INDICATORS,
  ...TOWNSHIPS_INDICATORS,
  ...VILLAGES_INDICATORS,
  ...CIRCLE_INDICATORS,
  ...TEKUN_INDICATORS,
  ...ORDERS_INDICATORS,
  ...ROSTER_INDICATORS,
  ...STAFF_INDICATORS,
  ...WORKS_INDICATORS,
  ...TRAININGS_INDICATORS,
  ...SOCIAL_WORKERS_INDICATORS,
  ...MODIFICATIONS_INDICATORS,
  ...MEDICAL_INDICATORS,
].sort((a, b) => position(a) - position(b));

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

export const INDICATOR_IDS: readonly string[] = INDICATORS.map((indicator) => indicator.id);
