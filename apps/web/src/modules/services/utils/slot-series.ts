import { addDays, isoWeekday } from './service-dates';

/** iCalendar weekday codes, Monday first (1…7). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The RRULE the API expands for the chosen weekdays: every day when all seven are chosen. */
export function weeklyRule(weekdays: readonly Weekday[]): string {
  const chosen = WEEKDAYS.filter((day) => weekdays.includes(day));
  return chosen.length === 7 ? 'FREQ=DAILY' : `FREQ=WEEKLY;BYDAY=${chosen.join(',')}`;
}

/** The dates from `from` to `until` (inclusive) that fall on the chosen weekdays: the slots the form will make. */
export function seriesDates(from: string, until: string, weekdays: readonly Weekday[]): string[] {
  const dates: string[] = [];
  if (until < from) return dates;
  // At most two years: the API's own limit; more is refused there and not worth counting here.
  for (let date = from, guard = 0; date <= until && guard < 800; date = addDays(date, 1), guard += 1) {
    if (weekdays.includes(WEEKDAYS[isoWeekday(date) - 1])) dates.push(date);
  }
  return dates;
}

/** Yuan as typed (15 or 15.5) to the API's cents, without floating-point crumbs. */
export function yuanToCents(yuan: number): number {
  return Math.round(yuan * 100);
}
