import type { FacilityKind } from '@yiyang/facilities';

/**
 * What a what-if scenario (情景推演) changes, each from a date. The siting proposals produce the same shape; it is
 * stored as is (kpi_scenario.changes) and travels in the web app's URL, so it stays plain JSON keyed by `kind`.
 */
export type ScenarioChange =
  /** N general (non care-type) institution beds of the facility become 护理型 care-type from the date. */
  | { kind: 'convert_beds'; facilityId: string; beds: number; from: string }
  /** A new facility of the kind opens in the township with N beds, M of them care-type. */
  | { kind: 'open_facility'; townshipCode: string; facilityKind: FacilityKind; beds: number; careBeds: number; from: string; name?: string }
  | { kind: 'close_facility'; facilityId: string; from: string }
  /** A comprehensive community centre (综合性养老服务中心, offering the COMPREHENSIVE_CORE functions) opens in the township. */
  | { kind: 'add_centre'; townshipCode: string; from: string }
  /** The region's older population (60+) from the date's year. */
  | { kind: 'set_population'; regionCode: string; age60Plus: number; from: string };

export const CHANGE_KINDS = ['convert_beds', 'open_facility', 'close_facility', 'add_centre', 'set_population'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Most changes a scenario holds (also the table's check). */
export const MAX_CHANGES = 50;
/** Most beds one change converts or opens. */
export const MAX_CHANGE_BEDS = 5000;

/** The county-level region a township or village code lies in (its first six digits). */
export function countyOf(code: string): string {
  return `${code.slice(0, 6)}000000`;
}
