import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { containsPattern, type Page, regionSubtreePrefix, selectPage, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { HomeModification } from './home-modification.entity';

export interface HomeModificationRow {
  id: string;
  regionCode: string;
  regionName: string;
  residentId: string | null;
  applicantName: string;
  hardship: boolean;
  subsidised: boolean;
  subsidyYuan: string | null;
  appliedOn: string;
  completedOn: string | null;
}

export interface HomeModificationFilter {
  regionCode?: string;
  residentId?: string;
  hardship?: boolean;
  completed?: boolean;
  appliedFrom?: string;
  appliedTo?: string;
  q?: string;
}

/** A modification belongs to the officers of the region its household lives in. */
const MODIFICATION_SCOPE = { regionCode: 'm.region_code' };

const SELECT = `
  SELECT m.id, m.region_code AS "regionCode", g.name AS "regionName", m.resident_id AS "residentId", m.applicant_name AS "applicantName",
         m.hardship, m.subsidised, m.subsidy_yuan::text AS "subsidyYuan", m.applied_on AS "appliedOn", m.completed_on AS "completedOn"
    FROM home_modification m JOIN region g ON g.code = m.region_code`;

/** Home modifications (适老化改造): the SQL of the aggregate. Reads take the caller's region into the query. */
@Injectable()
export class ModificationsRepository {
  async insert(modification: Omit<HomeModification, 'id' | 'region' | 'resident' | 'createdAt'>, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.insert(HomeModification, modification);
    return identifiers[0].id;
  }

  async insertMany(modifications: Omit<HomeModification, 'id' | 'region' | 'resident' | 'createdAt'>[], manager: EntityManager): Promise<void> {
    if (modifications.length) await manager.insert(HomeModification, modifications);
  }

  async findInScope(id: string, scope: AccessScope, manager: EntityManager, lock?: 'update'): Promise<HomeModificationRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(`${SELECT} WHERE m.id = $1 AND ${scope.sql(MODIFICATION_SCOPE, params)}${lock ? ' FOR UPDATE OF m' : ''}`, params);
    return row ?? null;
  }

  list(filter: HomeModificationFilter, page: { page: number; limit: number }, scope: AccessScope, manager: EntityManager): Promise<Page<HomeModificationRow>> {
    const conditions = new SqlConditions();
    conditions.raw(scope.sql(MODIFICATION_SCOPE, conditions.params));
    const add = conditions.add.bind(conditions);
    if (filter.regionCode) add((p) => `m.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.residentId) add((p) => `m.resident_id = ${p}`, filter.residentId);
    if (filter.hardship !== undefined) add((p) => `m.hardship = ${p}`, filter.hardship);
    if (filter.completed !== undefined) conditions.raw(filter.completed ? 'm.completed_on IS NOT NULL' : 'm.completed_on IS NULL');
    if (filter.appliedFrom) add((p) => `m.applied_on >= ${p}::date`, filter.appliedFrom);
    if (filter.appliedTo) add((p) => `m.applied_on <= ${p}::date`, filter.appliedTo);
    if (filter.q) add((p) => `m.applicant_name ILIKE ${p}`, containsPattern(filter.q));
    return selectPage(
      manager,
      { count: `FROM home_modification m WHERE ${conditions.sql}`, rows: `${SELECT} WHERE ${conditions.sql} ORDER BY m.applied_on DESC, m.id`, params: conditions.params },
      page,
    );
  }

  async complete(id: string, on: string, manager: EntityManager): Promise<void> {
    await manager.update(HomeModification, { id }, { completedOn: on });
  }
}
