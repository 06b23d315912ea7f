import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import { InvalidInputError, today, type RegionLevel } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { attainmentStatus, pickTarget, type AttainmentStatus } from './domain/attainment';
import { INDICATORS, type IndicatorDefinition } from './domain/indicators';
import { MONTH_PATTERN, monthPeriod, monthsBetween } from './domain/months';
import { rollUp } from './domain/roll-up';
import type { KpiMatrixDto, KpiSeriesSetDto, SeriesDto, SeriesItemDto } from './dto/kpi.dto';
import { KpiEngine } from './kpi-engine';
import { KpiService, toRegionValue, type Baselines, type RegionValue, type TargetRow } from './kpi.service';

/** A series asks for at most ten years of months. */
const MAX_MONTHS = 120;

type Source = 'snapshot' | 'live';

/** Values by `month|region|indicator`, and where each month came from. */
interface MonthlyValues {
  values: Map<string, RegionValue>;
  sources: Map<string, Source>;
}

const key = (month: string, regionCode: string, indicator: string) => `${month}|${regionCode}|${indicator}`;

/**
 * Indicators over months: the series of one or all indicators of a region, and a region's children × months. Months
 * with a snapshot read it; the others (the current month, closed months never rolled up) are computed live in one
 * pass over all of them (KpiEngine.townshipPartsByMonth), so a series costs one statement per source, not one
 * computation per month.
 */
