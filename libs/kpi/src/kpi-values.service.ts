import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import { orNotFound, today } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import type { RegionValue } from './domain/attainment';
import { INDICATORS, type IndicatorDefinition } from './domain/indicators';
import { monthPeriod } from './domain/months';
import { rollUp } from './domain/roll-up';
import { KpiEngine } from './kpi-engine';
import { currentMonth, requireMonth, requireMonthSoFar } from './kpi-input';
import { KpiRegionsRepository, type KpiRegion } from './kpi-regions.repository';
import { KpiValuesRepository, type ValuesBelow } from './kpi-values.repository';

export type ValuesSource = 'snapshot' | 'live';

/** A month's values by `region|indicator` (valueKey), and where they came from. */
export interface MonthValues {
  source: ValuesSource;
  values: Map<string, RegionValue>;
}

/** Values by `month|region|indicator` (monthlyKey), and where each month came from. */
export interface MonthlyValues {
  values: Map<string, RegionValue>;
  sources: Map<string, ValuesSource>;
}

export const valueKey = (regionCode: string, indicator: string) => `${regionCode}|${indicator}`;
export const monthlyKey = (month: string, regionCode: string, indicator: string) => `${month}|${regionCode}|${indicator}`;

/** Indicators whose gaps name regions below: coverage ones the townships lacking, per-county ones the counties short. */
const GAP_REGIONS: ValuesBelow = {
  lackingTownships: INDICATORS.filter((definition) => definition.gap.listLacking).map((definition) => definition.id),
  perCounty: INDICATORS.filter((definition) => definition.perCounty).map((definition) => definition.id),
};

/**
 * The computed indicator values a reader sees: a closed month reads the rollup snapshot, the month in progress (or a
 * closed month never rolled up) is computed live from the records with the same engine and summation.
 */
