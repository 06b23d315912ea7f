import { Injectable } from '@nestjs/common';
import { firstDayOf } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { IndicatorParts } from './domain/roll-up';

/** A county's township parts summed, as they enter rollUp: denominators null where no township had one. */
const COUNTY_OF = `rpad(left(t.region_code, 6), 12, '0')`;

/**
 * kpi_county_part: per rolled-up month, each county's raw sums of its townships' parts (exactly what rollUp adds up
 * the tree, before population denominators), so a re-roll of a few counties reads the others instead of computing them.
 */
@Injectable()
export class KpiCountyPartsRepository {
  /** Replaces the month's parts of `counties` with the sums of their township rows (one set-based statement each way). */
  async replace(month: string, counties: readonly string[], townshipRows: readonly IndicatorParts[], manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM kpi_county_part WHERE month = $1::date AND county_code = ANY($2::varchar[])`, [firstDayOf(month), counties]);
    await manager.query(
      `INSERT INTO kpi_county_part (month, county_code, indicator, numerator, denominator)
       SELECT $1::date, ${COUNTY_OF}, t.indicator, sum(t.numerator), sum(t.denominator)
         FROM unnest($2::varchar[], $3::text[], $4::numeric[], $5::numeric[]) AS t(region_code, indicator, numerator, denominator)
        WHERE ${COUNTY_OF} = ANY($6::varchar[])
        GROUP BY 2, 3`,
      [
        firstDayOf(month),
        townshipRows.map((row) => row.regionCode),
        townshipRows.map((row) => row.indicator),
        townshipRows.map((row) => row.numerator),
        townshipRows.map((row) => row.denominator),
        counties,
      ],
    );
  }

  /**
   * The month's stored parts of every county of the provinces except `except`, as one row per county and indicator
   * (regionCode = the county), and the counties that have them.
   */
  async ofProvinces(
    month: string,
    provinces: readonly string[],
    except: readonly string[],
    manager: EntityManager,
  ): Promise<{ parts: IndicatorParts[]; counties: Set<string> }> {
    const rows: { county_code: string; indicator: string; numerator: string; denominator: string | null }[] = await manager.query(
      `SELECT county_code, indicator, numerator, denominator FROM kpi_county_part
        WHERE month = $1::date AND left(county_code, 2) = ANY($2::text[]) AND county_code <> ALL($3::varchar[])`,
      [firstDayOf(month), provinces.map((code) => code.slice(0, 2)), except],
    );
    return {
      parts: rows.map((row) => ({
        regionCode: row.county_code,
        indicator: row.indicator,
        numerator: Number(row.numerator),
        denominator: row.denominator === null ? null : Number(row.denominator),
      })),
      counties: new Set(rows.map((row) => row.county_code)),
    };
  }
}
