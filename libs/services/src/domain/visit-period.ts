import { addDays, firstDayOf, monthOf, nextMonth } from '@yiyang/core';

/** The period [from, to) of a week (Monday–Sunday) or calendar month containing the date. */
export function periodOf(period: 'week' | 'month', on: string): { from: string; to: string } {
  if (period === 'week') {
    const sinceMonday = (new Date(`${on}T00:00:00Z`).getUTCDay() + 6) % 7;
    return { from: addDays(on, -sinceMonday), to: addDays(on, 7 - sinceMonday) };
  }
  return { from: firstDayOf(monthOf(on)), to: firstDayOf(nextMonth(monthOf(on))) };
}
