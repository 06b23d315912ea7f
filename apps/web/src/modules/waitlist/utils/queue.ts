import { addMonths } from '@shared/core/dates';

interface QueuedEntry {
  entryId: string;
  status: string;
  offer: { expiresAt: string } | null;
}

/**
 * How many applicants wait ahead of this one without an offer: the API asks for a skip reason exactly when this is
 * more than zero (those already holding an offer are not skipped).
 */
export function waitingAhead(entries: readonly QueuedEntry[], entryId: string): number {
  const position = entries.findIndex((entry) => entry.entryId === entryId);
  return entries.slice(0, Math.max(position, 0)).filter((entry) => entry.status === 'waiting').length;
}

/** The offers awaiting an answer, the one that lapses first at the top. */
export function pendingOffers<T extends QueuedEntry>(entries: readonly T[]): (T & { offer: NonNullable<T['offer']> })[] {
  return entries
    .filter((entry): entry is T & { offer: NonNullable<T['offer']> } => entry.offer !== null)
    .sort((a, b) => Date.parse(a.offer.expiresAt) - Date.parse(b.offer.expiresAt));
}

/** The day a declined application comes back into the queue (the policy's months from today); null: no penalty. */
export function suspendedUntilAfterDecline(today: string, penaltyMonths: number): string | null {
  return penaltyMonths > 0 ? addMonths(today, penaltyMonths) : null;
}
