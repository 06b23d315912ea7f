import type { IndicatorDefinition } from './indicators';

export type Comparator = '>=' | '<=' | '=' | '>' | '<';
export type Binding = 'binding' | 'expected' | 'not_stated';
export type AttainmentStatus = 'met' | 'on_track' | 'at_risk' | 'off_track' | 'no_target' | 'no_data';

export const STATUS_LABELS: Record<AttainmentStatus, { zh: string; en: string }> = {
  met: { zh: '已达标', en: 'met' },
  on_track: { zh: '进度正常', en: 'on track' },
  at_risk: { zh: '有风险', en: 'at risk' },
  off_track: { zh: '滞后', en: 'off track' },
  no_target: { zh: '无目标', en: 'no target' },
  no_data: { zh: '无数据', en: 'no data' },
};

export const BINDING_LABELS: Record<Binding, { zh: string; en: string }> = {
  binding: { zh: '约束性', en: 'binding' },
  expected: { zh: '预期性', en: 'expected' },
  not_stated: { zh: '未标注', en: 'not stated' },
};

export interface Target {
  year: number;
  comparator: Comparator;
  value: number;
}

export interface Baseline {
  year: number;
  value: number;
}

/**
 * Behind the straight line by no more than this share of the planned change (baseline → target) is "at risk";
 * further behind is "off track". A fifth leaves room for the lumpy way beds and centres open.
 */
export const AT_RISK_SHARE = 0.2;

/** The target a month is judged against: the first one due in or after the month's year, else the last one. */
export function pickTarget<T extends Target>(targets: readonly T[], month: string): T | null {
  const year = Number(month.slice(0, 4));
  const sorted = [...targets].sort((a, b) => a.year - b.year);
  return sorted.find((target) => target.year >= year) ?? sorted.at(-1) ?? null;
}

/** '=' on a floor or ceiling indicator reads as reaching it (a 100 % target is met at 100 %). */
function effectiveComparator(definition: IndicatorDefinition, comparator: Comparator): Comparator {
  if (comparator !== '=') return comparator;
  if (definition.direction === 'at_least' || definition.direction === 'grow') return '>=';
  if (definition.direction === 'at_most') return '<=';
  return '=';
}

/** Whether the value satisfies the target, compared at the indicator's published precision. */
export function meets(definition: IndicatorDefinition, value: number, target: Target): boolean {
  const factor = 10 ** definition.decimals;
  const shown = Math.round(value * factor) / factor;
  switch (effectiveComparator(definition, target.comparator)) {
    case '>=':
      return shown >= target.value;
    case '>':
      return shown > target.value;
    case '<=':
      return shown <= target.value;
    case '<':
      return shown < target.value;
    case '=':
      // An exact standard (e.g. ¥600 a person a month) is met within half a percent.
      return Math.abs(shown - target.value) <= Math.abs(target.value) * 0.005;
  }
}

/** Months from December of `year` to `month` (2021-01 is 1 after 2020). */
function monthsAfterYearEnd(year: number, month: string): number {
  return (Number(month.slice(0, 4)) - year) * 12 + Number(month.slice(5, 7)) - 12;
}

/** Where the straight line from the baseline (December of its year) to the target (December of its year) stands in `month`. */
export function expectedValue(baseline: Pick<Baseline, 'year' | 'value'>, target: Pick<Target, 'year' | 'value'>, month: string): number {
  const span = monthsAfterYearEnd(baseline.year, `${target.year}-12`);
  if (span <= 0) return target.value;
  const elapsed = Math.min(Math.max(monthsAfterYearEnd(baseline.year, month), 0), span);
  return baseline.value + ((target.value - baseline.value) * elapsed) / span;
}

export function attainmentStatus(
  definition: IndicatorDefinition,
  value: number | null,
  target: Target | null,
  baseline: Baseline | null,
  month: string,
): AttainmentStatus {
  if (value === null) return 'no_data';
  if (!target) return 'no_target';
  if (meets(definition, value, target)) return 'met';
  if (month >= `${target.year}-12`) return 'off_track';
  const comparator = effectiveComparator(definition, target.comparator);
  if (!baseline || comparator === '=') return 'at_risk';
  const expected = expectedValue(baseline, target, month);
  const higherIsBetter = comparator === '>=' || comparator === '>';
  const shortfall = higherIsBetter ? expected - value : value - expected;
  if (shortfall <= 0) return 'on_track';
  const plannedChange = Math.abs(target.value - baseline.value);
  return plannedChange > 0 && shortfall <= plannedChange * AT_RISK_SHARE ? 'at_risk' : 'off_track';
}

export interface Parts {
  numerator: number;
  denominator: number | null;
}

/**
 * The smallest whole number of units that closes the gap to the target, in the indicator's own terms: beds to
 * convert, townships to equip, social workers to hire. Null when the parts say nothing (no denominator).
 */
export function gapUnits(definition: IndicatorDefinition, parts: Parts, target: Target): number | null {
  const strict = target.comparator === '>' || target.comparator === '<';
  const whole = (shortfall: number) => Math.max(0, strict ? Math.floor(shortfall + 1e-9) + 1 : Math.ceil(shortfall - 1e-9));
  const { numerator: n, denominator: d } = parts;
  const t = target.value;
  const denominator = definition.denominator;
  if (definition.gap.kind === 'staff') return d === null || t <= 0 ? null : whole(n / t - d);
  if (definition.gap.kind === 'lower') return d === null ? null : whole(n - (t / definition.scale) * d);
  switch (denominator.kind) {
    case 'none':
      return whole(t - n);
    case 'sum':
      if (d === null) return null;
      // An exact money standard: yuan per person, to the cent.
      if (definition.direction === 'exact') return d ? Math.max(0, Math.round((t - n / d) * 100) / 100) : null;
      return whole((t / definition.scale) * d - n);
    case 'population':
      return d ? whole((t * d) / denominator.per - n) : null;
    case 'days':
      return d ? whole(t - n / d) : null;
  }
}

/** Fills `{k}` and `{list}` of a gap text. */
export function describeGap(template: string, k: number, list?: string[]): string {
  return template.replace('{k}', k.toLocaleString('en-US')).replace('{list}', (list ?? []).join('、'));
}
