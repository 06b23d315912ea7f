import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { changeVersionFrom, containsPattern, endVersionsOn, inForceOn, type Page, regionSubtreePrefix, selectPage, SqlConditions, type VersionChangeResult } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { FacilityKind } from './domain/facility-kinds';
import type { FacilityRow, ProfileRow } from './dto/facility-view.dto';
import { FacilityInspection } from './facility-inspection.entity';
import { FacilityProfile } from './facility-profile.entity';
import { FacilityStarRating } from './facility-star-rating.entity';
import { Facility } from './facility.entity';

export interface FacilityFilter {
  regionCode?: string;
  kind?: FacilityKind;
  text?: string;
}

/** A facility's point on the map, WGS-84. */
export interface FacilityPoint {
  facilityId: string;
  lat: number;
  lng: number;
  updatedAt: Date;
}

export type NewFacility = Pick<Facility, 'name' | 'regionCode' | 'address' | 'latitude' | 'longitude' | 'phone' | 'openedOn'>;
export type NewInspection = Pick<FacilityInspection, 'facilityId' | 'year' | 'passed' | 'score' | 'inspectedOn' | 'notes'>;
export type NewStarRating = Pick<FacilityStarRating, 'facilityId' | 'ratedOn' | 'edition' | 'environment' | 'facilities' | 'operations' | 'services' | 'starLevel'>;

/** A facility with the profile, star level and latest inspection in force on $1. */
const FACILITY_AS_OF = `
  SELECT f.id, f.name, f.region_code, f.address, f.latitude, f.longitude, f.phone, f.opened_on, f.closed_on, f.close_reason,
         p.valid_from, p.valid_to, p.kind, p.ownership, p.operation, p.functions, p.dementia_zone, p.rehab_room,
         p.sunshine_kitchen, p.food_safety_grade, p.smart, p.video_connected, p.demo_centre, p.medical_integrated,
         p.standardized_canteen, p.assistive_device_site, p.exchange_platform, p.products_display_platform,
         p.a_grade, p.managed_by_facility_id, p.changed_by, p.changed_at,
         s.star_level, s.rated_on AS star_rated_on, i.year AS inspection_year, i.passed AS inspection_passed
    FROM facility f
    LEFT JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', '$1::date')}
    LEFT JOIN LATERAL (SELECT star_level, rated_on FROM facility_star_rating r
                        WHERE r.facility_id = f.id AND r.rated_on <= $1::date ORDER BY r.rated_on DESC LIMIT 1) s ON true
    LEFT JOIN LATERAL (SELECT year, passed FROM facility_inspection x
                        WHERE x.facility_id = f.id AND x.inspected_on <= $1::date ORDER BY x.inspected_on DESC, x.year DESC LIMIT 1) i ON true`;

/** Facilities, their profile versions, inspections and star ratings. Reads take the caller's scope into the SQL: rows outside it are simply not there. */
@Injectable()
export class FacilitiesRepository {
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

  /** The facilities in the caller's scope matching the filter as of `date`, a page at a time in name order. */
  list(filter: FacilityFilter, date: string, scope: AccessScope, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<FacilityRow>> {
    const where = new SqlConditions();
    where.bind(date);
    where.raw(scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, where.params));
    if (filter.regionCode) where.add((p) => `f.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.kind) where.add((p) => `p.kind = ${p}`, filter.kind);
    if (filter.text) where.add((p) => `f.name LIKE ${p}`, containsPattern(filter.text));
    const matching = `FROM (${FACILITY_AS_OF} WHERE ${where.sql}) page`;
    return selectPage<FacilityRow>(manager, { count: matching, rows: `SELECT page.* ${matching} ORDER BY page.name, page.id`, params: where.params }, query);
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

  /** Where a facility stands (WGS-84), or null while no point is set. */
  async location(id: string, manager: EntityManager): Promise<FacilityPoint | null> {
    const rows: FacilityPoint[] = await manager.query(
      `SELECT id AS "facilityId", latitude AS lat, longitude AS lng, updated_at AS "updatedAt" FROM facility WHERE id = $1 AND latitude IS NOT NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Moves a facility's point (WGS-84); the caller holds the facility's lock. */
  async setLocation(id: string, point: { lat: number; lng: number }, manager: EntityManager): Promise<FacilityPoint> {
    const [rows] = await manager.query(
      `UPDATE facility SET latitude = $2, longitude = $3, updated_at = now() WHERE id = $1
       RETURNING id AS "facilityId", latitude AS lat, longitude AS lng, updated_at AS "updatedAt"`,
      [id, point.lat, point.lng],
    );
    return rows[0];
  }

  /** Several facilities locked as `lockInScope` does, in id order so that two transactions cannot deadlock. */
  async lockAll(ids: string[], manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM facility WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [ids]);
  }

  /** A new facility and its first profile version. */
  async insert(facility: NewFacility, profile: Partial<FacilityProfile>, manager: EntityManager): Promise<Facility> {
    const saved = await manager.save(manager.create(Facility, facility));
    await manager.insert(FacilityProfile, manager.create(FacilityProfile, { ...profile, facilityId: saved.id }));
    return saved;
  }

  /** Writes the description and dates of a facility the caller holds locked. */
  async save(facility: Facility, manager: EntityManager): Promise<void> {
    await manager.save(facility);
  }

  /** Changes the profile from `from` on (columns by their SQL names), splitting the version in force then. */
  changeProfileFrom(facilityId: string, from: string, values: Record<string, unknown>, changedBy: string | null, manager: EntityManager): Promise<VersionChangeResult> {
    return changeVersionFrom(manager, { table: 'facility_profile', keyColumn: 'facility_id', key: facilityId, from, values, changedBy });
  }

  /** Profile versions end where the facility does: later ones go (returned), the one in force is cut short. */
  endProfilesOn(facilityId: string, on: string, manager: EntityManager): Promise<Record<string, unknown>[]> {
    return endVersionsOn(manager, { table: 'facility_profile', keyColumn: 'facility_id', key: facilityId, on });
  }

  profiles(facilityId: string, manager: EntityManager): Promise<ProfileRow[]> {
    return manager.query(`SELECT * FROM facility_profile WHERE facility_id = $1 ORDER BY valid_from`, [facilityId]);
  }

  addInspection(inspection: NewInspection, manager: EntityManager): Promise<FacilityInspection> {
    return manager.save(manager.create(FacilityInspection, inspection));
  }

  /** Inspections, latest year first. */
  inspections(facilityId: string, manager: EntityManager): Promise<FacilityInspection[]> {
    return manager.find(FacilityInspection, { where: { facilityId }, order: { year: 'DESC' } });
  }

  addStarRating(rating: NewStarRating, manager: EntityManager): Promise<FacilityStarRating> {
    return manager.save(manager.create(FacilityStarRating, rating));
  }

  /** Star ratings, latest first. */
  starRatings(facilityId: string, manager: EntityManager): Promise<FacilityStarRating[]> {
    return manager.find(FacilityStarRating, { where: { facilityId }, order: { ratedOn: 'DESC' } });
  }
}
