import type { AssessmentCondition, Instrument } from '@shared/assessments/instrument';
import { scoreAssessment, type AssessmentConditions, type AssessmentResult } from '@shared/assessments/scoring';
import type { InstrumentView } from '@web/data/assessments/types';

/** The instrument as the API serves it, as the scoring function reads it (the same object the API scores with). */
export function instrumentFromApi(view: InstrumentView): Instrument {
  return {
    code: view.code,
    version: view.version,
    title: view.title,
    items: view.items,
    domains: view.domains,
    scoring: view.scoring,
    bands: view.bands ?? undefined,
    levels: view.levels,
    maxLevel: view.maxLevel,
    adjustments: view.adjustments ?? undefined,
    conditions: view.conditions as AssessmentCondition[],
    validityMonths: view.validityMonths,
  };
}

export interface LiveScore {
  scoredItems: number;
  /** The sum of the items scored so far. */
  runningTotal: number;
  /** scoreAssessment()'s answer once every item is scored: the preliminary level and the adjustments so far. */
  result: AssessmentResult | null;
  /** Every condition the instrument needs is answered, so result.finalLevel is what the API will sign. */
  conditionsComplete: boolean;
}

/**
 * What the form shows while items are scored: progress and running total, and — from the moment every item has a
 * score — the API's own scoring (scoreAssessment) of them, with the conditions answered so far.
 */
export function liveScore(instrument: Instrument, items: Record<string, number | undefined>, conditions: Partial<AssessmentConditions>): LiveScore {
  const scored = instrument.items.filter((item) => items[item.code] !== undefined);
  const runningTotal = scored.reduce((sum, item) => sum + items[item.code]!, 0);
  const complete = scored.length === instrument.items.length;
  const conditionsComplete = instrument.conditions.every((condition) => conditions[condition] !== undefined && conditions[condition] !== null);
  return {
    scoredItems: scored.length,
    runningTotal,
    result: complete ? scoreAssessment(instrument, items as Record<string, number>, conditions) : null,
    conditionsComplete,
  };
}
