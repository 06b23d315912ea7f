import { previousMonth } from '@shared/kpi/months';

/** The month `count − 1` months before `month`: the first of a window of `count` months ending with it. */
export function windowStart(month: string, count: number): string {
  let first = month;
  for (let i = 1; i < count; i += 1) first = previousMonth(first);
  return first;
}

/** This month by the person's clock, `YYYY-MM`. */
export function currentMonth(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
