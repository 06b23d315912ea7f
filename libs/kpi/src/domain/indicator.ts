/**
 * What a plan indicator is: a numerator and a denominator that ADD UP across townships, written as aggregates over
 * the rows of one source. Each source (libs/kpi/src/sources/<name>/) holds its rows' SQL and its indicators side by
 * side; domain/indicators.ts lists them all.
 */

/** The base relations indicators aggregate over, one row per facility, bed, person… located in a township. */
export const SOURCE_NAMES = [
  'facilities',
  'beds',
  'staff',
  'tekun',
  'roster',
  'orders',
  'townships',
  'villages',
  'circle',
  'trainings',
  'social_workers',
  'modifications',
  'medical',
  'works',
] as const;

export type SourceName = (typeof SOURCE_NAMES)[number];

export type Direction = 'at_least' | 'at_most' | 'exact' | 'grow';

export type Denominator =
  /** A plain count or sum: value = numerator. */
  | { kind: 'none' }
  /** Another aggregate of the same rows: value = numerator / denominator × scale. */
  | { kind: 'sum'; sql: string }
  /** The older population (60+) of the region: value = numerator / population × per. */
  | { kind: 'population'; per: 1000 | 10000 }
  /** The days of the month (so far, for the month in progress): value = numerator / days. */
  | { kind: 'days' };

/**
 * How the gap to a target reads as something to do. `k` is the smallest whole number of units that closes it:
 * raise — more of the numerator at the same denominator; lower — less of it; staff — more of the denominator.
 */
export interface GapRule {
  kind: 'raise' | 'lower' | 'staff';
  zh: string;
  en: string;
  /** For coverage indicators: name the child regions whose numerator is below their denominator. */
  listLacking?: { zh: string; en: string };
  /**
   * Name the source's rows that hold it back (the communities outside every service circle): those matching `where`,
   * each weighing `units` (an aggregate-free expression over the rows). `{n}` rows, `{k}` units, `{list}` names.
   */
  listRows?: { zh: string; en: string; where: string; units: string };
}

export interface IndicatorDefinition {
  id: string;
  catalogId: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  direction: Direction;
  /** stock: the state on the month's last day; flow: what happened in the month. */
  rollup: 'stock' | 'flow';
  /** Cumulative targets (e.g. 2021–2025) compare the sum of the months since this one. */
  cumulativeFrom?: string;
  source: SourceName;
  numerator: string;
  /**
   * 'population_less': the township parts' numerator is what the region's older population (60+) leaves out (people
   * in institutions); every region's numerator is its older population less their sum, with the population's basis
   * recorded, and no value without a population.
   */
  numeratorBase?: 'population_less';
  denominator: Denominator;
  /** Multiplier of numerator / denominator (100 for percentages). */
  scale: number;
  decimals: number;
  /** The target holds for every county-level unit: a region's status reads its smallest county. */
  perCounty?: boolean;
  gap: GapRule;
}

/** Facilities that are elderly-care institutions (养老机构): institutions and 特困 homes. */
export const INST = `kind IN ('institution', 'tekun_home')`;

export const count = (filter: string) => `count(*) FILTER (WHERE ${filter})`;

/** A percentage of the rows matching `numerator` among those matching `denominator`. */
export const percent = (numerator: string, denominator: string) => ({
  numerator: count(numerator),
  denominator: { kind: 'sum', sql: count(denominator) } as Denominator,
  scale: 100,
  decimals: 2,
});

/** A count of the rows matching `filter`. */
export const tally = (filter: string) => ({ numerator: count(filter), denominator: { kind: 'none' } as Denominator, scale: 1, decimals: 0 });

export const raise = (zh: string, en: string): GapRule => ({ kind: 'raise', zh, en });
