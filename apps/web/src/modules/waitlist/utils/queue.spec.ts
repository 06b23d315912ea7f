import { pendingOffers, suspendedUntilAfterDecline, waitingAhead } from './queue';

const entry = (entryId: string, status: 'waiting' | 'offered', expiresAt?: string) => ({ entryId, status, offer: expiresAt ? { expiresAt } : null });

describe('the queue', () => {
  const entries = [entry('a', 'offered', '2026-05-14T00:00:00Z'), entry('b', 'waiting'), entry('c', 'offered', '2026-05-12T00:00:00Z'), entry('d', 'waiting')];

  it('counts those waiting ahead without an offer, as the API does before asking for a skip reason', () => {
    expect(waitingAhead(entries, 'a')).toBe(0);
    expect(waitingAhead(entries, 'b')).toBe(0);
    expect(waitingAhead(entries, 'd')).toBe(1);
    expect(waitingAhead(entries, 'unknown')).toBe(0);
  });

  it('lists the offers awaiting an answer, soonest to lapse first', () => {
    expect(pendingOffers(entries).map((item) => item.entryId)).toEqual(['c', 'a']);
  });

  it('says until when a decline suspends the application', () => {
    expect(suspendedUntilAfterDecline('2026-05-11', 12)).toBe('2027-05-11');
    expect(suspendedUntilAfterDecline('2024-02-29', 12)).toBe('2025-02-28');
    expect(suspendedUntilAfterDecline('2026-05-11', 0)).toBeNull();
  });
});
