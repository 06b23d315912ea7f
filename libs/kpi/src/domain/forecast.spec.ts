import { shiftMonth } from '@yiyang/core';
import type { Target } from './attainment';
import {
  backTest,
  dampedHolt,
  forecastIndicator,
  projectIndicator,
  weightedRegression,
  type HistoryPoint,
} from './forecast';
import { findIndicator } from './indicators';
import type { IndicatorDefinition } from './indicator';

/** A count (denominator none, whole numbers): the value is the numerator. */
const tally: IndicatorDefinition = { ...findIndicator('total_elderly_care_beds')!, decimals: 0, cumulativeFrom: undefined };
const careShare = findIndicator('care_type_bed_share')!;
const perThousand = findIndicator('beds_per_1000_older')!;

const START = '2022-01';
const monthAt = (t: number) => shiftMonth(START, t);
const history = (values: readonly number[], denominator: (t: number) => number | null = () => null): HistoryPoint[] =>
  values.map((numerator, t) => ({ month: monthAt(t), numerator, denominator: denominator(t) }));
const series = (n: number, f: (t: number) => number) => Array.from({ length: n }, (_, t) => f(t));
const atLeast = (value: number, year = 2040): Target => ({ year, comparator: '>=', value });

/** Deterministic noise in [−1, 1): a linear congruential generator, so a failing test fails the same way every run. */
function noise(seed: number): (t: number) => number {
  const values: number[] = [];
  let state = seed;
  for (let i = 0; i < 500; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    values.push((state / 2 ** 31) * 2 - 1);
  }
  return (t) => values[t];
}

describe('weightedRegression', () => {
  it('continues a straight line exactly, with no spread', () => {
    const { point, sd } = weightedRegression(series(10, (t) => 3 + 2 * t), 3);
    expect(point).toEqual([23, 25, 27].map((v) => expect.closeTo(v, 9)));
    expect(sd.every((v) => Math.abs(v) < 1e-9)).toBe(true);
  });

  it('weighs recent months more: after a change of slope, its slope is nearer the recent one than ordinary least squares', () => {
    // 12 months flat at 0, then 12 months rising by 1: ordinary least squares gives a slope of 0.6 (hand-computed).
    const y = series(24, (t) => Math.max(0, t - 11));
    const { point } = weightedRegression(y, 2);
    const slope = point[1] - point[0];
    expect(slope).toBeGreaterThan(0.7);
    expect(slope).toBeLessThan(1);
  });

  it('widens its interval with the horizon', () => {
    const { sd } = weightedRegression(series(24, (t) => t + 3 * noise(1)(t)), 24);
    for (let h = 1; h < sd.length; h++) expect(sd[h]).toBeGreaterThan(sd[h - 1]);
  });
});

describe('dampedHolt', () => {
  it('flattens a trend by φ: h months ahead the level gains (φ + … + φ^h) trends, less than h', () => {
    const { point, phi } = dampedHolt(series(12, (t) => 10 + 2 * t), 120);
    expect(phi).toBeLessThan(1);
    // Damping bounds the total gain by trend·φ/(1 − φ) however far ahead.
    expect(point[119] - 32).toBeLessThanOrEqual((2 * phi) / (1 - phi) + 1e-6);
    expect(point[0]).toBeGreaterThan(32);
  });

  it('has an interval that widens with the horizon on a noisy series', () => {
    const { sd } = dampedHolt(series(36, (t) => 50 + 0.5 * t + 2 * noise(7)(t)), 12);
    for (let h = 1; h < sd.length; h++) expect(sd[h]).toBeGreaterThanOrEqual(sd[h - 1]);
    expect(sd[11]).toBeGreaterThan(sd[0]);
  });
});

