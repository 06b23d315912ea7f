import { shiftMonth, usedPercent, yuan } from './money';

describe('the statement\'s figures', () => {
  it('shows cents as yuan', () => {
    expect(yuan(1250)).toBe('12.50');
    expect(yuan(0)).toBe('0.00');
    expect(yuan(100005)).toBe('1000.05');
  });

  it('steps months across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-06', 0)).toBe('2026-06');
  });

  it('measures the allowance used against its cap, capped at full', () => {
    expect(usedPercent(5000, 20000)).toBe(25);
    expect(usedPercent(30000, 20000)).toBe(100);
    expect(usedPercent(100, null)).toBeNull();
    expect(usedPercent(0, 0)).toBeNull();
  });
});
