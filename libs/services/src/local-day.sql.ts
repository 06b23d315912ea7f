import { TIME_ZONE } from '@yiyang/core';

/**
 * The instant a calendar day begins in China, for a date expression (`$2::date`, `($3::date + 1)`): range filters on
 * a timestamptz column compare with it, so its index still serves them (`localDateOf` of the column would not).
 */
export function startOfLocalDay(date: string): string {
  return `(${date}::timestamp AT TIME ZONE '${TIME_ZONE}')`;
}
