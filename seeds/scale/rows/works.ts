import { Rng, unit } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import { HISTORY_END, isInstitution, type Plan } from '../plan';
import { bool, N, TAG, uuid } from '../row-text';
import type { BedFacts } from './beds';
import { inspections } from './facilities';

const FROM_2021 = dayOf('2021-01-01');

export const bedCommissioningTable: CopyTable = { name: 'bed_commissioning', columns: ['id', 'bed_id', 'origin', 'commissioned_on'] };

/**
 * Beds' origin: a bed added to its facility after the facility opened, 2021 on, was newly built (commissioned the day
 * it opened); one bed in thirty was rebuilt in place (改建, same bed) on a day it and its facility were open, a tenth
 * of those in the month measured, the rest since 2021.
 */
export function* bedCommissioningRows(plan: Plan, beds: BedFacts): Generator<string> {
  const seed = plan.options.seed;
  const end = dayOf(HISTORY_END);
  let n = 0;
  for (let bed = 0; bed < plan.options.beds; bed += 1) {
    const f = plan.facilities[beds.facility[bed]];
    const opened = beds.opened[bed];
    const closed = beds.closed[bed] < 0 ? end + 1 : beds.closed[bed];
    if (opened > f.opened && opened >= FROM_2021 && unit(seed, 80, bed) < 0.85) yield `${uuid(TAG.bedCommissioning, n++)}\t${uuid(TAG.bed, bed)}\tnew_build\t${iso(opened)}\n`;
    if (unit(seed, 81, bed) >= 1 / 30) continue;
    const inMonth = unit(seed, 82, bed) < 0.1;
    const from = Math.max(opened + 1, inMonth ? plan.monthStart : FROM_2021);
    const to = Math.min(closed - 1, inMonth ? plan.monthEnd : end);
    if (to < from) continue;
    yield `${uuid(TAG.bedCommissioning, n++)}\t${uuid(TAG.bed, bed)}\trebuild\t${iso(from + Math.floor(unit(seed, 83, bed) * (to - from + 1)))}\n`;
  }
}

export const facilityProjectTable: CopyTable = {
  name: 'facility_project',
  columns: ['id', 'facility_id', 'kind', 'title', 'started_on', 'completed_on', 'funding_yuan', 'funding_source'],
};
const PROJECT_KINDS = ['upgrade', 'upgrade', 'fire_safety', 'repair', 'expansion', 'new_build'] as const;

/**
 * Building projects of care homes: 特困 homes have one to three (提升改造 mostly), other homes one in three; started
 * 2019 on, done 60–420 days later or still under way; one home in twelve completes one in the month measured.
 */
export function* facilityProjectRows(plan: Plan): Generator<string> {
  const end = dayOf(HISTORY_END);
  let n = 0;
  for (const f of plan.facilities) {
    if (!isInstitution(f.kind)) continue;
    const rng = Rng.of(plan.options.seed, 85, f.index);
    const count = f.kind === 'tekun_home' ? rng.int(1, 3) : rng.chance(1 / 3) ? 1 : 0;
    const last = f.closed ?? end;
    for (let k = 0; k < count; k += 1) {
      const kind = PROJECT_KINDS[rng.below(PROJECT_KINDS.length)];
      let started = Math.max(f.opened, dayOf('2019-01-01') + rng.below(2700));
      let completed: number | null = started + 60 + rng.below(361);
      if (k === 0 && rng.chance(1 / 12)) {
        completed = plan.monthStart + rng.below(plan.monthEnd - plan.monthStart + 1);
        started = Math.max(f.opened, completed - 60 - rng.below(300));
      }
      if (started >= last) continue;
      if (completed > last || completed > end) completed = null;
      const funding = rng.chance(0.8) ? (50_000 + rng.below(400) * 5_000).toFixed(2) : N;
      yield `${uuid(TAG.facilityProject, n++)}\t${f.id}\t${kind}\t规模测试工程${n}\t${iso(started)}\t${completed === null ? N : iso(completed)}\t${funding}\t${funding === N ? N : '中央预算内投资'}\n`;
    }
  }
}

export const hazardTable: CopyTable = { name: 'inspection_hazard', columns: ['id', 'facility_id', 'inspection_id', 'description', 'major', 'found_on', 'rectified_on'] };

/**
 * Hazards found at two inspections in five, one to three each, one in four major (重大); four in five rectified 3–75
 * days later (often the next month), the rest still open.
 */
export function* hazardRows(plan: Plan): Generator<string> {
  const end = dayOf(HISTORY_END);
  let n = 0;
  for (const inspection of inspections(plan)) {
    const rng = Rng.of(plan.options.seed, 86, inspection.index);
    if (!rng.chance(0.4)) continue;
    for (let k = rng.int(1, 3); k > 0; k -= 1) {
      const major = rng.chance(0.25);
      const rectified = inspection.on + 3 + rng.below(73);
      const on = rng.chance(0.8) && rectified <= end ? iso(rectified) : N;
      yield `${uuid(TAG.hazard, n++)}\t${inspection.facility.id}\t${uuid(TAG.inspection, inspection.index)}\t规模测试隐患${n}\t${bool(major)}\t${iso(inspection.on)}\t${on}\n`;
    }
  }
}
