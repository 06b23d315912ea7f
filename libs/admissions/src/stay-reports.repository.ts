import { Injectable } from '@nestjs/common';
import { STANDING_LEVEL } from '@yiyang/assessments';
import type { AccessScope } from '@yiyang/auth';
import { inForceOn, MASKED_NAME, regionSubtreePrefix, SqlConditions } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { stayRunningOn } from './stays.repository';

/** The facilities a report covers: the caller's, narrowed to one facility or a region's subtree if asked. */
export interface ReportFilter {
  facilityId?: string;
  regionCode?: string;
}

export interface MismatchRow {
  residentId: string;
  residentName: string;
  facilityId: string;
  facilityName: string;
  bedCode: string;
  level: number;
}

export interface OccupancyRow {
  facilityId: string;
  facilityName: string;
  availableBedDays: number;
  occupiedBedDays: number;
  occupancyRate: number | null;
  levelWeightedOccupiedBeds: number;
}

/** The facilities a report covers (alias f), its values bound after those already in `conditions`. */
function reportFacilities(filter: ReportFilter, scope: AccessScope, conditions: SqlConditions): string {
  conditions.raw(scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, conditions.params));
  if (filter.facilityId) conditions.add((p) => `f.id = ${p}`, filter.facilityId);
  if (filter.regionCode) conditions.add((p) => `f.region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
  return conditions.sql;
}

/** Set-based reports over stays: care-need mismatch on a day, occupancy of a month. */
@Injectable()
export class StayReportsRepository {
  /** People whose standing level on the date is 2 or more, lying in a bed not classified care-type then. */
  careMismatch(date: string, filter: ReportFilter, scope: AccessScope, manager: EntityManager): Promise<MismatchRow[]> {
    const conditions = new SqlConditions();
    conditions.bind(date);
    const facilities = reportFacilities(filter, scope, conditions);
    return manager.query(
      `SELECT * FROM (
         SELECT s.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", f.id AS "facilityId", f.name AS "facilityName",
                b.code AS "bedCode", ${STANDING_LEVEL('s.resident_id', '$1::date')} AS level
           FROM stay s
           JOIN resident r ON r.id = s.resident_id
           JOIN bed b ON b.id = s.bed_id
           JOIN facility f ON f.id = s.facility_id
           JOIN bed_classification c ON c.bed_id = b.id AND ${inForceOn('c', '$1::date')}
          WHERE ${stayRunningOn('s', '$1::date')} AND NOT c.care_type
            AND ${facilities}) m
        WHERE m.level >= 2
        ORDER BY m.level DESC, m."facilityName", m."bedCode"`,
      conditions.params,
    );
  }

  /**
   * Per facility, over the month beginning `firstDay` counted up to and including `today` at most: available bed-days (open
   * institution and community beds in operating facilities, less out-of-service days), occupied bed-days, the rate,
   * and the occupied beds weighted by each occupant's standing level on the last day counted (`weights` by level, 1
   * for a level without one).
   */
  occupancy(
    month: { firstDay: string; today: string },
    weights: Record<string, string>,
    filter: ReportFilter,
    scope: AccessScope,
    manager: EntityManager,
  ): Promise<OccupancyRow[]> {
    const conditions = new SqlConditions();
    conditions.bind(month.firstDay);
    conditions.bind(JSON.stringify(weights));
    conditions.bind(month.today);
    const facilities = reportFacilities(filter, scope, conditions);
    return manager.query(
      `WITH bounds AS (
         SELECT $1::date AS first_day, least(($1::date + interval '1 month')::date, $3::date + 1) AS next_day
       ), month AS (
         SELECT daterange(first_day, next_day) AS span, next_day - first_day AS days, next_day - 1 AS last_day FROM bounds
       ), facilities AS (
         SELECT f.id, f.name FROM facility f WHERE ${facilities}
       ), open_beds AS (
         SELECT b.facility_id, b.id, daterange(b.opened_on, b.closed_on) * daterange(f.opened_on, f.closed_on) * m.span AS open_span
           FROM facilities fs JOIN facility f ON f.id = fs.id JOIN bed b ON b.facility_id = f.id CROSS JOIN month m
          WHERE b.setting <> 'home'
       ), available AS (
         SELECT ob.facility_id,
                sum(upper(ob.open_span) - lower(ob.open_span))
                  - coalesce(sum((SELECT sum(upper(x) - lower(x)) FROM bed_out_of_service o,
                                   LATERAL (SELECT daterange(o.valid_from, o.valid_to) * ob.open_span AS x) y
                                  WHERE o.bed_id = ob.id AND NOT isempty(x))), 0) AS days
           FROM open_beds ob WHERE NOT isempty(ob.open_span) GROUP BY ob.facility_id
       ), occupied AS (
         SELECT s.facility_id,
                sum(upper(x) - lower(x)) AS days,
                sum((upper(x) - lower(x))::numeric / m.days
                    * coalesce(($2::jsonb ->> (${STANDING_LEVEL('s.resident_id', 'm.last_day')})::text)::numeric, 1)) AS weighted
           FROM stay s JOIN facilities fs ON fs.id = s.facility_id CROSS JOIN month m,
                LATERAL (SELECT daterange(s.admitted_on, s.discharged_on) * m.span AS x) y
          WHERE NOT isempty(x)
          GROUP BY s.facility_id
       )
       SELECT fs.id AS "facilityId", fs.name AS "facilityName",
              coalesce(a.days, 0)::int AS "availableBedDays", coalesce(o.days, 0)::int AS "occupiedBedDays",
              CASE WHEN coalesce(a.days, 0) > 0 THEN round(coalesce(o.days, 0)::numeric / a.days, 4)::float8 END AS "occupancyRate",
              round(coalesce(o.weighted, 0), 2)::float8 AS "levelWeightedOccupiedBeds"
         FROM facilities fs LEFT JOIN available a ON a.facility_id = fs.id LEFT JOIN occupied o ON o.facility_id = fs.id
        ORDER BY fs.name, fs.id`,
      conditions.params,
    );
  }
}
