import { endOfMonth } from './dates';

/**
 * Months as the API carries them: `YYYY-MM`. The one place that parses, shifts and spans months; dates are in
 * `dates.ts` beside it.
 */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH_PATTERN.test(value);
}

/** The month a date lies in (`2025-06-17` → `2025-06`). */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** A month's first day (`2025-06` → `2025-06-01`). */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** A month's last day (`2024-02` → `2024-02-29`). */
export function lastDayOf(month: string): string {
  return endOfMonth(firstDayOf(month));
}

/** A month plus (or minus) whole months (`2025-11`, 3 → `2026-02`). */
export function shiftMonth(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function nextMonth(month: string): string {
  return shiftMonth(month, 1);
}

export function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}

/** Months from `from` to `to`, both included (none when `from` is later). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}
