import { addMonths, today } from '@shared/core/dates';

/** The month `count − 1` months before `month`: the first of a window of `count` months ending with it. */
export function windowStart(month: string, count: number): string {
  return addMonths(`${month}-01`, 1 - count).slice(0, 7);
}

/** This month in China (Asia/Shanghai, as the API counts months), `YYYY-MM`, whatever the device's time zone. */
export function currentMonth(now = new Date()): string {
  return today(now).slice(0, 7);
}
