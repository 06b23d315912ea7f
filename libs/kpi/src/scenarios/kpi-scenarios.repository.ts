import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { execute, regionSubtreePrefix } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { ScenarioChange } from './domain/scenario-change';

export interface ScenarioRow {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  month: string;
  changes: ScenarioChange[];
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `s.id, s.name, s.region_code AS "regionCode", r.name AS "regionName", s.month, s.changes,
                 s.created_by AS "createdBy", s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/** Saved scenarios; every read and write takes the caller's scope into the SQL, so a scenario outside it is simply not there. */
@Injectable()
export class KpiScenariosRepository {
  async insert(row: { name: string; regionCode: string; month: string; changes: ScenarioChange[]; createdBy: string | null }, manager: EntityManager): Promise<string> {
    const [inserted]: { id: string }[] = await manager.query(
      `INSERT INTO kpi_scenario (name, region_code, month, changes, created_by) VALUES ($1, $2, $3, $4::jsonb, $5) RETURNING id`,
      [row.name, row.regionCode, row.month, JSON.stringify(row.changes), row.createdBy],
    );
    return inserted.id;
  }

  async findInScope(id: string, scope: AccessScope, manager: EntityManager, lock = false): Promise<ScenarioRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(
      `SELECT ${COLUMNS} FROM kpi_scenario s JOIN region r ON r.code = s.region_code
        WHERE s.id = $1 AND ${scope.sql({ regionCode: 's.region_code' }, params)}${lock ? ' FOR UPDATE OF s' : ''}`,
      params,
    );
    return row ?? null;
  }

  /** Newest first; `regionCode` narrows to its subtree. */
  list(regionCode: string | undefined, scope: AccessScope, manager: EntityManager): Promise<ScenarioRow[]> {
    const params: unknown[] = [];
    const subtree = regionCode ? ` AND s.region_code LIKE $${params.push(`${regionSubtreePrefix(regionCode)}%`)}` : '';
    return manager.query(
      `SELECT ${COLUMNS} FROM kpi_scenario s JOIN region r ON r.code = s.region_code
        WHERE ${scope.sql({ regionCode: 's.region_code' }, params)}${subtree}
        ORDER BY s.updated_at DESC, s.id LIMIT 500`,
      params,
    );
  }

  async update(id: string, values: { name: string; month: string; changes: ScenarioChange[] }, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE kpi_scenario SET name = $2, month = $3, changes = $4::jsonb, updated_at = now() WHERE id = $1`, [
      id,
      values.name,
      values.month,
      JSON.stringify(values.changes),
    ]);
  }

  async delete(id: string, manager: EntityManager): Promise<number> {
    return (await execute(manager, `DELETE FROM kpi_scenario WHERE id = $1`, [id])).affected;
  }
}
