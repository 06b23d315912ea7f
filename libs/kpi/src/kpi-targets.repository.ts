import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { TargetSetting } from './audit-events';
import type { PlanTarget } from './domain/attainment';

/** A target as the targets list shows it: whose it is and when it was set. */
export interface TargetRow extends PlanTarget {
  regionCode: string;
  setAt: Date;
}

/** A value a plan published for a past year, the start of a trajectory. */
export interface PublishedBaseline {
  indicator: string;
  year: number;
  value: number;
  sourceQuote: string | null;
}

export interface TargetInput extends TargetSetting {
  regionCode: string;
  indicator: string;
  year: number;
  sourceFile: string | null;
  sourceQuote: string | null;
  note: string | null;
}

const TARGET_COLUMNS = `t.indicator, t.year, t.comparator, t.value::float AS value, t.binding,
       t.source_file AS "sourceFile", t.source_quote AS "sourceQuote", t.note`;

/** The plans' targets (kpi_target) and published baselines (kpi_baseline). */
@Injectable()
export class KpiTargetsRepository {
  /** The targets of the regions in the caller's scope (of one region, when given), by region, indicator and year. */
  list(filter: { regionCode?: string }, scope: AccessScope, manager: EntityManager): Promise<TargetRow[]> {
    const where = new SqlConditions();
    where.raw(scope.sql({ regionCode: 't.region_code' }, where.params));
    if (filter.regionCode) where.add((p) => `t.region_code = ${p}`, filter.regionCode);
    return manager.query(
      `SELECT t.region_code AS "regionCode", ${TARGET_COLUMNS}, t.set_at AS "setAt"
         FROM kpi_target t WHERE ${where.sql} ORDER BY t.region_code, t.indicator, t.year`,
      where.params,
    );
  }

  /** A region's own targets, every indicator and year. */
  async ofRegion(regionCode: string, manager: EntityManager): Promise<PlanTarget[]> {
    const rows: PlanTarget[] = await manager.query(`SELECT ${TARGET_COLUMNS} FROM kpi_target t WHERE t.region_code = $1`, [regionCode]);
    return rows.map((row) => ({ ...row, value: Number(row.value) }));
  }

  /** Which of `regionCodes` have a target of their own for the indicator (one statement for a whole matrix). */
  async regionsWithOwn(indicator: string, regionCodes: string[], manager: EntityManager): Promise<Set<string>> {
    const rows: { region_code: string }[] = await manager.query(
      `SELECT DISTINCT region_code FROM kpi_target WHERE indicator = $1 AND region_code = ANY($2::varchar[])`,
      [indicator, regionCodes],
    );
    return new Set(rows.map((row) => row.region_code));
  }

  /** The target as it stands, for the audit entry of its replacement. */
  async setting(target: { regionCode: string; indicator: string; year: number }, manager: EntityManager): Promise<TargetSetting | null> {
    const [row] = await manager.query(`SELECT comparator, value::float AS value, binding FROM kpi_target WHERE region_code = $1 AND indicator = $2 AND year = $3`, [
      target.regionCode,
      target.indicator,
      target.year,
    ]);
    return row ?? null;
  }

  /** Sets the target of a region, indicator and year, replacing the one set before. */
  async upsert(target: TargetInput, setBy: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO kpi_target (region_code, indicator, year, comparator, value, binding, source_file, source_quote, note, set_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (region_code, indicator, year) DO UPDATE
         SET comparator = EXCLUDED.comparator, value = EXCLUDED.value, binding = EXCLUDED.binding, source_file = EXCLUDED.source_file,
             source_quote = EXCLUDED.source_quote, note = EXCLUDED.note, set_by = EXCLUDED.set_by, set_at = now()`,
      [target.regionCode, target.indicator, target.year, target.comparator, target.value, target.binding, target.sourceFile, target.sourceQuote, target.note, setBy],
    );
  }

  /** The actual values a region's plan published, newest year first per indicator. */
  publishedBaselines(regionCode: string, manager: EntityManager): Promise<PublishedBaseline[]> {
    return manager.query(
      `SELECT indicator, year, value::float AS value, source_quote AS "sourceQuote" FROM kpi_baseline
        WHERE region_code = $1 AND kind = 'actual' ORDER BY indicator, year DESC`,
      [regionCode],
    );
  }
}
