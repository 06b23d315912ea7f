import type { BoardTotals } from '@web/data/beds/types';

export interface BoardSummary {
  /** Open beds (closed ones are listed on the board but not counted). */
  total: number;
  vacant: number;
  occupied: number;
  reserved: number;
  outOfService: number;
  careType: number;
  dementiaCare: number;
  /** 护理型床位占比 of open beds, 0–1; null with no open bed. */
  careTypeShare: number | null;
  /** Occupied of the beds that can be lain in (open, in service), 0–1; null with none. */
  occupancy: number | null;
}

/** The summary cards, from the totals the API counted in the same statement as the board. */
export function boardSummary(totals: BoardTotals): BoardSummary {
  const inService = totals.open - totals.outOfService;
  return {
    total: totals.open,
    vacant: totals.vacant,
    occupied: totals.occupied,
    reserved: totals.reserved,
    outOfService: totals.outOfService,
    careType: totals.careType,
    dementiaCare: totals.dementiaCare,
    careTypeShare: totals.open > 0 ? totals.careType / totals.open : null,
    occupancy: inService > 0 ? totals.occupied / inService : null,
  };
}

/** A share as a whole percentage (`0.3092` → `31 %`), a dash for none. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)} %`;
}
