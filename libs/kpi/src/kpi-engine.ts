import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig, regionSubtreePrefix, townshipOf } from '@yiyang/core';
import { DEFAULT_CIRCLE_MINUTES } from '@yiyang/places';
import type { DataSource, EntityManager } from 'typeorm';
import { INDICATORS, type IndicatorDefinition, type SourceName } from './domain/indicators';
import type { MonthPeriod } from './domain/months';
import { populationResolver } from './domain/population';
import type { IndicatorParts, PopulationBasis, RegionNode } from './domain/roll-up';
import { bindNamed, SOURCE_ROWS, type CircleSettings } from './kpi-sources.sql';

/** The subtree pattern of a region, or of everything. */
export function slicePattern(regionCode: string | null): string {
  return regionCode ? `${regionSubtreePrefix(regionCode)}%` : '%';
}

/**
 * Computes the township parts of every indicator for a month and a slice of the region tree, one statement per
 * source: all indicators reading facilities come out of one pass over the slice's facilities, and so on.
 */
@Injectable()
export class KpiEngine {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The service circle's walking speed and detour factor (settings) and the minutes where no region sets them. */
  get circle(): CircleSettings {
    return { walkSpeed: this.config.serviceCircleWalkingSpeed, detour: this.config.serviceCircleDetourFactor, circleMinutes: DEFAULT_CIRCLE_MINUTES };
  }

  /** `manager` is the caller's transaction, or (outside one) `dataSource.manager`: the parts are then read in a transaction of their own. */
  async townshipParts(
    period: MonthPeriod,
    regionCode: string | null,
    manager: EntityManager,
    indicators: readonly IndicatorDefinition[] = INDICATORS,
  ): Promise<IndicatorParts[]> {
    // One transaction: the statements read one snapshot (and, on embedded PGlite, hold the single backend for
    // their duration — its socket server interleaves the messages of statements outside transactions).
    if (!manager.queryRunner?.isTransactionActive) {
      return this.dataSource.transaction((inner) => this.townshipParts(period, regionCode, inner, indicators));
    }
    // Short aggregate statements over one county: compiling them or starting parallel workers costs more than it
    // saves (county jobs already run side by side), and their sorts and hashes fit in memory.
    await manager.query(
      `SELECT set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true), set_config('work_mem', '64MB', true)`,
    );
    return this.compute(period, regionCode, manager, indicators);
  }

