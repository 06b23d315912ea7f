import { Injectable } from '@nestjs/common';
import type { AccessScope, ScopeColumns } from '@yiyang/auth';
import { containsPattern, type Page, regionSubtreePrefix, selectPage, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { MedicalInstitutionKind } from './domain/medical-kinds';
import type { MedicalInstitutionRow } from './dto/medical-view.dto';
import { MedicalInstitution } from './medical-institution.entity';

/**
 * Who sees a medical institution: officials of its region, and operators of a facility in the same county (区县), the
 * institutions their facility may sign with.
 */
export const INSTITUTION_SCOPE: ScopeColumns = {
  regionCode: 'm.region_code',
  facilityIdIn: `SELECT f.id FROM facility f WHERE left(f.region_code, 6) = left(m.region_code, 6)`,
};

const INSTITUTION_ROW = `
  SELECT m.id, m.name, m.kind, m.level, m.region_code, r.name AS region_name, m.opened_on, m.closed_on
    FROM medical_institution m
    LEFT JOIN region r ON r.code = m.region_code`;

export interface MedicalInstitutionFilter {
  regionCode?: string;
  kind?: MedicalInstitutionKind;
  text?: string;
}

export type NewMedicalInstitution = Pick<MedicalInstitution, 'name' | 'kind' | 'level' | 'regionCode' | 'openedOn'>;

/** The medical-institution registry. Reads take the caller's scope into the SQL. */
@Injectable()
export class MedicalInstitutionsRepository {
  /** `keyShare` holds the row until the caller's transaction ends, so it is not closed or moved under a write relying on it. */
  async findInScope(id: string, scope: AccessScope, manager: EntityManager, lock?: 'keyShare'): Promise<MedicalInstitutionRow | null> {
    const params: unknown[] = [id];
    const rows = await manager.query(`${INSTITUTION_ROW} WHERE m.id = $1 AND ${scope.sql(INSTITUTION_SCOPE, params)}${lock ? ' FOR KEY SHARE OF m' : ''}`, params);
    return rows[0] ?? null;
  }

  list(filter: MedicalInstitutionFilter, scope: AccessScope, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<MedicalInstitutionRow>> {
    const where = new SqlConditions();
    where.raw(scope.sql(INSTITUTION_SCOPE, where.params));
    if (filter.regionCode) where.add((p) => `m.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.kind) where.add((p) => `m.kind = ${p}`, filter.kind);
    if (filter.text) where.add((p) => `m.name LIKE ${p}`, containsPattern(filter.text));
    const matching = `FROM (${INSTITUTION_ROW} WHERE ${where.sql}) page`;
    return selectPage<MedicalInstitutionRow>(manager, { count: matching, rows: `SELECT page.* ${matching} ORDER BY page.region_code, page.name, page.id`, params: where.params }, query);
  }

  /** The institution, `FOR NO KEY UPDATE` for the rest of the caller's transaction, if the caller's scope covers it. */
  lockInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<MedicalInstitution | null> {
    const condition = scope.where(INSTITUTION_SCOPE);
    return manager
      .createQueryBuilder(MedicalInstitution, 'm')
      .setLock('for_no_key_update')
      .where('m.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .getOne();
  }

  /** The ids of the institutions among `names` already registered in a region, for an import to skip them. */
  async existing(pairs: { name: string; regionCode: string }[], manager: EntityManager): Promise<Set<string>> {
    if (!pairs.length) return new Set();
    const rows: { key: string }[] = await manager.query(
      `SELECT m.name || '|' || m.region_code AS key FROM medical_institution m
         JOIN unnest($1::text[], $2::text[]) AS wanted(name, region_code) ON wanted.name = m.name AND wanted.region_code = m.region_code`,
      [pairs.map((pair) => pair.name), pairs.map((pair) => pair.regionCode)],
    );
    return new Set(rows.map((row) => row.key));
  }

  insert(institution: NewMedicalInstitution, manager: EntityManager): Promise<MedicalInstitution> {
    return manager.save(manager.create(MedicalInstitution, institution));
  }

  async save(institution: MedicalInstitution, manager: EntityManager): Promise<void> {
    await manager.save(institution);
  }
}
