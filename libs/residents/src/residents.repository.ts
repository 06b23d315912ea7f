import { Injectable } from '@nestjs/common';
import type { AccessScope, ScopeColumns } from '@yiyang/auth';
import { containsPattern, InvalidInputError, offsetOf, type Page, regionSubtreePrefix, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { ResidentCategory } from './domain/resident-enums';
import { Resident } from './resident.entity';

/** How a resident row (alias r) matches a caller's grants: where they live or are registered, who serves them, who they are. */
export const RESIDENT_SCOPE: ScopeColumns = {
  regionCode: ['r.residence_region_code', 'r.hukou_region_code'],
  facilityIdIn: 'SELECT rf.facility_id FROM resident_facility rf WHERE rf.resident_id = r.id',
  residentId: 'r.id',
};

/**
 * How a record about a person (the person joined as alias r) matches a caller's grants: officers by the person's
 * regions and the family by the person, as for the person's profile, but a facility only by the facility that made or
 * provides the record. Serving a person (a link) shows the facility their profile, not what other facilities recorded
 * about them (PIPL data minimisation, docs/security.md).
 */
export function personRecordScope(madeBy: Pick<ScopeColumns, 'facilityId' | 'facilityIdIn'>): ScopeColumns {
  return { regionCode: RESIDENT_SCOPE.regionCode, residentId: RESIDENT_SCOPE.residentId, ...madeBy };
}

export type ResidentRow = Resident & { facilityIds: string[] };

export interface ResidentFilter {
  regionCode?: string;
  category?: ResidentCategory;
  facilityId?: string;
  name?: string;
  idNumberHash?: string;
}

/**
 * The person's row with the facilities serving them that the caller may see: officers of the person's regions and the
 * family see all of them, a facility only its own — not where else the person is cared for (PIPL data minimisation).
 */
const selectVisibleTo = (scope: AccessScope, params: unknown[]) => `
  SELECT r.id, r.name, r.id_number_encrypted AS "idNumberEncrypted", r.sex, r.birth_date AS "birthDate",
         r.hukou_region_code AS "hukouRegionCode", r.residence_region_code AS "residenceRegionCode", r.categories,
         r.living_arrangement AS "livingArrangement", r.tekun_support_mode AS "tekunSupportMode",
         r.willing_centralized AS "willingCentralized", r.phone_encrypted AS "phoneEncrypted",
         r.emergency_contacts_encrypted AS "emergencyContactsEncrypted",
         coalesce((SELECT array_agg(rf.facility_id ORDER BY rf.facility_id) FROM resident_facility rf
                    WHERE rf.resident_id = r.id AND ${scope.sql(personRecordScope({ facilityId: 'rf.facility_id' }), params)}), '{}') AS "facilityIds"
    FROM resident r`;

@Injectable()
export class ResidentsRepository {
  async findInScope(
    id: string,
    scope: AccessScope,
    manager: EntityManager,
    lock?: 'update' | 'noKeyUpdate' | 'share',
  ): Promise<ResidentRow | null> {
    const params: unknown[] = [id];
    const locking = lock ? { update: ' FOR UPDATE OF r', noKeyUpdate: ' FOR NO KEY UPDATE OF r', share: ' FOR SHARE OF r' }[lock] : '';
    const select = selectVisibleTo(scope, params);
    const [row] = await manager.query(`${select} WHERE r.id = $1 AND ${scope.sql(RESIDENT_SCOPE, params)}${locking}`, params);
    return row ?? null;
  }

  /**
   * One page of the people in scope. Not selectPage: the page's rows bind the caller's scope a second time (which of
   * the person's facilities they may see), so the count and the rows do not share their parameters.
   */
  async list(filter: ResidentFilter, page: { page: number; limit: number }, scope: AccessScope, manager: EntityManager): Promise<Page<ResidentRow>> {
    const conditions = new SqlConditions();
    conditions.raw(scope.sql(RESIDENT_SCOPE, conditions.params));
    const add = conditions.add.bind(conditions);
    if (filter.regionCode) add((p) => `r.residence_region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.category) add((p) => `${p} = ANY(r.categories)`, filter.category);
    if (filter.facilityId) add((p) => `EXISTS (SELECT 1 FROM resident_facility rf WHERE rf.resident_id = r.id AND rf.facility_id = ${p})`, filter.facilityId);
    if (filter.name) add((p) => `r.name ILIKE ${p}`, containsPattern(filter.name));
    if (filter.idNumberHash) add((p) => `r.id_number_hash = ${p}`, filter.idNumberHash);
    const { params, sql: where } = conditions;
    const [{ total }] = await manager.query(`SELECT count(*)::int AS total FROM resident r WHERE ${where}`, params);
    const select = selectVisibleTo(scope, params);
    const items: ResidentRow[] = await manager.query(
      `${select} WHERE ${where} ORDER BY r.name, r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, offsetOf(page)],
    );
    return { items, total, page: page.page, limit: page.limit };
  }

  async insert(resident: Resident, manager: EntityManager): Promise<void> {
    await manager.insert(Resident, resident);
  }

  async update(id: string, changes: Partial<Resident>, manager: EntityManager): Promise<void> {
    await manager.update(Resident, { id }, changes);
  }

  async idByHash(hash: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT id FROM resident WHERE id_number_hash = $1`, [hash]);
    return row?.id ?? null;
  }

  /** The person with this ID number hash and the name they are registered under, to check a caller knows both. */
  async nameByHash(hash: string, manager: EntityManager): Promise<{ id: string; name: string } | null> {
    const [row] = await manager.query(`SELECT id, name FROM resident WHERE id_number_hash = $1`, [hash]);
    return row ?? null;
  }

  /**
   * The facility a caller's record about a person is filed under: the one named, which must be the caller's (or in
   * their region); else, for facility staff, their one facility serving the person; else none (an office's record).
   */
  async recordingFacility(residentId: string, named: string | null | undefined, scope: AccessScope, manager: EntityManager): Promise<string | null> {
    if (named) {
      const params: unknown[] = [named];
      const [own] = await manager.query(`SELECT f.id FROM facility f WHERE f.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}`, params);
      if (!own) throw InvalidInputError.of([{ field: 'facilityId', message: 'not a facility of yours' }]);
      return own.id;
    }
    if (scope.unrestricted || !scope.user.facilityIds.length) return null;
    const serving: { facility_id: string }[] = await manager.query(
      `SELECT rf.facility_id FROM resident_facility rf WHERE rf.resident_id = $1 AND rf.facility_id = ANY($2::uuid[]) ORDER BY rf.facility_id`,
      [residentId, scope.user.facilityIds],
    );
    if (serving.length > 1) throw InvalidInputError.of([{ field: 'facilityId', message: 'several of your facilities serve this person: name the one recording' }]);
    return serving[0]?.facility_id ?? null;
  }

  async link(residentId: string, facilityId: string, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO resident_facility (resident_id, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [residentId, facilityId]);
  }
}
