import { addMonths } from '@yiyang/core';

/** Cents as yuan with two decimals: 1250 → "12.50". */
export function yuan(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** The month `delta` months from `month` (YYYY-MM). */
export function shiftMonth(month: string, delta: number): string {
  return addMonths(`${month}-01`, delta).slice(0, 7);
}

/** How much of the month's allowance is used, 0–100, for the bar; none without a cap. */
export function usedPercent(usedCents: number, capCents: number | null): number | null {
  if (capCents === null || capCents <= 0) return null;
  return Math.min(100, Math.round((usedCents / capCents) * 100));
}
