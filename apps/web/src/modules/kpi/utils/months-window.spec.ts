import { currentMonth, windowStart } from './months-window';

describe('month windows', () => {
  it('opens a window of months ending with the given one', () => {
    expect(windowStart('2026-11', 12)).toBe('2025-12');
    expect(windowStart('2026-01', 2)).toBe('2025-12');
    expect(windowStart('2026-01', 1)).toBe('2026-01');
  });

  it('reads the month from a date', () => {
    expect(currentMonth(new Date(2026, 0, 31))).toBe('2026-01');
  });
});
