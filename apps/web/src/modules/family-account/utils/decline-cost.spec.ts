import { declineCost } from './decline-cost';

describe('what declining an offered bed costs', () => {
  it('is a suspension for the policy\'s months, back in the queue on the same day months later', () => {
    expect(declineCost(6, '2026-03-15')).toEqual({ months: 6, backOn: '2026-09-15' });
    expect(declineCost(1, '2026-01-31')).toEqual({ months: 1, backOn: '2026-02-28' });
  });

  it('is nothing when the policy suspends nobody', () => {
    expect(declineCost(0, '2026-03-15')).toBeNull();
  });
});
