import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import type { RegionLevel } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import type { DataSource } from 'typeorm';
import { expectedValue, gapOf, judgeMonth, nameGapRegions, roundTo, shownValue, type Attainment, type PlanTarget } from './domain/attainment';
import { INDICATORS, type IndicatorDefinition } from './domain/indicators';
import { mapAttainment, type BreakdownDto, type KpiOverviewDto } from './dto/attainment.dto';
import { currentMonth, requireIndicator } from './kpi-input';
import type { KpiRegion } from './kpi-regions.repository';
import { KpiForecastService } from './kpi-forecast.service';
import { KpiTargetsService, type Baselines } from './kpi-targets.service';
import { KpiValuesService, valueKey, type MonthValues } from './kpi-values.service';

/** Attainments of closed months kept in memory, most recently used last. */
const OVERVIEW_CACHE_SIZE = 500;

/**
 * Plan attainment for a region and month: every indicator's value against its target, the status on the straight
 * line from baseline to target, and the gap as an action. A closed month's is kept in memory until what it shows
 * may change.
 */
@Injectable()
export class KpiAttainmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly values: KpiValuesService,
    private readonly targets: KpiTargetsService,
    private readonly regions: RegionsRepository,
    private readonly forecasts: KpiForecastService,
  ) {}

  private readonly overviews = new Map<string, { version: string; overview: KpiOverviewDto }>();

  private remember(key: string, entry: { version: string; overview: KpiOverviewDto }): void {
    this.overviews.delete(key);
    this.overviews.set(key, entry);
    if (this.overviews.size > OVERVIEW_CACHE_SIZE) this.overviews.delete(this.overviews.keys().next().value!);
  }

  async overview(regionCode: string, month: string, scope: AccessScope): Promise<KpiOverviewDto> {
    // A closed month's attainment changes only when a rollup completes or a target is set: until then it is served
    // from memory (the region is checked against the caller's scope in the same look-up; what it shows is the same
    // for everyone who may see the region).
    const closed = month < currentMonth();
    const { version, ...region } = await this.values.region(regionCode, scope, closed);
    const cacheKey = `${regionCode}|${month}`;
    const cached = this.overviews.get(cacheKey);
    if (version && cached?.version === version) return cached.overview;
    const overview = await this.assess(region, month, scope);
    if (version && overview.source === 'snapshot') this.remember(cacheKey, { version, overview });
    return overview;
  }

  /** Every indicator of the region in the month. `known`: the month's values when the caller has them already (the report reads every region below). */
  async assess(region: KpiRegion, month: string, scope: AccessScope, known?: MonthValues): Promise<KpiOverviewDto> {
    // The region's own values, and below it only what the gaps name (townships lacking, counties short).
    const data = known ?? (await this.values.ofMonth(month, region.code, scope, 'gaps'));
    const targets = await this.targets.ofRegion(region.code);
    const baselines = await this.targets.baselines(region.code);
    const cumulativeBefore = await this.values.cumulativeBefore(INDICATORS, region.code, month, scope);
    const attainments: Attainment[] = [];
    for (const definition of INDICATORS) {
      attainments.push(await this.attainment(definition, region, month, data, targets, baselines, cumulativeBefore));
    }
    await this.nameGapRegions(attainments);
    await this.forecast(attainments, region, month, data, scope);
    return { regionCode: region.code, regionName: region.name, level: region.level, month, source: data.source, items: attainments.map(mapAttainment) };
  }

  async breakdown(indicatorId: string, regionCode: string, month: string, scope: AccessScope): Promise<BreakdownDto> {
    const definition = requireIndicator(indicatorId);
    const region = await this.values.region(regionCode, scope);
    const data = await this.values.ofMonth(month, regionCode, scope, [definition.id]);
    const children = await this.values.children(regionCode);
    const higherIsBetter = definition.direction !== 'at_most';
    const items = children
      .map((child) => {
        const parts = data.values.get(valueKey(child.code, definition.id));
        return {
          regionCode: child.code,
          regionName: child.name,
          level: child.level,
          value: parts ? shownValue(definition, parts, child.level) : null,
          numerator: parts?.numerator ?? null,
          denominator: parts?.denominator ?? null,
        };
      })
      // Worst first: the regions that hold the number down head the list.
      .sort((a, b) => (a.value === null ? 1 : b.value === null ? -1 : higherIsBetter ? a.value - b.value : b.value - a.value))
      .map((item, index) => ({ ...item, rank: index + 1 }));
    const own = data.values.get(valueKey(regionCode, definition.id));
    return {
      indicator: definition.id,
      regionCode,
      regionName: region.name,
      month,
      source: data.source,
      value: own ? shownValue(definition, own, region.level) : null,
      items,
    };
  }

  private async attainment(
    definition: IndicatorDefinition,
    region: { code: string; level: RegionLevel },
    month: string,
    data: MonthValues,
    targets: PlanTarget[],
    baselines: Baselines,
    cumulativeBefore: ReadonlyMap<string, number>,
  ): Promise<Attainment> {
    const parts = data.values.get(valueKey(region.code, definition.id)) ?? null;
    const value = parts ? shownValue(definition, parts, region.level) : null;
    let cumulative: Attainment['cumulative'] = null;
    if (definition.cumulativeFrom && parts && month >= definition.cumulativeFrom) {
      cumulative = { from: definition.cumulativeFrom, value: (cumulativeBefore.get(definition.id) ?? 0) + parts.numerator };
    }
    // A cumulative target counts from its first month: before it there is nothing to judge.
    const judged = definition.cumulativeFrom ? (cumulative?.value ?? null) : value;
    const { target, baseline, status } = judgeMonth(definition, judged, targets, baselines, month);
    const gap =
      target && parts && (status === 'at_risk' || status === 'off_track' || status === 'on_track') ? gapOf(definition, region, parts, target, data.values) : null;
    // A gap naming its source's rows (the communities outside every circle) lists them, heaviest first.
    if (gap && definition.gap.listRows) gap.regions = (await this.values.gapRows(definition, region.code, month)).map((row) => ({ ...row, name: null }));
    const expected = target && baseline ? roundTo(expectedValue(baseline, target, month), definition.decimals) : null;
    return { definition, parts, value, cumulative, target, baseline, expected, status, gap };
  }

  /** The forecasts of the indicators with a target: their histories in one read. */
  private async forecast(attainments: Attainment[], region: KpiRegion, month: string, data: MonthValues, scope: AccessScope): Promise<void> {
    const withTargets = attainments.filter((attainment) => attainment.target).map((attainment) => ({ definition: attainment.definition, target: attainment.target! }));
    const forecasts = await this.forecasts.ofRegion(withTargets, region, month, data, scope);
    for (const attainment of attainments) attainment.forecast = forecasts.get(attainment.definition.id) ?? null;
  }

  /** Names the regions the gaps list, in one query. */
  private async nameGapRegions(attainments: Attainment[]): Promise<void> {
    const listed = attainments.flatMap((attainment) => attainment.gap?.regions ?? []);
    if (!listed.length) return;
    const regions = await this.regions.existing([...new Set(listed.map((region) => region.code))], this.dataSource.manager);
    const names = new Map([...regions.values()].map((region) => [region.code, region.name]));
    for (const { definition, gap } of attainments) if (gap) nameGapRegions(definition, gap, names);
  }
}
