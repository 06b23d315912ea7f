import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { firstDayOf, regionSubtreePrefix } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { RegionValue } from './domain/attainment';
import type { PopulationBasis, RolledParts } from './domain/roll-up';

/** Which values below a region a month's read takes besides the region's own. */
export type ValuesBelow =
  | { indicators: readonly string[] }
  /** Only what a gap names: the townships lacking (numerator below denominator), the county-level rows of per-county indicators. */
  | { lackingTownships: readonly string[]; perCounty: readonly string[] };

const COLUMNS = `v.region_code, v.indicator, v.numerator, v.denominator, v.county_min, v.population_basis, v.revision, v.computed_at`;

/**
 * The month's snapshot (kpi_value): one current row per region, indicator and month, and the revisions it
 * superseded. Reads see only current rows.
 */
@Injectable()
export class KpiValuesRepository {
  /** The month's current values of the region, and of the regions below it that `below` asks for (two index lookups). */
  async ofMonth(month: string, regionCode: string, below: ValuesBelow, scope: AccessScope, manager: EntityManager): Promise<RegionValue[]> {
    const gaps = 'lackingTownships' in below;
    const wanted = gaps
      ? `((v.indicator = ANY($4::text[]) AND v.numerator < coalesce(v.denominator, 0)) OR (v.indicator = ANY($5::text[]) AND v.region_code ~ '^[0-9]{6}0{6}$'))`
      : `v.indicator = ANY($4::text[])`;
    const params: unknown[] = [firstDayOf(month), regionCode, `${regionSubtreePrefix(regionCode)}%`, ...(gaps ? [below.lackingTownships, below.perCounty] : [below.indicators])];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT ${COLUMNS} FROM kpi_value v WHERE v.month = $1::date AND v.region_code = $2 AND v.superseded_at IS NULL
          AND ${scope.sql({ regionCode: 'v.region_code' }, params)}
       UNION ALL
       SELECT ${COLUMNS} FROM kpi_value v
        WHERE v.month = $1::date AND ${wanted} AND v.region_code LIKE $3 AND v.region_code <> $2 AND v.superseded_at IS NULL
          AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
      params,
    );
    return rows.map(toRegionValue);
  }

  /** A region's current values of one month, every indicator (no scope: the caller has checked the region). */
  async ofRegion(regionCode: string, month: string, manager: EntityManager): Promise<RegionValue[]> {
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT region_code, indicator, numerator, denominator, county_min, population_basis, revision, computed_at FROM kpi_value
        WHERE region_code = $1 AND month = $2::date AND superseded_at IS NULL`,
      [regionCode, firstDayOf(month)],
    );
    return rows.map(toRegionValue);
  }

  /** The current values of `regions` for the indicators, months `from` to `to`, of the months before `current` only. */
  async ofMonths(
    filter: { regions: string[]; indicators: string[]; from: string; to: string; current: string },
    scope: AccessScope,
    manager: EntityManager,
  ): Promise<(RegionValue & { month: string })[]> {
    const params: unknown[] = [filter.regions, filter.indicators, firstDayOf(filter.from), firstDayOf(filter.to), filter.current];
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT to_char(v.month, 'YYYY-MM') AS month, v.region_code, v.indicator, v.numerator, v.denominator, v.county_min,
              v.population_basis, v.revision, v.computed_at
         FROM kpi_value v
        WHERE v.region_code = ANY($1::varchar[]) AND v.indicator = ANY($2::text[]) AND v.month BETWEEN $3::date AND $4::date
          AND v.month < ($5 || '-01')::date AND v.superseded_at IS NULL
          AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
      params,
    );
    return rows.map((row) => ({ ...toRegionValue(row), month: row.month as string }));
  }

  /** The earliest month a region has a current value of any of the indicators (null: never rolled up). */
  async earliestMonth(regionCode: string, indicators: readonly string[], scope: AccessScope, manager: EntityManager): Promise<string | null> {
    const params: unknown[] = [regionCode, indicators];
    const [row] = await manager.query(
      `SELECT to_char(min(v.month), 'YYYY-MM') AS month FROM kpi_value v
        WHERE v.region_code = $1 AND v.indicator = ANY($2::text[]) AND v.superseded_at IS NULL
          AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
      params,
    );
    return (row?.month as string | null) ?? null;
  }

  /**
   * A region's stored numerators summed per indicator, each over the months [its `from`, `to`), in one read;
   * an indicator with no stored month sums to 0.
   */
  async numeratorSums(
    regionCode: string,
    starts: readonly { indicator: string; from: string }[],
    to: string,
    scope: AccessScope,
    manager: EntityManager,
  ): Promise<Map<string, number>> {
    const params: unknown[] = [regionCode, starts.map((start) => start.indicator), starts.map((start) => firstDayOf(start.from)), firstDayOf(to)];
    const rows: { indicator: string; total: number }[] = await manager.query(
      `SELECT s.indicator, coalesce(sum(v.numerator), 0)::float AS total
         FROM unnest($2::text[], $3::date[]) AS s(indicator, since)
         LEFT JOIN kpi_value v ON v.indicator = s.indicator AND v.region_code = $1 AND v.month >= s.since AND v.month < $4::date
                              AND v.superseded_at IS NULL AND ${scope.sql({ regionCode: 'v.region_code' }, params)}
        GROUP BY s.indicator`,
      params,
    );
    return new Map(rows.map((row) => [row.indicator, Number(row.total)]));
  }

  /** A region's stored numerators of an indicator per month, over the months [from, to). */
  async numerators(
    regionCode: string,
    indicator: string,
    from: string,
    to: string,
    scope: AccessScope,
    manager: EntityManager,
  ): Promise<{ month: string; numerator: number }[]> {
    const params: unknown[] = [regionCode, indicator, firstDayOf(from), firstDayOf(to)];
    const rows: { month: string; numerator: string }[] = await manager.query(
      `SELECT to_char(v.month, 'YYYY-MM') AS month, v.numerator FROM kpi_value v
        WHERE v.region_code = $1 AND v.indicator = $2 AND v.month >= $3::date AND v.month < $4::date AND v.superseded_at IS NULL
          AND ${scope.sql({ regionCode: 'v.region_code' }, params)}`,
      params,
    );
    return rows.map((row) => ({ month: row.month, numerator: Number(row.numerator) }));
  }

  /**
   * Merges a month's rolled-up values into the snapshot: the current values that changed are retired (stamped
   * superseded), then a revision is added wherever no current value is left. Returns how many were added.
   * "No current value left" is the current-value key (kpi_value_current_key) refusing the row (ON CONFLICT DO
   * NOTHING): one index probe per row whatever the planner believes of the table, where a NOT EXISTS anti-join,
   * planned against a kpi_value analysed while empty, rescanned the month's rows once per value inserted.
   */
  async merge(month: string, rows: RolledParts[], rollupId: string, manager: EntityManager): Promise<{ revised: number }> {
    const arrays = [
      rows.map((r) => r.regionCode),
      rows.map((r) => r.indicator),
      rows.map((r) => r.numerator),
      rows.map((r) => r.denominator),
      rows.map((r) => r.countyMin),
      rows.map((r) => r.populationBasis),
    ];
    const incoming = `unnest($2::varchar[], $3::text[], $4::numeric[], $5::numeric[], $6::numeric[], $7::text[])
                      AS i(region_code, indicator, numerator, denominator, county_min, population_basis)`;
    await manager.query(
      `UPDATE kpi_value v SET superseded_at = now()
         FROM ${incoming}
        WHERE v.month = $1::date AND v.region_code = i.region_code AND v.indicator = i.indicator AND v.superseded_at IS NULL
          AND (v.numerator, v.denominator, v.county_min, v.population_basis)
              IS DISTINCT FROM (i.numerator, i.denominator, i.county_min, i.population_basis)`,
      [firstDayOf(month), ...arrays],
    );
    const inserted: unknown[] = await manager.query(
      `INSERT INTO kpi_value (month, region_code, indicator, revision, numerator, denominator, county_min, population_basis, rollup_id, computed_at)
       SELECT $1::date, i.region_code, i.indicator,
              1 + coalesce((SELECT max(p.revision) FROM kpi_value p WHERE p.month = $1::date AND p.region_code = i.region_code AND p.indicator = i.indicator), 0),
              i.numerator, i.denominator, i.county_min, i.population_basis, $8, now()
         FROM ${incoming}
       ON CONFLICT (region_code, month, indicator) WHERE superseded_at IS NULL DO NOTHING
       RETURNING 1`,
      [firstDayOf(month), ...arrays, rollupId],
    );
    return { revised: inserted.length };
  }

  /** Refreshes the planner's statistics of the snapshot table after it grew by many rows. */
  async analyze(manager: EntityManager): Promise<void> {
    await manager.query(`ANALYZE kpi_value`);
  }
}

function toRegionValue(row: Record<string, unknown>): RegionValue {
  return {
    regionCode: row.region_code as string,
    indicator: row.indicator as string,
    numerator: Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    countyMin: row.county_min === null ? null : Number(row.county_min),
    populationBasis: (row.population_basis as PopulationBasis | null) ?? null,
    revision: row.revision === null || row.revision === undefined ? null : Number(row.revision),
    computedAt: (row.computed_at as Date | null) ?? null,
  };
}