  /**
   * The township parts of every month of `periods` at once: each source's statement runs once over all the months
   * (the months are a relation joined to the effective-dated rows), not once per month. The parts are those the
   * one-month pass gives for each month (kpi-engine.int-spec.ts checks it for every indicator).
   */
  async townshipPartsByMonth(
    periods: readonly MonthPeriod[],
    regionCode: string | null,
    manager: EntityManager,
    indicators: readonly IndicatorDefinition[] = INDICATORS,
  ): Promise<Map<string, IndicatorParts[]>> {
    if (!manager.queryRunner?.isTransactionActive) {
      return this.dataSource.transaction((inner) => this.townshipPartsByMonth(periods, regionCode, inner, indicators));
    }
    await manager.query(`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
    const townships = await this.townships(regionCode, manager);
    const found = new Map<string, Map<string, IndicatorParts>>(periods.map((period) => [period.month, new Map()]));
    for (const [source, members] of bySource(indicators)) {
      // The month's values become columns of kpi_month; everything else in the statement is the one-month text.
      const { text, params } = bindNamed(
        `SELECT to_char(kpi_month.kpi_first, 'YYYY-MM') AS month, township, ${aggregateColumns(members)}
           FROM (SELECT first AS kpi_first, day AS kpi_day, next AS kpi_next, string_to_array(weeks, ',')::date[] AS kpi_weeks
                   FROM unnest(:firsts::date[], :days::date[], :nexts::date[], :weekLists::text[]) AS m(first, day, next, weeks)) kpi_month
          CROSS JOIN LATERAL (${SOURCE_ROWS[source]}) x
          GROUP BY kpi_month.kpi_first, township`,
        { prefix: slicePattern(regionCode), months: periods, circle: this.circle },
      );
      const rows: Record<string, string | null>[] = await manager.query(text, params);
      for (const row of rows) collectParts(found.get(row.month!)!, townships, members, row);
    }
    return new Map([...found].map(([month, parts]) => [month, everyTownship(townships, indicators, parts)]));
  }

  private async compute(
    period: MonthPeriod,
    regionCode: string | null,
    manager: EntityManager,
    indicators: readonly IndicatorDefinition[],
  ): Promise<IndicatorParts[]> {
    const prefix = slicePattern(regionCode);
    const townships = await this.townships(regionCode, manager);
    const found = new Map<string, IndicatorParts>();
    for (const [source, members] of bySource(indicators)) {
      const { text, params } = bindNamed(`SELECT township, ${aggregateColumns(members)} FROM (${SOURCE_ROWS[source]}) x GROUP BY township`, {
        month: period.first,
        day: period.day,
        next: period.next,
        prefix,
        weeks: period.weeks,
        circle: this.circle,
      });
      const rows: Record<string, string | null>[] = await manager.query(text, params);
      for (const row of rows) collectParts(found, townships, members, row);
    }
    return everyTownship(townships, indicators, found);
  }

  /**
   * The rows of an indicator's source its gap names (`gap.listRows`: the communities outside every circle), in the
   * month's state, heaviest first: their key and weight.
   */
  async gapRows(definition: IndicatorDefinition, period: MonthPeriod, regionCode: string, manager: EntityManager): Promise<{ code: string; units: number }[]> {
    const rule = definition.gap.listRows;
    if (!rule) return [];
    const { text, params } = bindNamed(
      `SELECT code, ${rule.units} AS units FROM (${SOURCE_ROWS[definition.source]}) x
        WHERE ${rule.where}
          AND NOT EXISTS (SELECT 1 FROM region t WHERE t.code = x.township AND t.administered_by IS NOT NULL)
        ORDER BY 2 DESC, 1`,
      { month: period.first, day: period.day, next: period.next, prefix: slicePattern(regionCode), weeks: period.weeks, circle: this.circle },
    );
    const rows: { code: string; units: string }[] = await manager.query(text, params);
    return rows.map((row) => ({ code: row.code, units: Number(row.units) }));
  }

  /** The townships counted: those of the slice that no other body administers. */
  private async townships(regionCode: string | null, manager: EntityManager): Promise<Set<string>> {
    const rows: { code: string }[] = await manager.query(
      `SELECT code FROM region WHERE level = 'township' AND code LIKE $1 AND administered_by IS NULL ORDER BY code`,
      [slicePattern(regionCode)],
    );
    return new Set(rows.map((row) => row.code));
  }

  /** The region and everything below it (or every region), except townships another body administers and what lies in them. */
  async regionTree(regionCode: string | null, manager: EntityManager): Promise<Map<string, RegionNode>> {
    const rows: RegionNode[] = await manager.query(
      `SELECT r.code, r.name, r.level FROM region r
        WHERE r.code LIKE $1 AND r.level <> 'village'
          AND NOT EXISTS (SELECT 1 FROM region t WHERE t.code = ${townshipOf('r.code')} AND t.administered_by IS NOT NULL)
        ORDER BY r.code`,
      [slicePattern(regionCode)],
    );
    return new Map(rows.map((row) => [row.code, row]));
  }

  /** County-level regions of the slice (or the slice itself when it is at or below the county level). */
  async counties(regionCode: string | null, manager: EntityManager): Promise<string[]> {
    const rows: { code: string }[] = await manager.query(
      `SELECT code FROM region WHERE level = 'county' AND code LIKE $1 ORDER BY code`,
      [slicePattern(regionCode)],
    );
    return rows.map((row) => row.code);
  }

  /**
   * Older population (60+) of each region of the tree for the month's year: the region's own latest figure up to
   * that year, else the sum of the nearest figures below it; registered (户籍) where the region resolves one, else
   * resident (常住).
   */
  async populations(tree: ReadonlyMap<string, RegionNode>, year: number, manager: EntityManager) {
    const codes = [...tree.keys()];
    const rows: { code: string; basis: PopulationBasis; people: number }[] = await manager.query(
      `SELECT DISTINCT ON (region_code, basis) region_code AS code, basis, age60_plus AS people
         FROM region_population WHERE year <= $1 AND region_code = ANY($2::varchar[])
        ORDER BY region_code, basis, year DESC`,
      [year, codes],
    );
    return populationResolver(tree, rows);
  }
}

function bySource(indicators: readonly IndicatorDefinition[]): Map<SourceName, IndicatorDefinition[]> {
  const groups = new Map<SourceName, IndicatorDefinition[]>();
  for (const indicator of indicators) groups.set(indicator.source, [...(groups.get(indicator.source) ?? []), indicator]);
  return groups;
}

/** Numerator n<i> and denominator d<i> of each indicator of one source, as aggregates over its rows. */
function aggregateColumns(members: readonly IndicatorDefinition[]): string {
  return members
    .flatMap((indicator, index) => [
      `${indicator.numerator} AS n${index}`,
      indicator.denominator.kind === 'sum' ? `${indicator.denominator.sql} AS d${index}` : `NULL AS d${index}`,
    ])
    .join(', ');
}

function collectParts(
  found: Map<string, IndicatorParts>,
  townships: ReadonlySet<string>,
  members: readonly IndicatorDefinition[],
  row: Record<string, string | null>,
): void {
  if (!townships.has(row.township!)) return;
  members.forEach((indicator, index) => {
    found.set(`${row.township}|${indicator.id}`, {
      regionCode: row.township!,
      indicator: indicator.id,
      numerator: Number(row[`n${index}`] ?? 0),
      denominator: row[`d${index}`] === null ? null : Number(row[`d${index}`]),
    });
  });
}

/** Every township gets every indicator: a township with nothing to count is a zero, not a gap. */
function everyTownship(townships: ReadonlySet<string>, indicators: readonly IndicatorDefinition[], found: ReadonlyMap<string, IndicatorParts>): IndicatorParts[] {
  const parts: IndicatorParts[] = [];
  for (const township of townships) {
    for (const indicator of indicators) {
      parts.push(
        found.get(`${township}|${indicator.id}`) ?? {
          regionCode: township,
          indicator: indicator.id,
          numerator: 0,
          denominator: indicator.denominator.kind === 'sum' ? 0 : null,
        },
      );
    }
  }
  return parts;
}
