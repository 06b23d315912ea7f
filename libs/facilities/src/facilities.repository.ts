import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccessScope } from '@yiyang/auth';
import { containsPattern, regionSubtreePrefix } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { FacilityKind } from './domain/facility-kinds';
import type { FacilityRow, ProfileRow } from './dto/facility-view.dto';
import { Facility } from './facility.entity';

export interface FacilityFilter {
  regionCode?: string;
  kind?: FacilityKind;
  text?: string;
  offset: number;
  limit: number;
}

/** A facility with the profile, star level and latest inspection in force on $1. */
const FACILITY_AS_OF = `
  SELECT f.id, f.name, f.region_code, f.address, f.latitude, f.longitude, f.phone, f.opened_on, f.closed_on, f.close_reason,
         p.valid_from, p.valid_to, p.kind, p.ownership, p.operation, p.functions, p.dementia_zone, p.rehab_room,
         p.sunshine_kitchen, p.food_safety_grade, p.smart, p.video_connected, p.demo_centre, p.medical_integrated,
         p.standardized_canteen, p.a_grade, p.managed_by_facility_id, p.changed_by, p.changed_at,
         s.star_level, s.rated_on AS star_rated_on, i.year AS inspection_year, i.passed AS inspection_passed
    FROM facility f
    LEFT JOIN facility_profile p
           ON p.facility_id = f.id AND p.valid_from <= $1::date AND (p.valid_to IS NULL OR p.valid_to > $1::date)
    LEFT JOIN LATERAL (SELECT star_level, rated_on FROM facility_star_rating r
                        WHERE r.facility_id = f.id AND r.rated_on <= $1::date ORDER BY r.rated_on DESC LIMIT 1) s ON true
    LEFT JOIN LATERAL (SELECT year, passed FROM facility_inspection x
                        WHERE x.facility_id = f.id AND x.inspected_on <= $1::date ORDER BY x.inspected_on DESC, x.year DESC LIMIT 1) i ON true`;

/** Reads take the caller's scope into the SQL: rows outside it are simply not there. */
@Injectable()
export class FacilitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * `keyShare` holds the facility row until the caller's transaction ends, so a change of its region or its closing
   * (which lock it for update) waits for the write that relied on it.
   */
  async findInScope(id: string, date: string, scope: AccessScope, manager: EntityManager, lock?: 'keyShare'): Promise<FacilityRow | null> {
    const params: unknown[] = [date, id];
    const rows = await manager.query(
      `${FACILITY_AS_OF} WHERE f.id = $2 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}${lock ? ' FOR KEY SHARE OF f' : ''}`,
      params,
    );
    return rows[0] ?? null;
  }

  async list(filter: FacilityFilter, date: string, scope: AccessScope): Promise<{ rows: FacilityRow[]; total: number }> {
    const params: unknown[] = [date];
    const conditions = [scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)];
    if (filter.regionCode) {
      params.push(`${regionSubtreePrefix(filter.regionCode)}%`);
      conditions.push(`f.region_code LIKE $${params.length}`);
    }
    if (filter.kind) {
      params.push(filter.kind);
      conditions.push(`p.kind = $${params.length}`);
    }
    if (filter.text) {
      params.push(containsPattern(filter.text));
      conditions.push(`f.name LIKE $${params.length}`);
    }
    params.push(filter.limit, filter.offset);
    const rows = await this.dataSource.query(
      `SELECT page.*, count(*) OVER () AS total_count FROM (${FACILITY_AS_OF} WHERE ${conditions.join(' AND ')}) page
        ORDER BY page.name, page.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    const total = rows.length ? Number(rows[0].total_count) : filter.offset ? await this.count(conditions, params.slice(0, -2)) : 0;
    return { rows, total };
  }

  private async count(conditions: string[], params: unknown[]): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM (${FACILITY_AS_OF} WHERE ${conditions.join(' AND ')}) page`, params);
    return row.n;
  }

  /**
   * The one facility lock: the facility row, `FOR NO KEY UPDATE` for the rest of the caller's transaction, if it
   * exists and the caller's scope (when given) covers it. Every change to what a facility holds — its beds, stays,
   * waiting list, slots — takes it first, so changes to one facility run one at a time, while rows that merely
   * reference it (a key share) still go in.
   */
  lockInScope(id: string, scope: AccessScope | null, manager: EntityManager): Promise<Facility | null> {
    const query = manager.createQueryBuilder(Facility, 'f').setLock('for_no_key_update').where('f.id = :id', { id });
    if (scope) {
      const condition = scope.where({ regionCode: 'f.region_code', facilityId: 'f.id' });
      query.andWhere(condition.sql, condition.params);
    }
    return query.getOne();
  }

  /** Several facilities locked as `lockInScope` does, in id order so that two transactions cannot deadlock. */
  async lockAll(ids: string[], manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM facility WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
  }

  profiles(facilityId: string, manager: EntityManager): Promise<ProfileRow[]> {
    return manager.query(`SELECT * FROM facility_profile WHERE facility_id = $1 ORDER BY valid_from`, [facilityId]);
  }
}
