import type { Profile as FacilityProfile } from '../../demo/model';
import { Rng, unit } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import { HISTORY_END, isInstitution, type Facility, type FacilityKind, type Plan } from '../plan';
import { array, bool, N, TAG, uuid } from '../row-text';
import { facilityPoint } from './places';

const KIND_NAME: Record<FacilityKind, string> = {
  institution: '养老院',
  tekun_home: '敬老院',
  township_centre: '养老服务中心',
  community_station: '养老服务站',
  mutual_aid: '互助养老点',
  canteen: '老年食堂',
};

export const facilityTable: CopyTable = { name: 'facility', columns: ['id', 'name', 'region_code', 'opened_on', 'closed_on', 'close_reason', 'latitude', 'longitude'] };

/** Facilities with their point on the map (WGS-84, ./places.ts: near their village's or township's point; one in twenty not placed). */
export function* facilityRows(plan: Plan): Generator<string> {
  for (const f of plan.facilities) {
    const township = plan.townships[f.township];
    const point = facilityPoint(plan, f);
    yield `${f.id}\t${township.name}${KIND_NAME[f.kind]}${f.index}\t${f.regionCode}\t${iso(f.opened)}\t${f.closed === null ? N : iso(f.closed)}\t${f.closed === null ? N : '规模测试关停'}\t${
      point ? point.lat.toFixed(6) : N
    }\t${point ? point.lng.toFixed(6) : N}\n`;
  }
}

export const profileTable: CopyTable = {
  name: 'facility_profile',
  columns: [
    'facility_id', 'valid_from', 'valid_to', 'kind', 'ownership', 'operation', 'functions', 'dementia_zone', 'rehab_room', 'sunshine_kitchen', 'food_safety_grade', 'smart',
    'video_connected', 'demo_centre', 'medical_integrated', 'standardized_canteen', 'a_grade', 'managed_by_facility_id', 'assistive_device_site', 'exchange_platform',
    'products_display_platform',
  ],
};

/** The demo's profile, less what the row takes from the facility itself (its kind, who runs it). */
type Profile = Omit<FacilityProfile, 'kind' | 'managedBy'>;

function drawProfile(kind: FacilityKind, rng: Rng): Profile {
  const ownership = kind === 'tekun_home' || rng.chance(0.5) ? 'public' : 'private';
  const operation = ownership === 'private' ? 'social' : rng.chance(0.55) ? 'government' : 'social';
  const functions = new Set<string>();
  if (kind === 'institution' || kind === 'tekun_home') ['full_time_care', 'medical_care', 'recreation'].forEach((x) => functions.add(x));
  if (kind === 'township_centre') {
    functions.add('full_time_care');
    if (rng.chance(0.8)) functions.add('day_care');
    if (rng.chance(0.8)) functions.add('home_outreach');
    functions.add('meals');
  }
  if (kind === 'community_station') {
    functions.add('day_care');
    if (rng.chance(0.6)) functions.add('home_outreach');
    if (rng.chance(0.7)) functions.add('meals');
  }
  if (kind === 'mutual_aid') ['meals', 'recreation'].forEach((x) => functions.add(x));
  if (kind === 'canteen') functions.add('meals');
  if (rng.chance(0.3)) functions.add('rehab');
  if (rng.chance(0.2)) functions.add('spiritual_comfort');
  const centre = kind === 'township_centre' || kind === 'community_station';
  return {
    ownership,
    operation,
    functions: [...functions],
    dementiaZone: (kind === 'institution' || kind === 'tekun_home') && rng.chance(0.3),
    rehabRoom: rng.chance(0.55),
    sunshineKitchen: functions.has('meals') && rng.chance(0.4),
    foodSafetyGrade: functions.has('meals') ? (['A', 'B', 'C', null] as const)[rng.below(4)] : null,
    smart: rng.chance(0.3),
    videoConnected: rng.chance(0.5),
    demoCentre: centre && rng.chance(0.25),
    medicalIntegrated: rng.chance(0.3),
    standardizedCanteen: functions.has('meals') && rng.chance(0.35),
    aGrade: centre && rng.chance(0.7) ? rng.int(1, 5) : null,
  };
}

/**
 * The flags of issue 18, drawn apart from the profile's own PRNG (so the other columns stay as they were): assistive-device
 * disinfection sites at a fifth of centres and stations and a tenth of homes, international exchange platforms and
 * products display platforms at a few homes and centres. An earlier profile period has none of them.
 */
function flags(plan: Plan, f: Facility): string {
  const seed = plan.options.seed;
  const centre = f.kind === 'township_centre' || f.kind === 'community_station';
  const assistive = unit(seed, 31, f.index) < (centre ? 0.2 : isInstitution(f.kind) ? 0.1 : 0.02);
  const exchange = (centre || isInstitution(f.kind)) && unit(seed, 32, f.index) < 0.06;
  const display = (centre || isInstitution(f.kind)) && unit(seed, 33, f.index) < 0.04;
  return `${bool(assistive)}\t${bool(exchange)}\t${bool(display)}`;
}
const NO_FLAGS = `${bool(false)}\t${bool(false)}\t${bool(false)}`;

