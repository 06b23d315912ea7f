import { addDays, daysBetween, firstDayOf, lastDayOf, nextMonth } from '@yiyang/core';

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

export function monthPeriod(month: string, today: string): MonthPeriod {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const inProgress = today < last;
  const day = inProgress ? today : last;
  const weeks: string[] = [];
  // The first Sunday on or after the 1st, then every 7 days within the month.
  const firstSunday = addDays(first, (7 - new Date(`${first}T00:00:00Z`).getUTCDay()) % 7);
  for (let sunday = firstSunday; sunday <= last; sunday = addDays(sunday, 7)) {
    const monday = addDays(sunday, -6);
    if (monday <= day) weeks.push(monday);
  }
  return { month, first, last, next: firstDayOf(nextMonth(month)), day, days: daysBetween(first, day) + 1, weeks, inProgress };
}
