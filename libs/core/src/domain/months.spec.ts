import { firstDayOf, isMonth, lastDayOf, monthOf, monthsBetween, nextMonth, previousMonth, shiftMonth } from './months';

describe('months', () => {
  it('accepts only real months as YYYY-MM', () => {
    expect(['2025-01', '2025-12'].every(isMonth)).toBe(true);
    expect(['2025-13', '2025-00', '2025-1', '2025-06-01', 202506, null].some(isMonth)).toBe(false);
  });

  it('shifts across years both ways', () => {
    expect(shiftMonth('2025-11', 3)).toBe('2026-02');
    expect(shiftMonth('2025-02', -14)).toBe('2023-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(previousMonth('2025-01')).toBe('2024-12');
  });

  it('knows first and last days, leap years included', () => {
    expect(firstDayOf('2024-02')).toBe('2024-02-01');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2025-02')).toBe('2025-02-28');
    expect(monthOf('2025-06-17')).toBe('2025-06');
  });

  it('spans months inclusively', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03', '2025-02')).toEqual([]);
  });
});
