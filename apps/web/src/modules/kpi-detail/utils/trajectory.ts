import { expectedValue } from '@shared/kpi/attainment';
import { monthsBetween } from '@shared/core/months';

interface Point {
  year: number;
  value: number;
}

/**
 * The months a detail chart spans — from the baseline's December to the later of the month shown and the target's
 * December — and, for each, where the straight line from baseline to target stands (the plan's own trajectory, as
 * `expected` in GET /kpi reads it: the same function).
 */
export function trajectory(baseline: Point | null, target: Point | null, month: string): { months: string[]; planned: (number | null)[] } {
  const start = baseline ? `${baseline.year}-12` : month;
  const end = target && `${target.year}-12` > month ? `${target.year}-12` : month;
  const months = monthsBetween(start, end);
  if (!baseline || !target || target.year <= baseline.year) return { months, planned: months.map(() => null) };
  return { months, planned: months.map((each) => expectedValue(baseline, target, each)) };
}