@Injectable()
export class KpiValuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: KpiEngine,
    private readonly values: KpiValuesRepository,
    private readonly regions: KpiRegionsRepository,
  ) {}

  /** The region when the caller may see it (else 404), with the snapshot version when asked for. */
  async region(regionCode: string, scope: AccessScope, withVersion = false): Promise<KpiRegion & { version: string | null }> {
    return orNotFound(await this.regions.inScope(regionCode, scope, withVersion, this.dataSource.manager), 'Region', regionCode);
  }

  children(regionCode: string): Promise<KpiRegion[]> {
    return this.regions.children(regionCode, this.dataSource.manager);
  }

  /**
   * The month's values of the region, and of the regions below it for `below` indicators ('gaps': only what the
   * gaps name): the snapshot of a closed month, else computed live.
   */
  async ofMonth(month: string, regionCode: string, scope: AccessScope, below: readonly string[] | 'gaps'): Promise<MonthValues> {
    requireMonth(month);
    requireMonthSoFar(month);
    if (month < currentMonth()) {
      // For the gaps, only the townships that lack and the county-level rows of per-county indicators: a province's
      // dashboard reads a few hundred rows, not its whole tree.
      const rows = await this.values.ofMonth(month, regionCode, below === 'gaps' ? GAP_REGIONS : { indicators: below }, scope, this.dataSource.manager);
      if (rows.some((row) => row.regionCode === regionCode)) {
        return { source: 'snapshot', values: new Map(rows.map((row) => [valueKey(row.regionCode, row.indicator), row])) };
      }
    }
    return this.live(month, regionCode);
  }

  /** The source rows a gap names (`gap.listRows`), in the state of the month's day, computed from the records. */
  gapRows(definition: IndicatorDefinition, regionCode: string, month: string): Promise<{ code: string; units: number }[]> {
    return this.engine.gapRows(definition, monthPeriod(month, today()), regionCode, this.dataSource.manager);
  }

  private async live(month: string, regionCode: string): Promise<MonthValues> {
    const period = monthPeriod(month, today());
    const manager = this.dataSource.manager;
    const parts = await this.engine.townshipParts(period, regionCode, manager);
    const tree = await this.engine.regionTree(regionCode, manager);
    const population = await this.engine.populations(tree, Number(month.slice(0, 4)), manager);
    const rolled = rollUp(parts, { indicators: INDICATORS, regions: tree, population, days: period.days });
    return {
      source: 'live',
      values: new Map(rolled.map((row) => [valueKey(row.regionCode, row.indicator), { ...row, revision: null, computedAt: new Date() }])),
    };
  }

  /**
   * The values of `regions` (the region and maybe its children) for the months: a closed month the region has a
   * snapshot of reads it, every other month is computed live, all in one pass (KpiEngine.townshipPartsByMonth), so
   * a series costs one statement per source, not one computation per month.
   */
  async ofMonths(
    definitions: readonly IndicatorDefinition[],
    regionCode: string,
    regions: string[],
    months: string[],
    scope: AccessScope,
  ): Promise<MonthlyValues> {
    const manager = this.dataSource.manager;
    const stored = await this.values.ofMonths(
      { regions, indicators: definitions.map((definition) => definition.id), from: months[0], to: months.at(-1)!, current: currentMonth() },
      scope,
      manager,
    );
    const values = new Map<string, RegionValue>();
    const sources = new Map<string, ValuesSource>();
    for (const { month, ...value } of stored) {
      values.set(monthlyKey(month, value.regionCode, value.indicator), value);
      if (value.regionCode === regionCode) sources.set(month, 'snapshot');
    }
    const live = months.filter((month) => !sources.has(month));
    if (!live.length) return { values, sources };
    // A month is read whole from one source: the snapshot rows of a month the region lacks are not mixed in.
    for (const month of live) for (const code of regions) for (const definition of definitions) values.delete(monthlyKey(month, code, definition.id));
    const periods = live.map((month) => monthPeriod(month, today()));
    const parts = await this.engine.townshipPartsByMonth(periods, regionCode, manager, definitions);
    const tree = await this.engine.regionTree(regionCode, manager);
    const populations = new Map<number, Awaited<ReturnType<KpiEngine['populations']>>>();
    for (const year of new Set(live.map((month) => Number(month.slice(0, 4))))) {
      populations.set(year, await this.engine.populations(tree, year, manager));
    }
    const wanted = new Set(regions);
    for (const period of periods) {
      const rolled = rollUp(parts.get(period.month)!, {
        indicators: definitions,
        regions: tree,
        population: populations.get(Number(period.month.slice(0, 4)))!,
        days: period.days,
      });
      for (const row of rolled) {
        if (wanted.has(row.regionCode)) values.set(monthlyKey(period.month, row.regionCode, row.indicator), { ...row, revision: null, computedAt: null });
      }
      sources.set(period.month, 'live');
    }
    return { values, sources };
  }

  /** A region's current values of a month as stored, by indicator (the computed December of a trajectory's start). */
  async stored(regionCode: string, month: string): Promise<Map<string, RegionValue>> {
    const rows = await this.values.ofRegion(regionCode, month, this.dataSource.manager);
    return new Map(rows.map((row) => [row.indicator, row]));
  }

  /**
   * The stored totals of the cumulative indicators (those started by `month`) over the months since their start and
   * before `month`, in one read: a cumulative indicator's value in `month` is its total plus the month's own numerator.
   */
  async cumulativeBefore(definitions: readonly IndicatorDefinition[], regionCode: string, month: string, scope: AccessScope): Promise<Map<string, number>> {
    const starts = definitions.filter((definition) => definition.cumulativeFrom && month >= definition.cumulativeFrom).map((definition) => ({ indicator: definition.id, from: definition.cumulativeFrom! }));
    return starts.length ? this.values.numeratorSums(regionCode, starts, month, scope, this.dataSource.manager) : new Map();
  }

  /** The stored monthly numerators of the cumulative indicators, from their start up to `to`. */
  async cumulativeStored(
    definitions: readonly IndicatorDefinition[],
    regionCode: string,
    to: string,
    scope: AccessScope,
  ): Promise<Map<string, { month: string; numerator: number }[]>> {
    const found = new Map<string, { month: string; numerator: number }[]>();
    for (const definition of definitions.filter((candidate) => candidate.cumulativeFrom)) {
      found.set(definition.id, await this.values.numerators(regionCode, definition.id, definition.cumulativeFrom!, to, scope, this.dataSource.manager));
    }
    return found;
  }
}
