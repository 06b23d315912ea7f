import { addMonths } from '@yiyang/core';

/** What declining an offered bed costs under a home's policy: nothing, or a suspension until a day. */
export function declineCost(penaltyMonths: number, on: string): { months: number; backOn: string } | null {
  return penaltyMonths > 0 ? { months: penaltyMonths, backOn: addMonths(on, penaltyMonths) } : null;
}
