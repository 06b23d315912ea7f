import { previousMonth } from '@shared/core/months';
import type { Attainment, SeriesItem } from '@web/data/kpi/types';
import { windowStart } from './months-window';

/**
 * The board's sparklines cover 12 months ending with the month shown. The batched series asks for the 11 before it;
 * the month itself is the overview's, already on the page (asking for it again would compute a live month twice).
 */
export function sparklineMonths(month: string): { from: string; to: string } {
  return { from: windowStart(month, 12), to: previousMonth(month) };
}

/** The 11 months of the batch with the overview's month appended. */
export function withShownMonth(before: readonly SeriesItem[], shown: Attainment, month: string, source: SeriesItem['source']): SeriesItem[] {
  return [
    ...before,
    { month, value: shown.value, numerator: shown.numerator, denominator: shown.denominator, revision: shown.revision, status: shown.status, source },
  ];
}
