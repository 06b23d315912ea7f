import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { regionSubtreePrefix } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import { INDICATORS, type IndicatorDefinition, type SourceName } from './domain/indicators';
import type { MonthPeriod } from './domain/months';
import { populationResolver } from './domain/population';
import type { IndicatorParts, PopulationBasis, RegionNode } from './domain/roll-up';
import { bindNamed, SOURCE_ROWS } from './kpi-sources.sql';

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  private async compute(
    period: MonthPeriod,
    regionCode: string | null,
    manager: EntityManager,
    indicators: readonly IndicatorDefinition[],
  ): Promise<IndicatorParts[]> {
    const prefix = slicePattern(regionCode);
    const townships: string[] = (
      await manager.query(`SELECT code FROM region WHERE level = 'township' AND code LIKE $1 AND administered_by IS NULL ORDER BY code`, [prefix])
    ).map((row: { code: string }) => row.code);
    const counted = new Set(townships);
    const found = new Map<string, IndicatorParts>();
    const bySource = new Map<SourceName, IndicatorDefinition[]>();
    for (const indicator of indicators) bySource.set(indicator.source, [...(bySource.get(indicator.source) ?? []), indicator]);
    for (const [source, members] of bySource) {
      const columns = members.flatMap((indicator, index) => [
        `${indicator.numerator} AS n${index}`,
        indicator.denominator.kind === 'sum' ? `${indicator.denominator.sql} AS d${index}` : `NULL AS d${index}`,
      ]);
      const { text, params } = bindNamed(
        `SELECT township, ${columns.join(', ')} FROM (${SOURCE_ROWS[source]}) x GROUP BY township`,
        { month: period.first, day: period.day, next: period.next, prefix, weeks: period.weeks },
      );
      const rows: Record<string, string | null>[] = await manager.query(text, params);
      for (const row of rows) {
        if (!counted.has(row.township!)) continue;
        members.forEach((indicator, index) => {
          found.set(`${row.township}|${indicator.id}`, {
            regionCode: row.township!,
            indicator: indicator.id,
            numerator: Number(row[`n${index}`] ?? 0),
            denominator: row[`d${index}`] === null ? null : Number(row[`d${index}`]),
          });
        });
      }
    }
    // Every township gets every indicator: a township with nothing to count is a zero, not a gap.
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

  /** The region and everything below it (or every region), except townships another body administers and what lies in them. */
  async regionTree(regionCode: string | null, manager: EntityManager): Promise<Map<string, RegionNode>> {
    const rows: RegionNode[] = await manager.query(
      `SELECT r.code, r.name, r.level FROM region r
        WHERE r.code LIKE $1 AND r.level <> 'village'
          AND NOT EXISTS (SELECT 1 FROM region t WHERE t.code = rpad(left(r.code, 9), 12, '0') AND t.administered_by IS NOT NULL)
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
