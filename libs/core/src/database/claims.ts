/**
 * Claims: transaction-level advisory locks taken without waiting, meaning "a request is on its way to take this".
 * A writer claims what it means to take (a bed, a person, a place in a slot) before it queues for the row locks, so a
 * second request for the same thing learns at once that it would lose, instead of waiting behind the winner's locks
 * only to be refused. A claim guards nothing by itself: the row locks and the database constraints still decide, and
 * a request that got no claim is refused as busy (409, try again), never let through. Claims end with the transaction.
 * They are SQL expressions, so a claim rides in the statement that reads what it is about: no extra round trip.
 */

/** SQL, true when the transaction now holds the claim on `subject` (an SQL text expression), false when another does. */
export const CLAIM = (subject: string) => `pg_try_advisory_xact_lock(hashtextextended('claim ' || ${subject}, 0))`;

/**
 * SQL, true when the transaction now holds one of `places` (an SQL integer expression) numbered places of `subject`,
 * false when transactions in flight hold them all — every place left is already on its way to being taken. EXISTS stops
 * at the first place claimed, so a transaction holds one.
 */
export const CLAIM_PLACE = (subject: string, places: string) =>
  `EXISTS (SELECT 1 FROM generate_series(1, ${places}) place WHERE ${CLAIM(`${subject} || ' ' || place`)})`;
