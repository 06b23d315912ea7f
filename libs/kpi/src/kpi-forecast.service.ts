import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import { monthsBetween, previousMonth, shiftMonth, type RegionLevel } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { pickTarget, type RegionValue, type Target } from './domain/attainment';
import { cumulativeValue, forecastIndicator, type Forecast, type HistoryPoint } from './domain/forecast';
import type { IndicatorDefinition } from './domain/indicators';
import { valueOf } from './domain/roll-up';
import { mapForecast, type ForecastDto, type ForecastHistoryPointDto } from './dto/forecast.dto';
import { currentMonth, requireIndicator, requireMonth, requireMonthSoFar } from './kpi-input';
import type { KpiRegion } from './kpi-regions.repository';
import { KpiTargetsService } from './kpi-targets.service';
import { KpiValuesRepository } from './kpi-values.repository';
import { KpiValuesService, monthlyKey, valueKey, type MonthValues } from './kpi-values.service';

/** A forecast reads at most ten years of months. */
const MAX_HISTORY = 120;
/** …and at least the two years up to its month, computed live where they were never rolled up. */
const MIN_WINDOW = 24;

/** Per-county indicators above the county level are judged on their smallest county: that is the series forecast. */
const readsSmallestCounty = (definition: IndicatorDefinition, level: RegionLevel) => !!definition.perCounty && (level === 'province' || level === 'city');

export const SMALLEST_COUNTY_NOTE = 'Per-county indicator: the series forecast is the smallest county’s value each month (按最低区县的数值预测)';

/**
 * 达标预测: an indicator's monthly history of a region, projected from its parts to the target's year
 * (domain/forecast.ts). History runs from the indicator's earliest rolled-up month of the region (at least the
 * MIN_WINDOW months to the month, at most MAX_HISTORY; a cumulative indicator's from its start), read as series are:
 * snapshots for rolled-up months, live otherwise, all in one pass.
 */
@Injectable()
export class KpiForecastService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly values: KpiValuesService,
    private readonly targets: KpiTargetsService,
    private readonly stored: KpiValuesRepository,
  ) {}

  async forecast(indicatorId: string, regionCode: string, month: string | undefined, scope: AccessScope): Promise<ForecastDto> {
    const definition = requireIndicator(indicatorId);
    const last = month ?? previousMonth(currentMonth());
    requireMonth(last);
    requireMonthSoFar(last);
    const region = await this.values.region(regionCode, scope);
    const months = await this.historyMonths([definition], region.code, last, scope);
    const data = await this.values.ofMonths([definition], region.code, [region.code], months, scope);
    const history = historyOf(definition, region, months, data.values);
    const target = pickTarget(
      (await this.targets.ofRegion(region.code)).filter((row) => row.indicator === definition.id),
      last,
    );
    const forecast = forecastIndicator(definition, history, target);
    return mapForecast(
      forecast,
      {
        indicator: definition.id,
        regionCode: region.code,
        regionName: region.name,
        month: last,
        ...(readsSmallestCounty(definition, region.level) ? { note: SMALLEST_COUNTY_NOTE } : {}),
      },
      historyPoints(definition, history),
    );
  }

  /**
   * The forecasts of a region's indicators that have a target, as GET /kpi shows them. GET /kpi is the dashboard's
   * hot path: the months before `month` are its rolled-up months only (one read of the snapshots for all of them,
   * nothing computed live; the scheduler rolls up every closed month), `month` itself the values the caller has
   * already read. A region never rolled up has too little history here; GET /kpi/:indicator/forecast computes the
   * months not rolled up live.
   */
  async ofRegion(
    definitions: readonly { definition: IndicatorDefinition; target: Target }[],
    region: KpiRegion,
    month: string,
    current: MonthValues,
    scope: AccessScope,
  ): Promise<Map<string, Forecast>> {
    const found = new Map<string, Forecast>();
    if (!definitions.length) return found;
    const all = definitions.map((entry) => entry.definition);
    const months = await this.historyMonths(all, region.code, month, scope, true);
    const before = months.slice(0, -1);
    const values = new Map<string, RegionValue>();
    if (before.length) {
      const rows = await this.stored.ofMonths(
        { regions: [region.code], indicators: all.map((definition) => definition.id), from: before[0], to: before.at(-1)!, current: currentMonth() },
        scope,
        this.dataSource.manager,
      );
      for (const { month: stored, ...row } of rows) values.set(monthlyKey(stored, row.regionCode, row.indicator), row);
    }
    const data = { values };
    for (const definition of all) {
      const own = current.values.get(valueKey(region.code, definition.id));
      if (own) data.values.set(monthlyKey(month, region.code, definition.id), own);
    }
    for (const { definition, target } of definitions) {
      found.set(definition.id, forecastIndicator(definition, historyOf(definition, region, months, data.values), target));
    }
    return found;
  }

  /**
   * From the earliest rolled-up month (at least MIN_WINDOW months, a cumulative indicator's start; `storedOnly`: the
   * earliest rolled-up month alone) to `last`, at most MAX_HISTORY.
   */
  private async historyMonths(definitions: readonly IndicatorDefinition[], regionCode: string, last: string, scope: AccessScope, storedOnly = false): Promise<string[]> {
    const earliest = await this.stored.earliestMonth(
      regionCode,
      definitions.map((definition) => definition.id),
      scope,
      this.dataSource.manager,
    );
    if (storedOnly && !(earliest && earliest < last)) return [last];
    const starts = storedOnly ? [earliest!] : [shiftMonth(last, 1 - MIN_WINDOW), ...(earliest ? [earliest] : [])];
    if (!storedOnly) for (const definition of definitions) if (definition.cumulativeFrom) starts.push(definition.cumulativeFrom);
    const oldest = shiftMonth(last, 1 - MAX_HISTORY);
    let from = starts.sort()[0];
    if (from < oldest) from = oldest;
    return monthsBetween(from, last);
  }
}

/** A region's parts of an indicator over the months (a per-county indicator above the county level: its smallest county). */
function historyOf(definition: IndicatorDefinition, region: { code: string; level: RegionLevel }, months: string[], values: ReadonlyMap<string, RegionValue>): HistoryPoint[] {
  const smallest = readsSmallestCounty(definition, region.level);
  return months.map((month) => {
    const parts = values.get(monthlyKey(month, region.code, definition.id));
    if (!parts) return { month, numerator: null, denominator: null };
    if (smallest && parts.countyMin !== null) return { month, numerator: parts.countyMin, denominator: null };
    return { month, numerator: parts.numerator, denominator: parts.denominator };
  });
}

/** History as the response shows it: the value judged (cumulative indicators: added up since their start). */
function historyPoints(definition: IndicatorDefinition, history: HistoryPoint[]): ForecastHistoryPointDto[] {
  return history.map((point, index) => {
    let value: number | null;
    if (definition.cumulativeFrom) {
      value = point.month >= definition.cumulativeFrom && point.numerator !== null ? cumulativeValue(definition, history.slice(0, index + 1)) : null;
    } else {
      value = valueOf(definition, point.numerator, point.denominator);
    }
    return { month: point.month, numerator: point.numerator, denominator: point.denominator, value };
  });
}
