import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * docs/kpis.md must speak of every indicator of seeds/data/kpi-catalog.yaml (the plans' indicators with their
 * verbatim quotes, kept in the repository). The ids are listed here in catalog order and checked against the
 * catalog, so a catalog change shows up here.
 */
const CATALOG_IDS = [
  // A. Institutions and beds
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
  // B. Township / community network
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
  // C. Residents, 特困 persons, home-care beds
  'tekun_willing_centralized_support_rate',
  'tekun_incapacitated_centralized_support_rate',
  'dispersed_incapacitated_tekun_care_agreement_rate',
  'home_care_beds',
  'tekun_basic_living_standard_ratio',
  'tekun_support_standard_amount',
  // D. Services: meals, home services, visits, modifications
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
  // E. Workforce
  'certified_caregivers_per_10k_older',
  'caregiver_first_aid_certificate_rate',
  'care_staff_certified_rate',
  'new_professional_care_staff',
  'caregiver_and_manager_training',
  'social_workers_per_institution_beds',
  'social_workers_per_older_population',
  'social_worker_to_community_older_ratio',
  // F. Health-sector indicators (outside the system)
  'hospital_geriatrics_department_rate',
  'tcm_hospital_rehab_department_rate',
  'medical_green_channel_coverage',
  // G. One-off facilities and milestones
  'assistive_device_disinfection_site',
  'international_exchange_platform_facilities',
] as const;

const repoRoot = join(__dirname, '../../../..');
const docs = readFileSync(join(repoRoot, 'docs/kpis.md'), 'utf8');
const catalogPath = join(repoRoot, 'seeds/data/kpi-catalog.yaml');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A heading naming the id first ("### `id` — …"), or a table row whose first cell is the id. */
function mentionsAsEntry(id: string): boolean {
  const name = `\`?${escape(id)}\`?`;
  return new RegExp(`^(#{1,6}\\s+${name}(\\s|$)|\\|\\s*${name}\\s*\\|)`, 'm').test(docs);
}

describe('docs/kpis.md', () => {
  it('lists 64 distinct catalog ids', () => {
    expect(new Set(CATALOG_IDS).size).toBe(64);
  });

  it.each(CATALOG_IDS)('has an entry for %s', (id) => {
    expect(mentionsAsEntry(id)).toBe(true);
  });

  it('keeps the catalog order', () => {
    const positions = CATALOG_IDS.map((id) => docs.search(new RegExp(`^#{1,6}\\s+\`?${escape(id)}\`?(\\s|$)`, 'm')));
    const found = positions.filter((position) => position >= 0);
    expect(found).toEqual([...found].sort((a, b) => a - b));
  });

  it('matches the ids of seeds/data/kpi-catalog.yaml', () => {
    const ids = [...readFileSync(catalogPath, 'utf8').matchAll(/^- id: (\S+)\s*$/gm)].map((match) => match[1]);
    expect(ids).toEqual([...CATALOG_IDS]);
  });
});