describe('forecastIndicator on series with known answers', () => {
  it('linear: a count rising by 2 a month from 10 meets 50 in month 20 exactly', () => {
    const forecast = forecastIndicator(tally, history(series(12, (t) => 10 + 2 * t)), atLeast(50));
    expect(forecast.status).toBe('expected');
    expect(forecast.method).toBe('regression');
    expect(forecast.expectedMetOn).toBe(monthAt(20));
    // A perfect line has no spread: the interval is the month itself.
    expect(forecast.expectedMetRange).toEqual({ earliest: monthAt(20), latest: monthAt(20) });
    expect(forecast.projection[0]).toMatchObject({ month: monthAt(12), value: 34, low: 34, high: 34 });
  });

  it('flat: never meets a target above it, within a horizon of 60 months when the deadline has passed', () => {
    const forecast = forecastIndicator(tally, history(series(24, () => 40)), atLeast(50, 2020));
    expect(forecast.status).toBe('not_at_pace');
    expect(forecast.expectedMetOn).toBeNull();
    expect(forecast.expectedMetRange).toBeNull();
    expect(forecast.horizon).toBe(shiftMonth(monthAt(23), 60));
    expect(forecast.projection).toHaveLength(60);
  });

  it('runs to December of the target year when that is ahead', () => {
    const forecast = forecastIndicator(tally, history(series(12, () => 40)), atLeast(50, 2025));
    expect(forecast.horizon).toBe('2025-12');
    expect(forecast.projection.at(-1)!.month).toBe('2025-12');
  });

  it('saturating below the target: the back-test picks Holt (regression keeps rising) and says not at this pace', () => {
    // Approaches 80 from below; the target is 85. A straight line through it would cross 85 within the horizon.
    const y = series(36, (t) => 80 - 30 * 0.8 ** t);
    const forecast = forecastIndicator({ ...tally, decimals: 2 }, history(y), atLeast(85, 2020));
    expect(forecast.method).toBe('holt');
    expect(forecast.backTest!.rmse.holt).toBeLessThan(forecast.backTest!.rmse.regression);
    expect(forecast.status).toBe('not_at_pace');
    // The regression would have called it met: the choice is what the test is about.
    const regression = projectIndicator({ ...tally, decimals: 2 }, history(y), 'regression', 60);
    expect(regression.some((point) => point.value >= 85)).toBe(true);
  });

  it('saturating above the target: meets it, and the true crossing month lies within the interval', () => {
    // 80 − 50·0.9^t reaches 75 first at t = 22 (0.9^21 = 0.109, 0.9^22 = 0.098).
    const y = series(18, (t) => 80 - 50 * 0.9 ** t);
    const forecast = forecastIndicator({ ...tally, decimals: 2 }, history(y), atLeast(75));
    expect(forecast.status).toBe('expected');
    const { earliest, latest } = forecast.expectedMetRange!;
    expect(earliest! <= monthAt(22)).toBe(true);
    expect(latest === null || latest >= monthAt(22)).toBe(true);
  });

  it('noisy: a line rising 1 a month with noise of ±3 meets 60 (true crossing at t = 50) within the stated interval', () => {
    const e = noise(42);
    const y = series(36, (t) => 10 + t + 3 * e(t));
    const forecast = forecastIndicator(tally, history(y), atLeast(60));
    expect(forecast.status).toBe('expected');
    const { earliest, latest } = forecast.expectedMetRange!;
    expect(earliest! <= monthAt(50)).toBe(true);
    expect(latest! >= monthAt(50)).toBe(true);
    expect(earliest! < latest!).toBe(true);
    expect(forecast.expectedMetOn! >= earliest! && forecast.expectedMetOn! <= latest!).toBe(true);
  });

  it('met already in the last month: met, no projection', () => {
    const forecast = forecastIndicator(tally, history(series(8, (t) => 45 + t)), atLeast(50));
    expect(forecast.status).toBe('met');
    expect(forecast.projection).toEqual([]);
  });

  it('too little history below 6 months, no target without one', () => {
    expect(forecastIndicator(tally, history(series(5, (t) => t)), atLeast(50)).status).toBe('too_little_history');
    expect(forecastIndicator(tally, history(series(6, (t) => t)), atLeast(50)).status).toBe('expected');
    expect(forecastIndicator(tally, history(series(12, (t) => t)), null).status).toBe('no_target');
    // Months without a value do not count towards the six.
    const sparse = [...history(series(4, () => 0)).map((p) => ({ ...p, numerator: null })), ...history(series(5, (t) => t))];
    expect(forecastIndicator(tally, sparse, atLeast(50)).status).toBe('too_little_history');
    // Nor do months after the last value: a share whose base went to nothing four months ago has no present to project.
    const ended = history(series(12, () => 5), (t) => (t < 8 ? 10 : 0));
    expect(forecastIndicator(careShare, ended, atLeast(60)).status).toBe('too_little_history');
    const gap = history(series(12, () => 5), (t) => (t === 5 ? 0 : 10));
    expect(forecastIndicator(careShare, gap, atLeast(60)).status).toBe('not_at_pace');
  });

  it('a falling ceiling indicator meets "<=" from above, earliest from the low bound', () => {
    const ceiling: IndicatorDefinition = { ...tally, direction: 'at_most' };
    const forecast = forecastIndicator(ceiling, history(series(12, (t) => 100 - 3 * t + noise(3)(t))), { year: 2040, comparator: '<=', value: 40 });
    expect(forecast.status).toBe('expected');
    expect(forecast.expectedMetRange!.earliest! <= forecast.expectedMetOn!).toBe(true);
    expect(forecast.expectedMetRange!.latest! >= forecast.expectedMetOn!).toBe(true);
  });
});

