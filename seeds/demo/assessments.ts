import { GBT_42195_2022, scoreAssessment, type AssessmentConditions } from '@yiyang/assessments';
import { addMonths } from '@yiyang/core';
import type { PersonPlan } from './model';

export interface AssessmentRow {
  residentId: string;
  reason: 'first' | 'routine';
  assessedOn: string;
  items: Record<string, number>;
  conditions: AssessmentConditions;
  domainScores: Record<string, number>;
  total: number;
  preliminaryLevel: number;
  adjustments: unknown[];
  finalLevel: number;
  nextDueOn: string;
}

/** A total inside each level's band of GB/T 42195-2022 (90 | 66–89 | 46–65 | 30–45 | 0–29). */
const LEVEL_TOTALS = [90, 80, 60, 40, 20];
const NO_CONDITIONS: AssessmentConditions = { coma: false, dementiaDiagnosis: false, psychiatricDiagnosis: false, riskEvents30d: 0 };

/** Items lowered from full marks, self-care first, until the total falls in the level's band (consciousness kept). */
function itemsAtLevel(level: number): Record<string, number> {
  const items = Object.fromEntries(GBT_42195_2022.items.map((item) => [item.code, Math.max(...item.allowed)]));
  let excess = Object.values(items).reduce((a, b) => a + b, 0) - LEVEL_TOTALS[level];
  for (const code of Object.keys(items)) {
    if (code === 'consciousness' || excess <= 0) continue;
    const lowered = Math.min(items[code], excess);
    items[code] -= lowered;
    excess -= lowered;
  }
  return items;
}

/**
 * Signed GB/T 42195-2022 assessments scored by the real engine: a first one, then (for 特困 people) a routine one
 * a year, each with its next due date from the instrument's validity.
 */
export function buildAssessments(people: PersonPlan[], lastDay: string): AssessmentRow[] {
  const rows: AssessmentRow[] = [];
  const scored = new Map<number, ReturnType<typeof scoreAssessment> & { items: Record<string, number> }>();
  for (const p of people) {
    if (p.level === null || p.assessedOn === null || p.assessedOn > lastDay) continue;
    let result = scored.get(p.level);
    if (!result) {
      const items = itemsAtLevel(p.level);
      result = { ...scoreAssessment(GBT_42195_2022, items, NO_CONDITIONS), items };
      if (result.finalLevel !== p.level) throw new Error(`demo: items for level ${p.level} score level ${result.finalLevel}`);
      scored.set(p.level, result);
    }
    for (let on = p.assessedOn, first = true; on <= lastDay; on = addMonths(on, 12), first = false) {
      rows.push({
        residentId: p.id, reason: first ? 'first' : 'routine', assessedOn: on, items: result.items, conditions: NO_CONDITIONS,
        domainScores: result.domainScores, total: result.total, preliminaryLevel: result.preliminaryLevel, adjustments: result.adjustments,
        finalLevel: result.finalLevel, nextDueOn: addMonths(on, GBT_42195_2022.validityMonths),
      });
      if (!p.reassessYearly) break;
    }
  }
  return rows;
}
