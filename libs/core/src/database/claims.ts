import type { EntityManager } from 'typeorm';

/**
 * Claims: transaction-level advisory locks taken without waiting, meaning "a request is on its way to take this".
 * A writer claims what it means to take (a bed, a person, a place in a slot) before it queues for the row locks, so a
 * second request for the same thing learns at once that it would lose, instead of waiting behind the winner's locks
 * only to be refused. A claim guards nothing by itself: the row locks and the database constraints still decide, and
 * a request that got no claim is refused as busy (409, try again), never let through. Claims end with the transaction.
 */
const claimKey = (subjectSql: string) => `hashtextextended('claim ' || ${subjectSql}, 0)`;

/** Claims `subject` (e.g. `bed <id>`) for the caller's transaction: false when another transaction holds it. */
export async function tryClaim(manager: EntityManager, subject: string): Promise<boolean> {
  const [row] = await manager.query(`SELECT pg_try_advisory_xact_lock(${claimKey('$1')}) AS claimed`, [subject]);
  return row.claimed === true;
}

/**
 * Claims one of `places` numbered places of `subject` (the places left in a slot): false when transactions in flight
 * hold them all, that is when every place left is already on its way to being taken.
 */
export async function tryClaimPlace(manager: EntityManager, subject: string, places: number): Promise<boolean> {
  if (places <= 0) return false;
  // LIMIT 1 stops at the first place claimed, so one transaction holds one place.
  const rows: unknown[] = await manager.query(
    `SELECT place FROM generate_series(1, $2::int) place WHERE pg_try_advisory_xact_lock(${claimKey("$1 || ' ' || place")}) LIMIT 1`,
    [subject, places],
  );
  return rows.length === 1;
}
