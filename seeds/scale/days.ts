import { addDays, daysBetween } from '@yiyang/core';

/**
 * Dates as day numbers (days since 1970-01-01): the generator compares and shifts millions of dates, which is integer
 * arithmetic this way; only the row text needs the YYYY-MM-DD string.
 */
const EPOCH = '1970-01-01';

export function dayOf(date: string): number {
  return daysBetween(EPOCH, date);
}

/** The strings are cached: orders repeat a few hundred days millions of times. */
const dayStrings = new Map<number, string>();

export function iso(day: number): string {
  let text = dayStrings.get(day);
  if (!text) {
    text = addDays(EPOCH, day);
    dayStrings.set(day, text);
  }
  return text;
}
