import { Injectable } from '@nestjs/common';
import type { AccessScope, ScopeColumns } from '@yiyang/auth';
import { type Page, regionSubtreePrefix, selectPage, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { ConsortiumRow } from './dto/medical-view.dto';
import { ConsortiumMember, KangyangConsortium } from './kangyang-consortium.entity';

/** Officials of the region it is registered in see a consortium, and operators of its member facilities. */
const CONSORTIUM_SCOPE: ScopeColumns = {
  regionCode: 'c.region_code',
  facilityIdIn: `SELECT cm.facility_id FROM consortium_member cm WHERE cm.consortium_id = c.id AND cm.facility_id IS NOT NULL`,
};

const CONSORTIUM_ROW = `
  SELECT c.id, c.name, c.region_code, r.name AS region_name, c.established_on, c.dissolved_on, c.meets_five_standards,
         coalesce((SELECT json_agg(json_build_object('facility_id', cm.facility_id, 'medical_institution_id', cm.medical_institution_id,
                                                     'name', coalesce(f.name, m.name)) ORDER BY coalesce(f.name, m.name), cm.id)
                     FROM consortium_member cm
                     LEFT JOIN facility f ON f.id = cm.facility_id
                     LEFT JOIN medical_institution m ON m.id = cm.medical_institution_id
                    WHERE cm.consortium_id = c.id), '[]'::json) AS members
    FROM kangyang_consortium c
    LEFT JOIN region r ON r.code = c.region_code`;

export type NewConsortium = Pick<KangyangConsortium, 'name' | 'regionCode' | 'establishedOn' | 'meetsFiveStandards'>;
export interface ConsortiumMembers {
  facilityIds: string[];
  medicalInstitutionIds: string[];
}

/** Health-and-care consortia (康养联合体) and their members. */
@Injectable()
export class ConsortiaRepository {
  async findInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<ConsortiumRow | null> {
    const params: unknown[] = [id];
    const rows = await manager.query(`${CONSORTIUM_ROW} WHERE c.id = $1 AND ${scope.sql(CONSORTIUM_SCOPE, params)}`, params);
    return rows[0] ?? null;
  }

  list(filter: { regionCode?: string }, scope: AccessScope, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<ConsortiumRow>> {
    const where = new SqlConditions();
    where.raw(scope.sql(CONSORTIUM_SCOPE, where.params));
    if (filter.regionCode) where.add((p) => `c.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    const matching = `FROM (${CONSORTIUM_ROW} WHERE ${where.sql}) page`;
    return selectPage<ConsortiumRow>(manager, { count: matching, rows: `SELECT page.* ${matching} ORDER BY page.region_code, page.name, page.id`, params: where.params }, query);
  }

  /** The consortium, locked for update for the rest of the caller's transaction, if the caller's scope covers it. */
  lockInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<KangyangConsortium | null> {
    const condition = scope.where(CONSORTIUM_SCOPE);
    return manager
      .createQueryBuilder(KangyangConsortium, 'c')
      .setLock('for_no_key_update')
      .where('c.id = :id', { id })
      .andWhere(condition.sql, condition.params)
      .getOne();
  }

  insert(consortium: NewConsortium, manager: EntityManager): Promise<KangyangConsortium> {
    return manager.save(manager.create(KangyangConsortium, consortium));
  }

  async save(consortium: KangyangConsortium, manager: EntityManager): Promise<void> {
    await manager.save(consortium);
  }

  async members(consortiumId: string, manager: EntityManager): Promise<ConsortiumMembers> {
    const rows = await manager.find(ConsortiumMember, { where: { consortiumId }, order: { id: 'ASC' } });
    return {
      facilityIds: rows.flatMap((row) => (row.facilityId ? [row.facilityId] : [])),
      medicalInstitutionIds: rows.flatMap((row) => (row.medicalInstitutionId ? [row.medicalInstitutionId] : [])),
    };
  }

  /** Replaces the facility members, the institution members, or both (a list left undefined stays as it is). */
  async replaceMembers(consortiumId: string, members: Partial<ConsortiumMembers>, manager: EntityManager): Promise<void> {
    if (members.facilityIds) {
      await manager.query(`DELETE FROM consortium_member WHERE consortium_id = $1 AND facility_id IS NOT NULL`, [consortiumId]);
      const rows = members.facilityIds.map((facilityId) => ({ consortiumId, facilityId, medicalInstitutionId: null }));
      if (rows.length) await manager.insert(ConsortiumMember, rows);
    }
    if (members.medicalInstitutionIds) {
      await manager.query(`DELETE FROM consortium_member WHERE consortium_id = $1 AND medical_institution_id IS NOT NULL`, [consortiumId]);
      const rows = members.medicalInstitutionIds.map((medicalInstitutionId) => ({ consortiumId, facilityId: null, medicalInstitutionId }));
      if (rows.length) await manager.insert(ConsortiumMember, rows);
    }
  }
}
