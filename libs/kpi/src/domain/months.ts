import { endOfMonth } from '@yiyang/core';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The days a month's indicators read: stock on `day`, flows over [first, next). */
export interface MonthPeriod {
  month: string;
  first: string;
  last: string;
  next: string;
  /** The month's last day, or today while the month is in progress. */
  day: string;
  /** Days counted by per-day indicators: the whole month, or up to today. */
  days: number;
  /** Mondays of the Monday–Sunday weeks whose Sunday falls in the month (and that have begun). */
  weeks: string[];
  inProgress: boolean;
}

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

export function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
}

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

export function monthPeriod(month: string, today: string): MonthPeriod {
  const first = `${month}-01`;
  const last = endOfMonth(first);
  const inProgress = today < last;
  const day = inProgress ? today : last;
  const weeks: string[] = [];
  // The first Sunday on or after the 1st, then every 7 days within the month.
  const firstSunday = shift(first, (7 - new Date(`${first}T00:00:00Z`).getUTCDay()) % 7);
  for (let sunday = firstSunday; sunday <= last; sunday = shift(sunday, 7)) {
    const monday = shift(sunday, -6);
    if (monday <= day) weeks.push(monday);
  }
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS) + 1;
  return { month, first, last, next: `${nextMonth(month)}-01`, day, days, weeks, inProgress };
}
