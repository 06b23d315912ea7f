import { currentMonth, windowStart } from './months-window';

describe('month windows', () => {
  it('opens a window of months ending with the given one', () => {
    expect(windowStart('2026-11', 12)).toBe('2025-12');
    expect(windowStart('2026-01', 2)).toBe('2025-12');
    expect(windowStart('2026-01', 1)).toBe('2026-01');
  });

  it('reads the month from a date', () => {
    expect(currentMonth(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01');
    // 20:00 on 31 January in London is already 1 February in China: the API's month.
    expect(currentMonth(new Date('2026-01-31T20:00:00Z'))).toBe('2026-02');
  });
});
