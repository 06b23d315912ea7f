import type { EntityManager } from 'typeorm';

/**
 * What facilities and beds need to know of the stays (入住) and bed offers that libs/admissions keeps. Admissions
 * depends on this lib, so this lib cannot import it: the port is declared here, and libs/admissions implements it
 * (its stay-ledger.ts, whose global module each app imports).
 */
export abstract class StayLedger {
  /** How many stays in the facility last until `on` or later (not discharged before it). */
  abstract stayingFrom(facilityId: string, on: string, manager: EntityManager): Promise<number>;

  /** The earliest stay on the bed that overlaps `[from, until)` (`until` null: open-ended), if any. */
  abstract firstStayOnBed(bedId: string, from: string, until: string | null, manager: EntityManager): Promise<{ admittedOn: string; dischargedOn: string | null } | null>;

  /**
   * A subquery for a LATERAL join: the stay on `bed` covering `date` (both SQL text, e.g. `b.id`, `$2`), as `id` and
   * the occupant's `name`; no row when nobody lies in the bed. The caller masks the name in its select list, so the
   * mask is computed for the rows it returns only (an expression in the subquery is computed for every stay the join
   * reads).
   */
  abstract occupyingStaySql(bed: string, date: string): string;

  /**
   * A subquery for a LATERAL join: `expires_at` of the pending offer of `bed` to a waiting-list applicant that
   * covers `date`, the bed being reserved meanwhile; no row when there is none.
   */
  abstract reservingOfferSql(bed: string, date: string): string;
}