describe('back-test', () => {
  it('picks regression on a straight noisy line', () => {
    const e = noise(11);
    const test = backTest(tally, history(series(48, (t) => 100 + 1.5 * t + 4 * e(t))));
    expect(test.holdout).toBe(12);
    expect(test.chosen).toBe('regression');
    expect(test.rmse.regression).toBeLessThan(test.rmse.holt);
  });

  it('picks Holt after a recent change of slope (flat 30 months, then rising 2 a month)', () => {
    const test = backTest(tally, history(series(48, (t) => 100 + 2 * Math.max(0, t - 29))));
    expect(test.chosen).toBe('holt');
    expect(test.rmse.holt).toBeLessThan(test.rmse.regression);
  });

  it('holds out half the history when it is shorter than 24 months', () => {
    expect(backTest(tally, history(series(10, (t) => t))).holdout).toBe(5);
  });
});

describe('projecting the parts, not the ratio', () => {
  it('a share projects rows and base and divides: it stays within 0–100 % where the ratio’s own line would leave it', () => {
    // Care-type beds rise 8 a month towards 100 of a base growing 2 a month: the share's line passes 100 %.
    const points = history(series(12, (t) => 40 + 8 * t), (t) => 100 + 2 * t);
    const projected = projectIndicator(careShare, points, 'regression', 24);
    for (const point of projected) {
      expect(point.value).toBeLessThanOrEqual(100);
      expect(point.high).toBeLessThanOrEqual(100);
      expect(point.low).toBeGreaterThanOrEqual(0);
    }
    // Month 12: 136 rows of a base of 124 — held at the base, and said so.
    expect(projected[0]).toMatchObject({ value: 100, capped: true });
    const ratio = weightedRegression(
      points.map((p) => (p.numerator! / p.denominator!) * 100),
      24,
    );
    expect(Math.max(...ratio.point)).toBeGreaterThan(100);
  });

  it('a share of growing parts: the value is projected rows over projected base', () => {
    const points = history(series(12, (t) => 30 + t), (t) => 100 + 4 * t);
    const [first] = projectIndicator(careShare, points, 'regression', 1);
    expect(first.value).toBeCloseTo((42 / 148) * 100, 3);
    expect(first.capped).toBe(false);
  });

  it('a per-1000 indicator divides by the population step series (the last figure holds)', () => {
    const points = history(series(12, (t) => 300 + 10 * t), (t) => (t < 6 ? 9000 : 10000));
    const projected = projectIndicator(perThousand, points, 'regression', 3);
    expect(projected.map((point) => point.value)).toEqual([42, 43, 44].map((v) => expect.closeTo(v, 6)));
  });

  it('a cumulative indicator projects its monthly flow and accumulates it since its start', () => {
    const cumulative: IndicatorDefinition = { ...tally, cumulativeFrom: '2022-07' };
    // 5 a month throughout; the months since 2022-07 (t = 6 … 11) add up to 30.
    const points = history(series(12, () => 5));
    const projected = projectIndicator(cumulative, points, 'regression', 3);
    expect(projected.map((point) => point.value)).toEqual([35, 40, 45]);
    const forecast = forecastIndicator(cumulative, points, atLeast(50));
    expect(forecast.expectedMetOn).toBe(monthAt(15));
  });
});
