import { Rng, unit } from '../../demo/random';
import type { CopyTable } from '../copy';
import { iso } from '../days';
import { DIED, OPEN_STAY, type People } from '../people';
import type { Plan } from '../plan';
import { TAG, uuid } from '../row-text';

export const visitTable: CopyTable = { name: 'visit', columns: ['id', 'resident_id', 'visited_at', 'mode', 'outcome'] };

const OUTCOMES = ['well', 'well', 'well', 'well', 'needs_help', 'referred', 'not_home', 'hospitalized'];
const MODES = ['in_person', 'in_person', 'phone', 'video', 'monitoring'];

/** Visits to the people of the visiting roster (60+, alone / empty-nest / left behind, at home) in every week touching the month. */
export function* visitRows(plan: Plan, people: People, status: Uint8Array): Generator<string> {
  const seed = plan.options.seed;
  const weekday = (plan.monthStart + 3) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const firstMonday = plan.monthStart - weekday;
  const sixty = plan.d - Math.round(60 * 365.25);
  let n = 0;
  for (let i = 0; i < plan.residents; i += 1) {
    if (status[i] === OPEN_STAY || status[i] === DIED) continue;
    const arrangement = unit(seed, 20, i);
    if (arrangement >= 0.2) continue;
    const p = people.get(i);
    if (p.birth > sixty) continue;
    const rng = Rng.of(seed, 100, i);
    const weekly = rng.chance(0.7);
    for (let monday = firstMonday; monday <= plan.monthEnd; monday += 7) {
      const visits = weekly ? (rng.chance(0.8) ? 1 : 0) + (rng.chance(0.1) ? 1 : 0) : rng.chance(0.25) ? 1 : 0;
      for (let v = 0; v < visits; v += 1) {
        const day = monday + rng.below(7);
        yield `${uuid(TAG.visit, n++)}\t${uuid(TAG.resident, i)}\t${iso(day)} ${String(8 + rng.below(10)).padStart(2, '0')}:00:00+08\t${MODES[rng.below(MODES.length)]}\t${OUTCOMES[rng.below(OUTCOMES.length)]}\n`;
      }
    }
  }
}
