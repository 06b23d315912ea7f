import { Injectable } from '@nestjs/common';
import { firstDayOf, regionSubtreePrefix } from '@yiyang/core';
import type { EntityManager } from 'typeorm';

/** A county marked stale: its records changed from `sinceMonth` on; `marks` tells a later mark from this one. */
export interface StaleMark {
  countyCode: string;
  sinceMonth: string;
  marks: number;
}

/** kpi_stale: the counties whose rolled-up months changed (the source tables' triggers mark them). */
@Injectable()
export class KpiStaleRepository {
  /** The marks of the region's counties (null: every county). */
  marked(regionCode: string | null, manager: EntityManager): Promise<StaleMark[]> {
    return manager.query(
      `SELECT county_code AS "countyCode", to_char(since_month, 'YYYY-MM') AS "sinceMonth", marks FROM kpi_stale
        WHERE county_code LIKE $1 ORDER BY county_code`,
      [regionCode ? `${regionSubtreePrefix(regionCode)}%` : '%'],
    );
  }

  /** Of `counties`, those a correction of `month` is pending for (marked since that month or before). */
  async pendingFor(counties: readonly string[], month: string, manager: EntityManager): Promise<string[]> {
    if (!counties.length) return [];
    const rows: { countyCode: string }[] = await manager.query(
      `SELECT county_code AS "countyCode" FROM kpi_stale WHERE county_code = ANY($1::varchar[]) AND since_month <= $2::date ORDER BY 1`,
      [counties, firstDayOf(month)],
    );
    return rows.map((row) => row.countyCode);
  }

  /** Each marked county's months since its mark that have a snapshot of it, before `current`. */
  countyMonths(marks: readonly StaleMark[], current: string, manager: EntityManager): Promise<{ countyCode: string; month: string }[]> {
    return manager.query(
      `SELECT m.county_code AS "countyCode", to_char(v.month, 'YYYY-MM') AS month
         FROM unnest($1::varchar[], $2::date[]) AS m(county_code, since_month)
         JOIN LATERAL (SELECT DISTINCT k.month FROM kpi_value k
                        WHERE k.region_code = m.county_code AND k.month >= m.since_month AND k.month < $3::date AND k.superseded_at IS NULL) v ON true
        ORDER BY 2, 1`,
      [marks.map((mark) => mark.countyCode), marks.map((mark) => firstDayOf(mark.sinceMonth)), firstDayOf(current)],
    );
  }

  /** Clears the marks handled, unless marked again since they were read. */
  async clear(marks: readonly StaleMark[], manager: EntityManager): Promise<void> {
    await manager.query(
      `DELETE FROM kpi_stale s USING unnest($1::varchar[], $2::int[]) AS m(county_code, marks)
        WHERE s.county_code = m.county_code AND s.marks = m.marks`,
      [marks.map((mark) => mark.countyCode), marks.map((mark) => mark.marks)],
    );
  }
}