function profileRow(f: Facility, from: number, to: number | null, p: Profile, managedBy: string | null, extra: string): string {
  return `${f.id}\t${iso(from)}\t${to === null ? N : iso(to)}\t${f.kind}\t${p.ownership}\t${p.operation}\t${array(p.functions)}\t${bool(p.dementiaZone)}\t${bool(p.rehabRoom)}\t${bool(
    p.sunshineKitchen,
  )}\t${p.foodSafetyGrade ?? N}\t${bool(p.smart)}\t${bool(p.videoConnected)}\t${bool(p.demoCentre)}\t${bool(p.medicalIntegrated)}\t${bool(p.standardizedCanteen)}\t${p.aGrade ?? N}\t${managedBy ?? N}\t${extra}\n`;
}

/** Each facility's profile: one period, or for a fifth of them two (re-profiled), a few changing after the month. */
export function* profileRows(plan: Plan): Generator<string> {
  const seed = plan.options.seed;
  for (const f of plan.facilities) {
    const rng = Rng.of(seed, 30, f.index);
    const current = drawProfile(f.kind, rng);
    const managedBy = f.managedBy === null ? null : plan.facilities[f.managedBy].id;
    if (rng.chance(0.2)) {
      // Re-profiled: an earlier period with other flags; a few changes fall after the month, so D reads the old one.
      const earlier = drawProfile(f.kind, rng);
      const last = f.closed ?? dayOf(HISTORY_END);
      const change = rng.chance(0.1) ? plan.d + 1 + rng.below(25) : f.opened + 1 + rng.below(Math.max(1, plan.d - f.opened - 1));
      if (change > f.opened && change < last) {
        yield profileRow(f, f.opened, change, earlier, null, NO_FLAGS);
        yield profileRow(f, change, null, current, managedBy, flags(plan, f));
        continue;
      }
    }
    yield profileRow(f, f.opened, null, current, managedBy, flags(plan, f));
  }
}

export const inspectionTable: CopyTable = { name: 'facility_inspection', columns: ['id', 'facility_id', 'year', 'inspected_on', 'passed', 'score'] };

export interface Inspection {
  index: number;
  facility: Facility;
  year: number;
  on: number;
  passed: boolean;
  score: number;
}

/** The yearly inspections of care homes, replayed from each home's PRNG by the inspection and the hazard tables. */
export function* inspections(plan: Plan): Generator<Inspection> {
  let n = 0;
  for (const f of plan.facilities) {
    if (!isInstitution(f.kind)) continue;
    const rng = Rng.of(plan.options.seed, 40, f.index);
    for (const year of [2023, 2024, 2025, 2026]) {
      const on = dayOf(`${year}-01-01`) + rng.below(330);
      if (on <= f.opened || (f.closed !== null && on >= f.closed) || on > dayOf(HISTORY_END) || !rng.chance(year === 2026 ? 0.65 : 0.85)) continue;
      const passed = rng.chance(0.88);
      yield { index: n++, facility: f, year, on, passed, score: passed ? 60 + rng.below(40) : 30 + rng.below(30) };
    }
  }
}

export function* inspectionRows(plan: Plan): Generator<string> {
  for (const i of inspections(plan)) yield `${uuid(TAG.inspection, i.index)}\t${i.facility.id}\t${i.year}\t${iso(i.on)}\t${bool(i.passed)}\t${i.score}\n`;
}

export const starRatingTable: CopyTable = {
  name: 'facility_star_rating',
  columns: ['id', 'facility_id', 'rated_on', 'edition', 'environment', 'facilities', 'operations', 'services', 'star_level'],
};

export function* starRows(plan: Plan): Generator<string> {
  let n = 0;
  for (const f of plan.facilities) {
    if (!isInstitution(f.kind)) continue;
    const rng = Rng.of(plan.options.seed, 41, f.index);
    for (const on of [dayOf('2022-05-01') + rng.below(200), dayOf('2025-03-01') + rng.below(200), plan.d + 5 + rng.below(20)]) {
      if (on <= f.opened || !rng.chance(0.55)) continue;
      const star = rng.below(6);
      yield `${uuid(TAG.star, n++)}\t${f.id}\t${iso(on)}\tGB/T 37276-2018\t${(60 + rng.below(60)).toFixed(1)}\t${(60 + rng.below(70)).toFixed(1)}\t${(80 + rng.below(70)).toFixed(1)}\t${(
        300 + rng.below(300)
      ).toFixed(1)}\t${star}\n`;
    }
  }
}
