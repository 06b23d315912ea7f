import { meets, type Comparator, type Target } from './attainment';
import { findIndicator } from './indicators';
import { fewestFacilities, shareInverse } from './inverse';
import { valueOf } from './roll-up';

const careShare = findIndicator('care_type_bed_share')!;

/** The smallest k in 0..limit with the share met, by trying them all. */
function bruteForce(n: number, t: number, target: Target, grow: boolean, limit: number): number | null {
  for (let k = 0; k <= limit; k++) {
    const value = valueOf(careShare, n + k, grow ? t + k : t);
    if (value !== null && meets(careShare, value, target)) return k;
  }
  return null;
}

// Whole, fractional and awkward percentages: 33.33 and 66.67 sit between beds, 12.5 lands on them.
const PERCENTS = [0, 1, 5, 10, 12.5, 20, 25, 30, 33.33, 33.34, 40, 45, 50, 55, 58, 60, 66.67, 70, 75, 80, 85, 90, 95, 98, 99];

describe('shareInverse (care-type beds to convert or open)', () => {
  it.each<Comparator>(['>=', '>'])('equals brute force for every target, T ≤ 50 and N ≤ T (%s)', (comparator) => {
    let cases = 0;
    for (const value of PERCENTS) {
      const target = { year: 2025, comparator, value };
      for (let t = 0; t <= 50; t++) {
        for (let n = 0; n <= t; n++) {
          const answer = shareInverse(careShare, n, t, target);
          expect([value, t, n, answer.convert]).toEqual([value, t, n, bruteForce(n, t, target, false, t - n)]);
          // Opening beds: (N + k)/(T + k) ≥ p holds once k ≥ T/(1 − p), so trying that many and more is enough.
          expect([value, t, n, answer.open]).toEqual([value, t, n, bruteForce(n, t, target, true, Math.ceil((t + 1) / (1 - value / 100)) + 2)]);
          cases++;
        }
      }
    }
    expect(cases).toBe(PERCENTS.length * 1326);
  });

  it('starts from ⌈pT − N⌉ and ⌈(pT − N)/(1 − p)⌉, which rounding at the published precision can only lower', () => {
    // 30 % of 40 beds with 10 care-type: 2 to convert (12/40 = 30 %), or (12 − 10)/(0.7) = 2.86 → 3 to open (13/43 = 30.23 %).
    expect(shareInverse(careShare, 10, 40, { year: 2025, comparator: '>=', value: 30 })).toEqual({ convert: 2, open: 3, formula: { convert: 2, open: 3 } });
    // Strictly more than 30 %: one more of each (13/40 = 32.5 %; 13/43 = 30.23 % is already more).
    expect(shareInverse(careShare, 10, 40, { year: 2025, comparator: '>', value: 30 })).toMatchObject({ convert: 3, open: 3 });
    // 66.67 % of 3 beds with 1: 2/3 = 66.666… shows as 66.67 → met by converting one bed, though pT − N = 1.0001 says 2.
    expect(shareInverse(careShare, 1, 3, { year: 2025, comparator: '>=', value: 66.67 })).toEqual({ convert: 1, open: 3, formula: { convert: 2, open: 4 } });
  });

  it('says "no number" where none does (more than every bed), and reads 100 % at the published precision', () => {
    expect(shareInverse(careShare, 3, 10, { year: 2025, comparator: '>', value: 100 })).toMatchObject({ convert: null, open: null });
    // 100 % by opening while 7 general beds stay: only once 99.995 % or more shows as 100.00 — 138,604 new beds.
    const hundred = shareInverse(careShare, 3, 10, { year: 2025, comparator: '>=', value: 100 });
    expect(hundred).toMatchObject({ convert: 7, open: 138604, formula: { open: null } });
    expect(valueOf(careShare, 3 + 138604, 10 + 138604)).toBeGreaterThanOrEqual(99.995);
    expect(valueOf(careShare, 3 + 138603, 10 + 138603)).toBeLessThan(99.995);
    expect(shareInverse(careShare, 0, 0, { year: 2025, comparator: '>=', value: 30 })).toMatchObject({ convert: null, open: 1 });
  });
});

describe('fewestFacilities', () => {
  const f = (facilityId: string, generalBeds: number) => ({ facilityId, generalBeds });

  it('takes the largest first and only what is still needed from the last', () => {
    expect(fewestFacilities([f('a', 5), f('b', 20), f('c', 12)], 25)).toEqual([
      { facility: f('b', 20), beds: 20 },
      { facility: f('c', 12), beds: 5 },
    ]);
    expect(fewestFacilities([f('a', 5)], 0)).toEqual([]);
    expect(fewestFacilities([f('a', 5), f('b', 3)], 9)).toBeNull();
  });

  it('uses no more facilities than any subset that holds enough (brute force over small sets)', () => {
    const sizes = [7, 3, 9, 1, 4, 6];
    const facilities = sizes.map((beds, index) => f(String(index), beds));
    for (let need = 0; need <= 31; need++) {
      let best: number | null = null;
      for (let mask = 0; mask < 1 << sizes.length; mask++) {
        const chosen = sizes.filter((_, index) => mask & (1 << index));
        if (chosen.reduce((sum, beds) => sum + beds, 0) >= need) best = Math.min(best ?? Infinity, chosen.length);
      }
      const plan = fewestFacilities(facilities, need);
      expect(plan?.length ?? null).toBe(best);
      if (plan) expect(plan.reduce((sum, step) => sum + step.beds, 0)).toBe(need);
    }
  });
});
