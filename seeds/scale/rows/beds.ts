import { Rng, unit } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import { HISTORY_END, type Plan } from '../plan';
import { bool, N, TAG, uuid } from '../row-text';

export const roomTable: CopyTable = { name: 'room', columns: ['id', 'facility_id', 'name', 'floor'] };

/** Rooms of four beds each (home beds have none), twenty to a floor. */
export function roomCount(plan: Plan): number {
  return plan.facilities.reduce((a, f) => a + Math.ceil(f.beds / 4), 0);
}

export function* roomRows(plan: Plan): Generator<string> {
  for (const f of plan.facilities) {
    for (let r = 0; r < Math.ceil(f.beds / 4); r += 1) yield `${uuid(TAG.room, f.firstRoom + r)}\t${f.id}\t${Math.floor(r / 20) + 1}${String((r % 20) + 1).padStart(2, '0')}室\t${Math.floor(r / 20) + 1}\n`;
  }
}

/** What stays need of a bed, kept for the 300,000 beds in typed arrays. */
export interface BedFacts {
  facility: Int32Array;
  opened: Int32Array;
  /** -1: open. */
  closed: Int32Array;
  home: Uint8Array;
}

export function bedFacts(plan: Plan): BedFacts {
  const total = plan.options.beds;
  const table: BedFacts = { facility: new Int32Array(total), opened: new Int32Array(total), closed: new Int32Array(total), home: new Uint8Array(total) };
  const historyEnd = dayOf(HISTORY_END);
  for (const f of plan.facilities) {
    const rng = Rng.of(plan.options.seed, 60, f.index);
    const last = f.closed ?? historyEnd;
    for (let b = 0; b < f.beds + f.homeBeds; b += 1) {
      const bed = f.firstBed + b;
      table.facility[bed] = f.index;
      table.home[bed] = b >= f.beds ? 1 : 0;
      // Most beds came with the building; some were added later, none in the last year and a half.
      const latest = Math.min(last - 200, dayOf('2025-06-30'));
      const opened = rng.chance(0.7) ? f.opened : Math.min(latest, f.opened + rng.below(2500));
      table.opened[bed] = Math.max(f.opened, opened);
      let closed = -1;
      if (f.closed !== null) closed = f.closed;
      else if (rng.chance(0.04)) closed = Math.min(historyEnd, table.opened[bed] + 200 + rng.below(3000));
      table.closed[bed] = closed > table.opened[bed] ? closed : -1;
    }
  }
  return table;
}

export const bedTable: CopyTable = { name: 'bed', columns: ['id', 'facility_id', 'room_id', 'code', 'setting', 'home_region_code', 'opened_on', 'closed_on', 'close_reason'] };

export function* bedRows(plan: Plan, beds: BedFacts): Generator<string> {
  for (const f of plan.facilities) {
    const township = plan.townships[f.township];
    const setting = f.kind === 'institution' || f.kind === 'tekun_home' ? 'institution' : 'community';
    const rng = Rng.of(plan.options.seed, 61, f.index);
    for (let b = 0; b < f.beds + f.homeBeds; b += 1) {
      const bed = f.firstBed + b;
      const home = b >= f.beds;
      // Some beds of township centres are full-time care beds (setting institution) of a non-institution facility.
      const bedSetting = home ? 'home' : f.kind === 'township_centre' && rng.chance(0.3) ? 'institution' : setting;
      const homeRegion = home ? township.villages[rng.below(township.villages.length)].code : null;
      const closed = beds.closed[bed];
      yield `${uuid(TAG.bed, bed)}\t${f.id}\t${home ? N : uuid(TAG.room, f.firstRoom + Math.floor(b / 4))}\t${home ? 'H' : 'B'}${String(b + 1).padStart(5, '0')}\t${bedSetting}\t${homeRegion ?? N}\t${iso(
        beds.opened[bed],
      )}\t${closed < 0 ? N : iso(closed)}\t${closed < 0 ? N : '规模测试撤床'}\n`;
    }
  }
}

export const classificationTable: CopyTable = { name: 'bed_classification', columns: ['bed_id', 'valid_from', 'valid_to', 'care_type', 'dementia_care'] };

export function* classificationRows(plan: Plan, beds: BedFacts): Generator<string> {
  const seed = plan.options.seed;
  const flags = (index: number, salt: number): [boolean, boolean] => {
    const care = unit(seed, salt, index) < 0.62;
    return [care, care && unit(seed, salt + 1, index) < 0.2];
  };
  for (let bed = 0; bed < plan.options.beds; bed += 1) {
    const id = uuid(TAG.bed, bed);
    const opened = beds.opened[bed];
    const [care, dementia] = flags(bed, 70);
    if (unit(seed, 72, bed) < 0.15) {
      // Reclassified (改造为护理型/认知症床位, or back): some after the month, so D still reads the first class.
      const end = beds.closed[bed] < 0 ? dayOf(HISTORY_END) : beds.closed[bed];
      const change = opened + 30 + Math.floor(unit(seed, 73, bed) * Math.max(1, end - opened - 30));
      if (change > opened && change < end) {
        const [care2, dementia2] = flags(bed, 74);
        yield `${id}\t${iso(opened)}\t${iso(change)}\t${bool(care2)}\t${bool(dementia2)}\n`;
        yield `${id}\t${iso(change)}\t${N}\t${bool(care)}\t${bool(dementia)}\n`;
        continue;
      }
    }
    yield `${id}\t${iso(opened)}\t${N}\t${bool(care)}\t${bool(dementia)}\n`;
  }
}
