import { lastDayOf, shiftMonth } from '@yiyang/core';
import { effectiveComparator, meets, type Target } from './attainment';
import type { IndicatorDefinition } from './indicator';

/**
 * 达标预测: when an indicator's monthly series is expected to meet its target. Pure functions: the parts of the
 * indicator (numerator, denominator) are projected month by month with one of two methods, chosen by back-testing
 * on the series itself, and the value is computed from the projected parts as the engine computes it from real ones.
 * docs/kpis.md ("Forecast") describes the methods, weights, interval, back-test and horizon.
 */

export const FORECAST_METHODS = ['regression', 'holt'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export const FORECAST_STATUSES = ['met', 'expected', 'not_at_pace', 'too_little_history', 'no_target'] as const;
export type ForecastStatus = (typeof FORECAST_STATUSES)[number];

export const FORECAST_STATUS_LABELS: Record<ForecastStatus, { zh: string; en: string }> = {
  met: { zh: '已达标', en: 'met' },
  expected: { zh: '预计达标', en: 'expected to be met' },
  not_at_pace: { zh: '按此速度无法达标', en: 'not at this pace' },
  too_little_history: { zh: '数据不足', en: 'too little history' },
  no_target: { zh: '无目标', en: 'no target' },
};

export const FORECAST_METHOD_LABELS: Record<ForecastMethod, { zh: string; en: string }> = {
  regression: { zh: '时间加权线性回归', en: 'time-weighted linear regression' },
  holt: { zh: '阻尼 Holt 趋势平滑', en: 'damped Holt (level + trend)' },
};

/** Fewer months than this say "too little history". */
export const MIN_HISTORY = 6;
/** The back-test holds out this many months at most (half the history when it is shorter than twice this). */
export const HOLDOUT_MONTHS = 12;
/** With no deadline ahead (passed, or within the history), the projection runs this many months past the last one. */
export const OPEN_HORIZON_MONTHS = 60;
/** The prediction interval's level, and the two-sided normal quantile that gives it. */
export const INTERVAL_LEVEL = 0.8;
const Z = 1.2816;

/** Damped Holt's grid: smoothing of the level (α), of the trend (β), and the damping (φ). */
const ALPHAS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
const BETAS = [0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8];
const PHIS = [0.8, 0.85, 0.9, 0.95, 0.98];

/** A projection of one series: the point and the standard deviation of the error, per month ahead (1, 2, …). */
export interface SeriesProjection {
  point: number[];
  sd: number[];
}

/**
 * Time-weighted least squares, as in UN ESCAP's "anticipated progress": month t of n (t = 0 … n − 1, oldest first)
 * weighs t + 1, so the newest month weighs n times the oldest and every month weighs one step more than the month
 * before it. The error's spread grows with the distance from the weighted mean month (the usual prediction variance
 * s²(1 + 1/n + (x − x̄)² / Sxx), with weights normalised to average 1).
 */
export function weightedRegression(y: readonly number[], horizon: number): SeriesProjection {
  const n = y.length;
  const raw = y.map((_, t) => t + 1);
  const total = raw.reduce((sum, w) => sum + w, 0);
  const w = raw.map((weight) => (weight * n) / total);
  const xMean = w.reduce((sum, weight, t) => sum + weight * t, 0) / n;
  const yMean = w.reduce((sum, weight, t) => sum + weight * y[t], 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let t = 0; t < n; t++) {
    sxx += w[t] * (t - xMean) ** 2;
    sxy += w[t] * (t - xMean) * (y[t] - yMean);
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = yMean - slope * xMean;
  const residual = y.reduce((sum, value, t) => sum + w[t] * (value - intercept - slope * t) ** 2, 0);
  const s2 = n > 2 ? residual / (n - 2) : 0;
  const point: number[] = [];
  const sd: number[] = [];
  for (let h = 1; h <= horizon; h++) {
    const x = n - 1 + h;
    point.push(intercept + slope * x);
    sd.push(Math.sqrt(s2 * (1 + 1 / n + (sxx > 0 ? (x - xMean) ** 2 / sxx : 0))));
  }
  return { point, sd };
}

interface HoltFit {
  alpha: number;
  beta: number;
  phi: number;
  level: number;
  trend: number;
  sse: number;
  errors: number;
}

function holtRun(y: readonly number[], alpha: number, beta: number, phi: number): HoltFit {
  let level = y[0];
  let trend = y.length > 1 ? y[1] - y[0] : 0;
  let sse = 0;
  let errors = 0;
  for (let t = 1; t < y.length; t++) {
    const forecast = level + phi * trend;
    // The first step's error is zero by construction of the starting trend: it is not counted.
    if (t > 1) {
      sse += (y[t] - forecast) ** 2;
      errors++;
    }
    const previous = level;
    level = alpha * y[t] + (1 - alpha) * forecast;
    trend = beta * (level - previous) + (1 - beta) * phi * trend;
  }
  return { alpha, beta, phi, level, trend, sse, errors };
}

/**
 * Damped Holt (additive level and damped trend): α, β and φ chosen from a small grid (ALPHAS × BETAS × PHIS) by the
 * smallest sum of squared one-step errors; the level starts at the first month, the trend at the first step. The
 * forecast h months ahead is level + (φ + … + φ^h)·trend; its error variance is σ²(1 + Σ_{j<h} (α + αβ·(φ + … + φ^j))²)
 * (the innovations form), σ² the mean squared one-step error.
 */
export function dampedHolt(y: readonly number[], horizon: number): SeriesProjection & { alpha: number; beta: number; phi: number } {
  let best: HoltFit | null = null;
  for (const alpha of ALPHAS) {
    for (const beta of BETAS) {
      for (const phi of PHIS) {
        const fit = holtRun(y, alpha, beta, phi);
        if (!best || fit.sse < best.sse - 1e-12) best = fit;
      }
    }
  }
  const fit = best!;
  const sigma2 = fit.errors ? fit.sse / fit.errors : 0;
  const point: number[] = [];
  const sd: number[] = [];
  let damping = 0;
  let spread = 1;
  for (let h = 1; h <= horizon; h++) {
    damping += fit.phi ** h;
    point.push(fit.level + damping * fit.trend);
    sd.push(Math.sqrt(sigma2 * spread));
    // The next month adds the squared weight of this month's error: α + αβ(φ + … + φ^h).
    spread += (fit.alpha + fit.alpha * fit.beta * damping) ** 2;
  }
  return { point, sd, alpha: fit.alpha, beta: fit.beta, phi: fit.phi };
}

export function projectSeries(method: ForecastMethod, y: readonly number[], horizon: number): SeriesProjection {
  return method === 'regression' ? weightedRegression(y, horizon) : dampedHolt(y, horizon);
}

/** One month of an indicator's history: its parts as stored or computed (null when the month has no value). */
export interface HistoryPoint {
  month: string;
  numerator: number | null;
  denominator: number | null;
}

/** One projected month: the value, its interval (INTERVAL_LEVEL), and whether a part was held to its bounds. */
export interface ProjectedPoint {
  month: string;
  value: number;
  low: number;
  high: number;
  /**
   * A projected part was held to what it can be: a count or sum at zero, a share's rows at their base (numerator ≤
   * denominator). Reported, never silent.
   */
  capped: boolean;
}

/** The parts' series as the forecast reads them: from the first month with a value, gaps carrying the month before. */
interface PartSeries {
  months: string[];
  numerator: number[];
  denominator: (number | null)[];
}

function partSeries(definition: IndicatorDefinition, history: readonly HistoryPoint[]): PartSeries {
  const usable = (point: HistoryPoint) => point.numerator !== null && (definition.denominator.kind === 'none' || !!point.denominator);
  const start = history.findIndex(usable);
  const series: PartSeries = { months: [], numerator: [], denominator: [] };
  if (start < 0) return series;
  let last = history[start];
  for (const point of history.slice(start)) {
    if (usable(point)) last = point;
    series.months.push(point.month);
    series.numerator.push(last.numerator!);
    series.denominator.push(last.denominator);
  }
  return series;
}

/** A share of rows (a percentage of a sum): its numerator cannot exceed its denominator. */
export function isShare(definition: IndicatorDefinition): boolean {
  return definition.denominator.kind === 'sum' && definition.scale === 100;
}

function daysIn(month: string): number {
  return Number(lastDayOf(month).slice(8, 10));
}

/** The value of parts as the engine computes it (numerator / denominator × scale, or the count itself). */
function valueFrom(definition: IndicatorDefinition, numerator: number, denominator: number | null): number {
  if (definition.denominator.kind === 'none') return numerator;
  if (!denominator) return NaN;
  return (numerator / denominator) * definition.scale;
}

/**
 * Projects an indicator's value `horizon` months past its history with `method`, from its parts: the numerator
 * always; a summed denominator too (same method); a population denominator as its step series (the last year's
 * figure holds); days as the month's days. The interval is the numerator's over the projected denominator. A
 * cumulative indicator (cumulativeFrom) projects its monthly flow and adds it to the sum since its start.
 */
export function projectIndicator(definition: IndicatorDefinition, history: readonly HistoryPoint[], method: ForecastMethod, horizon: number): ProjectedPoint[] {
  const series = partSeries(definition, history);
  const n = series.months.length;
  if (!n || horizon <= 0) return [];
  const numerator = projectSeries(method, series.numerator, horizon);
  const kind = definition.denominator.kind;
  const denominator = kind === 'sum' ? projectSeries(method, series.denominator as number[], horizon) : null;
  const lastDenominator = series.denominator[n - 1];
  const share = isShare(definition);
  let cumulative = definition.cumulativeFrom ? cumulativeValue(definition, history) : 0;
  let cumulativeLow = cumulative;
  let cumulativeHigh = cumulative;
  const projected: ProjectedPoint[] = [];
  for (let h = 1; h <= horizon; h++) {
    const month = shiftMonth(series.months[n - 1], h);
    let capped = false;
    const bounded = (value: number, ceiling: number | null) => {
      const held = Math.min(Math.max(value, 0), ceiling ?? Infinity);
      if (Math.abs(held - value) > 1e-9) capped = true;
      return held;
    };
    let base: number | null = null;
    if (kind === 'sum') base = bounded(denominator!.point[h - 1], null);
    else if (kind === 'population') base = lastDenominator;
    else if (kind === 'days') base = daysIn(month);
    const ceiling = share ? base : null;
    const spread = Z * numerator.sd[h - 1];
    const point = bounded(numerator.point[h - 1], ceiling);
    const low = bounded(numerator.point[h - 1] - spread, ceiling);
    const high = bounded(numerator.point[h - 1] + spread, ceiling);
    let values: [number, number, number];
    if (definition.cumulativeFrom) {
      cumulative += point;
      cumulativeLow += low;
      cumulativeHigh += high;
      values = [cumulative, cumulativeLow, cumulativeHigh];
    } else {
      values = [valueFrom(definition, point, base), valueFrom(definition, low, base), valueFrom(definition, high, base)];
    }
    // A base projected to nothing leaves no value: the projection stops there.
    if (!values.every(Number.isFinite)) break;
    const [value, a, b] = values.map((v) => round(v, definition.decimals + 2));
    projected.push({ month, value, low: Math.min(a, b), high: Math.max(a, b), capped });
  }
  return projected;
}

/** A cumulative indicator's value in the history's last month: its monthly numerators since its start. */
export function cumulativeValue(definition: IndicatorDefinition, history: readonly HistoryPoint[]): number {
  return history.filter((point) => point.month >= definition.cumulativeFrom!).reduce((sum, point) => sum + (point.numerator ?? 0), 0);
}

/** The value a month of history shows (monthly, never accumulated): what the back-test compares. */
function monthlyValue(definition: IndicatorDefinition, point: HistoryPoint): number | null {
  if (point.numerator === null) return null;
  const value = valueFrom(definition, point.numerator, point.denominator);
  return Number.isFinite(value) ? value : null;
}

export interface BackTest {
  /** Months held out at the end of the history (HOLDOUT_MONTHS, or half the history when shorter). */
  holdout: number;
  /** Root mean squared error of each method's monthly value over the held-out months, fitted on the months before. */
  rmse: Record<ForecastMethod, number>;
  chosen: ForecastMethod;
}

/**
 * Fits each method on the history less its last months and compares their root mean squared errors on those months
 * (of the monthly value, 1 … holdout months ahead); the smaller wins, regression on a tie.
 */
export function backTest(definition: IndicatorDefinition, history: readonly HistoryPoint[]): BackTest {
  const start = history.findIndex((point) => monthlyValue(definition, point) !== null);
  const usable = history.slice(Math.max(start, 0));
  const holdout = Math.min(HOLDOUT_MONTHS, Math.floor(usable.length / 2));
  const training = usable.slice(0, usable.length - holdout);
  const heldOut = usable.slice(usable.length - holdout);
  const rmse = {} as Record<ForecastMethod, number>;
  for (const method of FORECAST_METHODS) {
    const monthly = { ...definition, cumulativeFrom: undefined };
    const projected = projectIndicator(monthly, training, method, holdout);
    let sum = 0;
    let count = 0;
    heldOut.forEach((point, index) => {
      const actual = monthlyValue(definition, point);
      if (actual === null || !Number.isFinite(projected[index]?.value)) return;
      sum += (projected[index].value - actual) ** 2;
      count++;
    });
    rmse[method] = count ? round(Math.sqrt(sum / count), 6) : Infinity;
  }
  return { holdout, rmse, chosen: rmse.holt < rmse.regression ? 'holt' : 'regression' };
}

export interface Forecast {
  status: ForecastStatus;
  method: ForecastMethod | null;
  backTest: BackTest | null;
  /** The last month of the projection. */
  horizon: string | null;
  projection: ProjectedPoint[];
  target: Target | null;
  /** The first projected month whose value meets the target. */
  expectedMetOn: string | null;
  /** The first months the interval's favourable and unfavourable bounds meet it (null: not within the horizon). */
  expectedMetRange: { earliest: string | null; latest: string | null } | null;
}

/** The projection's last month: December of the target's year, or OPEN_HORIZON_MONTHS past the history when that is not ahead. */
export function horizonOf(target: Target, lastMonth: string): string {
  const deadline = `${target.year}-12`;
  return deadline > lastMonth ? deadline : shiftMonth(lastMonth, OPEN_HORIZON_MONTHS);
}

function monthsAfter(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/**
 * The forecast of an indicator against a target from its monthly history (oldest first, ending in the month the
 * forecast is made in): met already, expected (the first projected month that meets the target, with the months
 * the interval's bounds meet it), not at this pace (none within the horizon), too little history (fewer than
 * MIN_HISTORY months with a value) or no target.
 */
export function forecastIndicator(definition: IndicatorDefinition, history: readonly HistoryPoint[], target: Target | null): Forecast {
  const none = { method: null, backTest: null, horizon: null, projection: [], expectedMetOn: null, expectedMetRange: null };
  if (!target) return { status: 'no_target', target: null, ...none };
  // Months with a value of their own count, and the last month must have one: carried-over months are no history.
  const valued = history.filter((point) => monthlyValue(definition, point) !== null).length;
  const last = history.at(-1);
  if (!last || valued < MIN_HISTORY || monthlyValue(definition, last) === null) return { status: 'too_little_history', target, ...none };
  const lastValue = definition.cumulativeFrom ? cumulativeValue(definition, history) : monthlyValue(definition, last);
  const test = backTest(definition, history);
  const horizon = horizonOf(target, last.month);
  const base = { method: test.chosen, backTest: test, horizon, target };
  if (lastValue !== null && meets(definition, lastValue, target)) {
    return { status: 'met', ...base, projection: [], expectedMetOn: null, expectedMetRange: null };
  }
  const projection = projectIndicator(definition, history, test.chosen, monthsAfter(last.month, horizon));
  const firstMeeting = (pick: (point: ProjectedPoint) => number) => projection.find((point) => meets(definition, pick(point), target))?.month ?? null;
  const expectedMetOn = firstMeeting((point) => point.value);
  const byLow = firstMeeting((point) => point.low);
  const byHigh = firstMeeting((point) => point.high);
  const comparator = effectiveComparator(definition, target.comparator);
  const higherIsBetter = comparator === '>=' || comparator === '>';
  let range: { earliest: string | null; latest: string | null };
  if (comparator === '=') {
    const met = [byLow, byHigh, expectedMetOn].filter((month): month is string => month !== null).sort();
    range = { earliest: met[0] ?? null, latest: byLow && byHigh ? (byLow > byHigh ? byLow : byHigh) : null };
  } else {
    range = higherIsBetter ? { earliest: byHigh, latest: byLow } : { earliest: byLow, latest: byHigh };
  }
  return {
    status: expectedMetOn ? 'expected' : 'not_at_pace',
    ...base,
    projection,
    expectedMetOn,
    expectedMetRange: range.earliest || range.latest ? range : null,
  };
}

function round(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
