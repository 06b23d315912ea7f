import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The one row of `reporting_lock` (created by the migration). */
@Injectable()
export class ReportingLockRepository {
  /**
   * The last day of the closed periods (null: all open). `share` holds the row for the caller's transaction, so the
   * periods cannot be closed meanwhile. Undefined when the row is missing.
   */
  async closedThrough(manager: EntityManager, lock?: 'share'): Promise<string | null | undefined> {
    const [row] = await manager.query(`SELECT closed_through FROM reporting_lock WHERE id${lock ? ' FOR SHARE' : ''}`);
    return row ? row.closed_through : undefined;
  }

  /** Updating the row waits for every change holding its share lock. */
  async setClosedThrough(date: string | null, changedBy: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE reporting_lock SET closed_through = $1, changed_by = $2, changed_at = now() WHERE id`, [date, changedBy]);
  }
}