@Injectable()
export class KpiSeriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: KpiEngine,
    private readonly kpi: KpiService,
  ) {}

  async series(indicatorId: string, regionCode: string, from: string, to: string, scope: AccessScope): Promise<SeriesDto> {
    const definition = this.kpi.indicator(indicatorId);
    const region = await this.kpi.region(regionCode, scope);
    const months = checkedMonths(from, to);
    const data = await this.monthly([definition], regionCode, [regionCode], months, scope);
    const judge = await this.judge([definition], region, months, data, scope);
    return { indicator: definition.id, regionCode, regionName: region.name, items: months.map((month) => judge(definition, region, month)) };
  }

  async allSeries(regionCode: string, from: string, to: string, scope: AccessScope): Promise<KpiSeriesSetDto> {
    const region = await this.kpi.region(regionCode, scope);
    const months = checkedMonths(from, to);
    const data = await this.monthly(INDICATORS, regionCode, [regionCode], months, scope);
    const judge = await this.judge(INDICATORS, region, months, data, scope);
    return {
      regionCode,
      regionName: region.name,
      level: region.level,
      from,
      to,
      indicators: INDICATORS.map((definition) => ({ indicator: definition.id, items: months.map((month) => judge(definition, region, month)) })),
    };
  }

  async matrix(indicatorId: string, regionCode: string, from: string, to: string, scope: AccessScope): Promise<KpiMatrixDto> {
    const definition = this.kpi.indicator(indicatorId);
    const region = await this.kpi.region(regionCode, scope);
    const months = checkedMonths(from, to);
    const children = await this.kpi.children(regionCode);
    const data = await this.monthly([definition], regionCode, [regionCode, ...children.map((child) => child.code)], months, scope);
    // A child the plan sets no target of its own for is judged against the region's: the matrix is for seeing
    // which parts of the region hold its target back, and when (its own baseline still starts its trajectory).
    const regionTargets = (await this.kpi.targets(regionCode)).filter((row) => row.indicator === definition.id);
    const withOwn = await this.kpi.regionsWithTargets(definition.id, children.map((child) => child.code));
    const rows = [];
    for (const child of children) {
      const own = withOwn.has(child.code);
      const judge = await this.judge([definition], child, months, data, scope, own ? undefined : regionTargets);
      rows.push({
        regionCode: child.code,
        regionName: child.name,
        level: child.level,
        targetRegionCode: own ? child.code : regionTargets.length ? regionCode : null,
        cells: months.map((month) => judge(definition, child, month)),
      });
    }
    return { indicator: definition.id, regionCode, regionName: region.name, months, rows };
  }

  /**
   * The values of `regions` (the region and maybe its children) for the months: a closed month the region has a
   * snapshot of reads it, every other month is computed live, all in one pass.
   */
  private async monthly(
    definitions: readonly IndicatorDefinition[],
    regionCode: string,
    regions: string[],
    months: string[],
    scope: AccessScope,
  ): Promise<MonthlyValues> {
    const current = today().slice(0, 7);
    const params: unknown[] = [regions, definitions.map((definition) => definition.id), `${months[0]}-01`, `${months.at(-1)}-01`, current];
    const stored: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT to_char(v.month, 'YYYY-MM') AS month, v.region_code, v.indicator, v.numerator, v.denominator, v.county_min,
              v.population_basis, v.revision, v.computed_at
         FROM kpi_value v
        WHERE v.region_code = ANY($1::varchar[]) AND v.indicator = ANY($2::text[]) AND v.month BETWEEN $3::date AND $4::date
          AND v.month < ($5 || '-01')::date AND v.superseded_at IS NULL
          AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
      params,
    );
    const values = new Map<string, RegionValue>();
    const sources = new Map<string, Source>();
    for (const row of stored) {
      values.set(key(row.month as string, row.region_code as string, row.indicator as string), toRegionValue(row));
      if (row.region_code === regionCode) sources.set(row.month as string, 'snapshot');
    }
    const live = months.filter((month) => !sources.has(month));
    if (!live.length) return { values, sources };
    // A month is read whole from one source: the snapshot rows of a month the region lacks are not mixed in.
    for (const month of live) for (const code of regions) for (const definition of definitions) values.delete(key(month, code, definition.id));
    const periods = live.map((month) => monthPeriod(month, today()));
    const parts = await this.engine.townshipPartsByMonth(periods, regionCode, this.dataSource.manager, definitions);
    const tree = await this.engine.regionTree(regionCode, this.dataSource.manager);
    const populations = new Map<number, Awaited<ReturnType<KpiEngine['populations']>>>();
    for (const year of new Set(live.map((month) => Number(month.slice(0, 4))))) {
      populations.set(year, await this.engine.populations(tree, year, this.dataSource.manager));
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
        if (wanted.has(row.regionCode)) values.set(key(period.month, row.regionCode, row.indicator), { ...row, revision: null, computedAt: null });
      }
      sources.set(period.month, 'live');
    }
    return { values, sources };
  }

  /**
   * Judges a region's months against its targets as GET /kpi does for one month: cumulative indicators count the
   * stored months since their start plus the month itself.
   */
  private async judge(
    definitions: readonly IndicatorDefinition[],
    region: { code: string; level: RegionLevel },
    months: string[],
    data: MonthlyValues,
    scope: AccessScope,
    /** Targets to judge by instead of the region's own (a matrix's child without targets of its own). */
    targetsInstead?: TargetRow[],
  ): Promise<(definition: IndicatorDefinition, region: { code: string; level: RegionLevel }, month: string) => SeriesItemDto> {
    const targets: TargetRow[] = targetsInstead ?? (await this.kpi.targets(region.code));
    const baselines: Baselines = await this.kpi.baselines(region.code);
    const storedBefore = await this.cumulativeStored(definitions, region.code, months.at(-1)!, scope);
    return (definition, { code, level }, month) => {
      const parts = data.values.get(key(month, code, definition.id));
      const value = parts ? this.kpi.shownValue(definition, parts, level) : null;
      let judged = value;
      if (definition.cumulativeFrom) {
        judged =
          parts && month >= definition.cumulativeFrom
            ? (storedBefore.get(definition.id) ?? []).filter((row) => row.month < month).reduce((sum, row) => sum + row.numerator, 0) + parts.numerator
            : null;
      }
      const target = pickTarget(
        targets.filter((row) => row.indicator === definition.id),
        month,
      );
      const status: AttainmentStatus = attainmentStatus(definition, judged, target, target ? baselines.for(definition, target.year) : null, month);
      return {
        month,
        value,
        numerator: parts?.numerator ?? null,
        denominator: parts?.denominator ?? null,
        revision: parts?.revision ?? null,
        status,
        source: data.sources.get(month)!,
      };
    };
  }

  /** The stored monthly numerators of the cumulative indicators, from their start up to `to`. */
  private async cumulativeStored(
    definitions: readonly IndicatorDefinition[],
    regionCode: string,
    to: string,
    scope: AccessScope,
  ): Promise<Map<string, { month: string; numerator: number }[]>> {
    const found = new Map<string, { month: string; numerator: number }[]>();
    for (const definition of definitions.filter((candidate) => candidate.cumulativeFrom)) {
      const params: unknown[] = [regionCode, definition.id, `${definition.cumulativeFrom}-01`, `${to}-01`];
      const rows: { month: string; numerator: string }[] = await this.dataSource.query(
        `SELECT to_char(v.month, 'YYYY-MM') AS month, v.numerator FROM kpi_value v
          WHERE v.region_code = $1 AND v.indicator = $2 AND v.month >= $3::date AND v.month < $4::date AND v.superseded_at IS NULL
            AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
        params,
      );
      found.set(
        definition.id,
        rows.map((row) => ({ month: row.month, numerator: Number(row.numerator) })),
      );
    }
    return found;
  }
}

/** The months from `from` to `to`: both YYYY-MM, in order, up to the current month, at most MAX_MONTHS. */
function checkedMonths(from: string, to: string): string[] {
  for (const [field, month] of [
    ['from', from],
    ['to', to],
  ]) {
    if (!MONTH_PATTERN.test(month)) throw InvalidInputError.of([{ field, message: 'a month as YYYY-MM' }]);
  }
  if (from > to) throw InvalidInputError.of([{ field: 'from', message: 'from must not be after to' }]);
  if (to > today().slice(0, 7)) throw InvalidInputError.of([{ field: 'to', message: 'a month up to the current one' }]);
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS) throw InvalidInputError.of([{ field: 'from', message: `at most ${MAX_MONTHS} months at a time` }]);
  return months;
}
