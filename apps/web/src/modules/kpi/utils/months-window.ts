import { today } from '@shared/core/dates';
import { previousMonth } from '@shared/kpi/months';

/** The month `count − 1` months before `month`: the first of a window of `count` months ending with it. */
export function windowStart(month: string, count: number): string {
  let first = month;
  for (let i = 1; i < count; i += 1) first = previousMonth(first);
  return first;
}

/** This month in China (Asia/Shanghai, as the API counts months), `YYYY-MM`, whatever the device's time zone. */
export function currentMonth(now = new Date()): string {
  return today(now).slice(0, 7);
}
