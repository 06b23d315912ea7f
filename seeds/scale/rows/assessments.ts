import { GBT_42195_2022, scoreAssessment } from '@yiyang/assessments';
import { addMonths } from '@yiyang/core';
import { Rng, unit } from '../../demo/random';
import type { CopyTable } from '../copy';
import { dayOf, iso } from '../days';
import type { People } from '../people';
import { HISTORY_END, type Plan } from '../plan';
import { json, N, TAG, uuid } from '../row-text';

export const assessmentTable: CopyTable = {
  name: 'assessment',
  columns: [
    'id', 'resident_id', 'instrument_code', 'instrument_version', 'reason', 'assessed_on', 'items', 'conditions', 'domain_scores', 'total', 'preliminary_level', 'adjustments',
    'final_level', 'next_due_on', 'corrects_id', 'signed_at',
  ],
};

/**
 * GB/T 42195-2022 assessments of most 特困 people, scored by the app's own engine: a first one, for some a routine
 * one later, and for a few a correction (corrects_id) of their latest, some of those after the month.
 */
export function* assessmentRows(plan: Plan, people: People): Generator<string> {
  const seed = plan.options.seed;
  const instrument = GBT_42195_2022;
  const historyEnd = dayOf(HISTORY_END);
  let n = 0;
  for (let i = 0; i < plan.residents; i += 1) {
    if (unit(seed, 15, i) >= 0.03) continue; // the draw that makes a person 特困 in People.get
    const rng = Rng.of(seed, 110, i);
    if (!rng.chance(0.7)) continue;
    const p = people.get(i);
    const severity = rng.next();
    const draw = (reason: string, on: number, corrects: string | null) => {
      const items = Object.fromEntries(
        instrument.items.map((item) => {
          // Skewed per person, so levels spread from 能力完好 to 能力完全丧失 instead of clustering in the middle.
          const k = Math.min(item.allowed.length - 1, Math.floor((rng.next() * 0.6 + severity * 0.7) * item.allowed.length));
          return [item.code, item.allowed[k]];
        }),
      );
      const conditions = { coma: rng.chance(0.01), dementiaDiagnosis: rng.chance(0.08), psychiatricDiagnosis: rng.chance(0.03), riskEvents30d: rng.chance(0.1) ? 1 + rng.below(2) : 0 };
      const result = scoreAssessment(instrument, items, conditions);
      const id = uuid(TAG.assessment, n++);
      const row = `${id}\t${uuid(TAG.resident, i)}\t${instrument.code}\t${instrument.version}\t${reason}\t${iso(on)}\t${json(items)}\t${json(conditions)}\t${json(result.domainScores)}\t${
        result.total
      }\t${result.preliminaryLevel}\t${json(result.adjustments)}\t${result.finalLevel}\t${addMonths(iso(on), instrument.validityMonths)}\t${corrects ?? N}\t${iso(on)} 10:00:00+08\n`;
      return { id, row };
    };
    const first = Math.max(p.birth + 60 * 366, dayOf('2023-01-01') + rng.below(900));
    if (first >= historyEnd) continue;
    let latest = draw('first', first, null);
    yield latest.row;
    let last = first;
    if (rng.chance(0.35)) {
      last = Math.min(historyEnd, first + 200 + rng.below(500));
      if (last > first) {
        latest = draw('routine', last, null);
        yield latest.row;
      }
    }
    if (rng.chance(0.05)) {
      const on = Math.min(historyEnd, last + 1 + rng.below(120));
      if (on > last) yield draw('review', on, latest.id).row;
    }
  }
}

// Service slots and orders of the month
