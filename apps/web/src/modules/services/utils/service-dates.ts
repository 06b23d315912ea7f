import { addDays } from '@shared/core/dates';

/**
 * Dates and times of the services page, on China Standard Time: Shanghai keeps UTC+8 all year, so a wall-clock time
 * is the instant plus eight hours (the API's recurrence rules reckon the same way) and no time-zone table is needed.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1_000;

export type ScheduleView = 'day' | 'week';

export { addDays };

/** 1 Monday … 7 Sunday, as GB/T 7408 and the Chinese week count them. */
export function isoWeekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay() || 7;
}

/** The Monday of the date's week. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The dates a view shows: the day itself, or its week Monday to Sunday. */
export function viewRange(date: string, view: ScheduleView): { from: string; to: string } {
  if (view === 'day') return { from: date, to: date };
  const from = weekStart(date);
  return { from, to: addDays(from, 6) };
}

/** Where "previous" and "next" go: a day or a week away. */
export function stepDate(date: string, view: ScheduleView, direction: 1 | -1): string {
  return addDays(date, direction * (view === 'day' ? 1 : 7));
}

/** The Shanghai date and wall-clock time (HH:MM) of an instant. */
export function shanghaiDateTime(instant: string | Date): { date: string; time: string } {
  const wall = new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** The instant of a Shanghai date and time, as the API takes it: `2026-05-11T11:30:00+08:00`. */
export function shanghaiInstant(date: string, time: string): string {
  return `${date}T${time}:00+08:00`;
}
