import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { InvalidInputError, monthsBetween, type RegionLevel } from '@yiyang/core';
import { judgeMonth, shownValue, type PlanTarget } from './domain/attainment';
import { INDICATORS, type IndicatorDefinition } from './domain/indicators';
import { mapSeriesItem, type KpiMatrixDto, type KpiSeriesSetDto, type SeriesDto, type SeriesItemDto } from './dto/series.dto';
import { requireIndicator, requireMonth, requireMonthSoFar } from './kpi-input';
import { KpiTargetsService } from './kpi-targets.service';
import { KpiValuesService, monthlyKey, type MonthlyValues } from './kpi-values.service';

/** A series asks for at most ten years of months. */
const MAX_MONTHS = 120;

/**
 * Indicators over months: the series of one or all indicators of a region, and a region's children × months, each
 * month judged as GET /kpi judges it.
 */
@Injectable()
export class KpiSeriesService {
  constructor(
    private readonly values: KpiValuesService,
    private readonly targets: KpiTargetsService,
  ) {}

  async series(indicatorId: string, regionCode: string, from: string, to: string, scope: AccessScope): Promise<SeriesDto> {
    const definition = requireIndicator(indicatorId);
    const region = await this.values.region(regionCode, scope);
    const months = checkedMonths(from, to);
    const data = await this.values.ofMonths([definition], regionCode, [regionCode], months, scope);
    const judge = await this.judge([definition], region, months, data, scope);
    return { indicator: definition.id, regionCode, regionName: region.name, items: months.map((month) => judge(definition, region, month)) };
  }

  async allSeries(regionCode: string, from: string, to: string, scope: AccessScope): Promise<KpiSeriesSetDto> {
    const region = await this.values.region(regionCode, scope);
    const months = checkedMonths(from, to);
    const data = await this.values.ofMonths(INDICATORS, regionCode, [regionCode], months, scope);
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
    const definition = requireIndicator(indicatorId);
    const region = await this.values.region(regionCode, scope);
    const months = checkedMonths(from, to);
    const children = await this.values.children(regionCode);
    const data = await this.values.ofMonths([definition], regionCode, [regionCode, ...children.map((child) => child.code)], months, scope);
    // A child the plan sets no target of its own for is judged against the region's: the matrix is for seeing
    // which parts of the region hold its target back, and when (its own baseline still starts its trajectory).
    const regionTargets = (await this.targets.ofRegion(regionCode)).filter((row) => row.indicator === definition.id);
    const withOwn = await this.targets.regionsWithOwn(
      definition.id,
      children.map((child) => child.code),
    );
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
    targetsInstead?: PlanTarget[],
  ): Promise<(definition: IndicatorDefinition, region: { code: string; level: RegionLevel }, month: string) => SeriesItemDto> {
    const targets = targetsInstead ?? (await this.targets.ofRegion(region.code));
    const baselines = await this.targets.baselines(region.code);
    const storedBefore = await this.values.cumulativeStored(definitions, region.code, months.at(-1)!, scope);
    return (definition, { code, level }, month) => {
      const parts = data.values.get(monthlyKey(month, code, definition.id));
      const value = parts ? shownValue(definition, parts, level) : null;
      let judged = value;
      if (definition.cumulativeFrom) {
        judged =
          parts && month >= definition.cumulativeFrom
            ? (storedBefore.get(definition.id) ?? []).filter((row) => row.month < month).reduce((sum, row) => sum + row.numerator, 0) + parts.numerator
            : null;
      }
      const { status } = judgeMonth(definition, judged, targets, baselines, month);
      return mapSeriesItem(month, parts, value, status, data.sources.get(month)!);
    };
  }
}

/** The months from `from` to `to`: both YYYY-MM, in order, up to the current month, at most MAX_MONTHS. */
function checkedMonths(from: string, to: string): string[] {
  requireMonth(from, 'from');
  requireMonth(to, 'to');
  if (from > to) throw InvalidInputError.of([{ field: 'from', message: 'from must not be after to' }]);
  requireMonthSoFar(to, 'to');
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS) throw InvalidInputError.of([{ field: 'from', message: `at most ${MAX_MONTHS} months at a time` }]);
  return months;
}
