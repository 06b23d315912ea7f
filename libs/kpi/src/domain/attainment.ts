import { regionLevelOf, regionSubtreePrefix, type RegionLevel } from '@yiyang/core';
import type { Forecast } from './forecast';
import type { IndicatorDefinition } from './indicators';
import { valueOf, type PopulationBasis } from './roll-up';

export const COMPARATORS = ['>=', '<=', '=', '>', '<'] as const;
export const BINDINGS = ['binding', 'expected', 'not_stated'] as const;
export const STATUSES = ['met', 'on_track', 'at_risk', 'off_track', 'no_target', 'no_data'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export type Binding = (typeof BINDINGS)[number];
export type AttainmentStatus = (typeof STATUSES)[number];

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

/** A target as a plan states it: the number, how binding it is, and the plan's words. */
export interface PlanTarget extends Target {
  indicator: string;
  binding: Binding;
  sourceFile: string | null;
  sourceQuote: string | null;
  note: string | null;
}

/** Where a trajectory starts: a value the plan published, or the region's computed December of the base year. */
export interface PlanBaseline extends Baseline {
  published: boolean;
  sourceQuote: string | null;
}

/** The 14th Five-Year plans run 2021–2025: without a published baseline, the trajectory starts at December of this year. */
export const PLAN_BASE_YEAR = 2020;

/** One region's parts of one indicator, from a snapshot or computed live. */
export interface RegionValue {
  regionCode: string;
  indicator: string;
  numerator: number;
  denominator: number | null;
  countyMin: number | null;
  populationBasis: PopulationBasis | null;
  revision: number | null;
  computedAt: Date | null;
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
export function effectiveComparator(definition: IndicatorDefinition, comparator: Comparator): Comparator {
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

/** The value a region shows: per-county indicators above the county level read their smallest county. */
export function shownValue(definition: IndicatorDefinition, parts: RegionValue, level: RegionLevel): number | null {
  if (definition.perCounty && (level === 'province' || level === 'city') && parts.countyMin !== null) return parts.countyMin;
  return valueOf(definition, parts.numerator, parts.denominator);
}

/**
 * The start of an indicator's straight line to a target: the plan's published value for the latest year before the
 * target (`published` newest first), else the region's computed value of December of PLAN_BASE_YEAR.
 */
export function baselineFor(
  definition: IndicatorDefinition,
  targetYear: number,
  published: readonly { indicator: string; year: number; value: number; sourceQuote: string | null }[],
  december: RegionValue | undefined,
): PlanBaseline | null {
  const own = published.find((row) => row.indicator === definition.id && row.year < targetYear);
  if (own) return { year: own.year, value: Number(own.value), published: true, sourceQuote: own.sourceQuote };
  const value = december ? valueOf(definition, december.numerator, december.denominator) : null;
  return value === null ? null : { year: PLAN_BASE_YEAR, value, published: false, sourceQuote: null };
}

/** The target a month of an indicator is judged against, the baseline of its trajectory and the status. */
export function judgeMonth<T extends PlanTarget>(
  definition: IndicatorDefinition,
  judged: number | null,
  targets: readonly T[],
  baselineOf: (definition: IndicatorDefinition, targetYear: number) => PlanBaseline | null,
  month: string,
): { target: T | null; baseline: PlanBaseline | null; status: AttainmentStatus } {
  const target = pickTarget(
    targets.filter((row) => row.indicator === definition.id),
    month,
  );
  const baseline = target ? baselineOf(definition, target.year) : null;
  return { target, baseline, status: attainmentStatus(definition, judged, target, baseline, month) };
}

export interface Gap {
  units: number;
  zh: string;
  en: string;
  /** The regions that hold it back: townships lacking, counties short (names filled in by the caller). */
  regions?: { code: string; name: string | null; units: number }[];
}

/**
 * The gap to a target as an action, from the region's parts and the values below it: per-county indicators above
 * the county level name the counties short of the target, coverage indicators the townships lacking (`values`: the
 * month's values of the region and below).
 */
export function gapOf(
  definition: IndicatorDefinition,
  region: { code: string; level: RegionLevel },
  parts: RegionValue,
  target: Target,
  values: ReadonlyMap<string, RegionValue>,
): Gap | null {
  const prefix = regionSubtreePrefix(region.code);
  if (definition.perCounty && region.level !== 'county' && region.level !== 'township') {
    const short = [...values.values()]
      .filter((v) => v.indicator === definition.id && v.regionCode.startsWith(prefix) && regionLevelOf(v.regionCode) === 'county')
      .filter((v) => v.numerator < target.value)
      .map((v) => ({ code: v.regionCode, units: Math.ceil(target.value - v.numerator) }));
    if (!short.length) return null;
    const units = short.reduce((sum, county) => sum + county.units, 0);
    return {
      units,
      zh: describeGap(definition.gap.zh, units),
      en: describeGap(definition.gap.en, units),
      regions: short.map((county) => ({ code: county.code, name: null, units: county.units })),
    };
  }
  const units = gapUnits(definition, parts, target);
  if (units === null || units === 0) return null;
  const lacking = definition.gap.listLacking
    ? [...values.values()]
        .filter(
          (v) =>
            v.indicator === definition.id &&
            v.regionCode !== region.code &&
            v.regionCode.startsWith(prefix) &&
            regionLevelOf(v.regionCode) === 'township' &&
            v.numerator < (v.denominator ?? 0),
        )
        .map((v) => ({ code: v.regionCode, name: null as string | null, units: 1 }))
    : undefined;
  return { units, zh: describeGap(definition.gap.zh, units), en: describeGap(definition.gap.en, units), regions: lacking };
}

/** How many lacking regions a gap's text names. */
export const LACKING_NAMED = 10;

/** Names the regions a gap lists and, for coverage indicators, the first few of them in its text (the list carries them all). */
export function nameGapRegions(definition: IndicatorDefinition, gap: Gap, names: ReadonlyMap<string, string>): void {
  if (!gap.regions) return;
  for (const region of gap.regions) region.name = names.get(region.code) ?? null;
  const rows = definition.gap.listRows;
  if (rows) {
    if (!gap.regions.length) return;
    const named = gap.regions.map((region) => region.name ?? region.code);
    const shown = named.slice(0, LACKING_NAMED);
    const more = named.length - shown.length;
    const units = gap.regions.reduce((sum, region) => sum + region.units, 0);
    const fill = (template: string) => describeGap(template.replace('{n}', named.length.toLocaleString('en-US')), units, shown);
    gap.zh = `${gap.zh}；${fill(rows.zh)}${more > 0 ? '等' : ''}`;
    gap.en = `${gap.en}; ${fill(rows.en)}${more > 0 ? ` and ${more} more` : ''}`;
    return;
  }
  const lacking = definition.gap.listLacking;
  if (!lacking || !gap.regions.length) return;
  const named = gap.regions.map((region) => region.name ?? region.code);
  const shown = named.slice(0, LACKING_NAMED);
  const more = named.length - shown.length;
  gap.zh = `${gap.zh}；${describeGap(lacking.zh, named.length, shown)}${more > 0 ? `等 ${named.length} 个` : ''}`;
  gap.en = `${gap.en}; ${describeGap(lacking.en, named.length, shown)}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A value at an indicator's published precision. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** One indicator of a region in a month, judged against its target. */
export interface Attainment {
  definition: IndicatorDefinition;
  parts: RegionValue | null;
  value: number | null;
  /** Cumulative indicators: the months since their start added up. */
  cumulative: { from: string; value: number } | null;
  target: PlanTarget | null;
  baseline: PlanBaseline | null;
  /** Where the straight line from baseline to target stands this month. */
  expected: number | null;
  status: AttainmentStatus;
  gap: Gap | null;
  /** 达标预测 of an indicator with a target (GET /kpi fills it in; domain/forecast.ts). */
  forecast?: Forecast | null;
}
