import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { MASKED_NAME, offsetOf, regionSubtreePrefix, SqlConditions, startOfLocalDay, townshipOf } from '@yiyang/core';
import { personRecordScope, RESIDENT_SCOPE } from '@yiyang/residents';
import type { EntityManager } from 'typeorm';
import { COUNTING_VISIT, ON_ROSTER } from './roster.sql';
import { Visit, VisitPlan } from './visit.entity';

export type VisitRow = Pick<Visit, 'id' | 'residentId' | 'visitedAt' | 'mode' | 'outcome' | 'notes' | 'facilityId' | 'orderId'>;
export type NewVisit = Pick<Visit, 'residentId' | 'visitedAt' | 'mode' | 'outcome' | 'notes' | 'facilityId' | 'visitorId'> & { orderId?: string };

export interface DueVisitRow {
  residentId: string;
  residentName: string;
  livingArrangement: string;
  frequency: string;
  lastVisitedAt: Date | null;
}

/** A township's roster and how many on it were visited. */
export interface VisitRateRow {
  regionCode: string;
  regionName: string | null;
  roster: number;
  visited: number;
}

export interface DueFilter {
  /** Today, and the first days of its week and month: a person is due when not visited since their period began. */
  on: string;
  weekFrom: string;
  monthFrom: string;
  regionCode?: string;
  facilityId?: string;
}

/** Which visits a caller sees of a person: a facility serving them sees the visits it made, not other facilities'. */
const VISIBLE_VISIT = personRecordScope({ facilityId: 'v.facility_id' });

const VISIT_SELECT = `
  SELECT v.id, v.resident_id AS "residentId", v.visited_at AS "visitedAt", v.mode, v.outcome, v.notes, v.facility_id AS "facilityId", v.order_id AS "orderId"
    FROM visit v`;

/** Visit plans and visits (探访关爱): the SQL of the visits aggregate. */
@Injectable()
export class VisitsRepository {
  /** The person's plan, locked until the caller's transaction ends, or null. */
  lockPlan(residentId: string, manager: EntityManager): Promise<VisitPlan | null> {
    return manager.createQueryBuilder(VisitPlan, 'p').setLock('pessimistic_write').where('p.resident_id = :residentId', { residentId }).getOne();
  }

  /**
   * Writes the person's plan unless another facility holds it (`holder` is the caller's scope over the holding
   * facility, the plan joined as `visit_plan`); returns whether it was written.
   */
  async upsertPlan(plan: Pick<VisitPlan, 'residentId' | 'frequency' | 'facilityId' | 'updatedBy'>, scope: AccessScope, manager: EntityManager): Promise<boolean> {
    const params: unknown[] = [plan.residentId, plan.frequency, plan.facilityId, plan.updatedBy];
    const holder = scope.sql(personRecordScope({ facilityId: 'visit_plan.facility_id' }), params);
    const written = await manager.query(
      `INSERT INTO visit_plan (resident_id, frequency, facility_id, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (resident_id) DO UPDATE SET frequency = EXCLUDED.frequency, facility_id = EXCLUDED.facility_id, updated_by = EXCLUDED.updated_by, updated_at = now()
        WHERE visit_plan.facility_id IS NULL OR EXISTS (SELECT 1 FROM resident r WHERE r.id = visit_plan.resident_id AND ${holder})
       RETURNING resident_id`,
      params,
    );
    return written.length > 0;
  }

  async insert(visit: NewVisit, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.insert(Visit, { orderId: null, ...visit });
    return identifiers[0].id;
  }

  findById(id: string, manager: EntityManager): Promise<VisitRow | null> {
    return manager.findOneBy(Visit, { id });
  }

  /** A page of a person's visits the caller may see, newest first. */
  forResident(residentId: string, scope: AccessScope, page: { page: number; limit: number }, manager: EntityManager): Promise<VisitRow[]> {
    const params: unknown[] = [residentId];
    const visible = scope.sql(VISIBLE_VISIT, params);
    return manager.query(
      `${VISIT_SELECT} JOIN resident r ON r.id = v.resident_id WHERE v.resident_id = $1 AND ${visible}
        ORDER BY v.visited_at DESC, v.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, offsetOf(page)],
    );
  }

  /**
   * A page of the people on the roster in the caller's scope with no visit since their period (week or month, per
   * their plan) began. Any visit makes a person not due; the date shown is of the last visit the caller may see.
   */
  due(filter: DueFilter, scope: AccessScope, page: { page: number; limit: number }, manager: EntityManager): Promise<DueVisitRow[]> {
    const conditions = new SqlConditions();
    const [on, weekFrom, monthFrom] = [conditions.bind(filter.on), conditions.bind(filter.weekFrom), conditions.bind(filter.monthFrom)];
    conditions.raw(ON_ROSTER('r', on)).raw(scope.sql(RESIDENT_SCOPE, conditions.params));
    if (filter.regionCode) conditions.add((p) => `r.residence_region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    if (filter.facilityId) conditions.add((p) => `p.facility_id = ${p}`, filter.facilityId);
    const visible = scope.sql(VISIBLE_VISIT, conditions.params);
    const { params, sql: where } = conditions;
    return manager.query(
      `SELECT r.id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", r.living_arrangement AS "livingArrangement",
              coalesce(p.frequency, 'weekly') AS frequency, last.seen_at AS "lastVisitedAt"
         FROM resident r
         LEFT JOIN visit_plan p ON p.resident_id = r.id
         LEFT JOIN LATERAL (
           SELECT max(v.visited_at) AS visited_at, max(v.visited_at) FILTER (WHERE ${visible}) AS seen_at
             FROM visit v WHERE v.resident_id = r.id AND ${COUNTING_VISIT}) last ON TRUE
        WHERE ${where}
          AND (last.visited_at IS NULL OR last.visited_at < ${startOfLocalDay(`(CASE WHEN coalesce(p.frequency, 'weekly') = 'weekly' THEN ${weekFrom} ELSE ${monthFrom} END)::date`)})
        ORDER BY last.visited_at NULLS FIRST, r.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.limit, offsetOf(page)],
    );
  }

  /**
   * Per township of the region, the people on the roster on `end` in the caller's scope and how many of them had a
   * counting visit in [from, to).
   */
  rateByTownship(regionCode: string, period: { from: string; to: string; end: string }, scope: AccessScope, manager: EntityManager): Promise<VisitRateRow[]> {
    const params: unknown[] = [period.end, `${regionSubtreePrefix(regionCode)}%`, period.from, period.to];
    return manager.query(
      `SELECT t.code AS "regionCode", g.name AS "regionName", count(*)::int AS roster, count(*) FILTER (WHERE t.visited)::int AS visited
         FROM (
           SELECT ${townshipOf('r.residence_region_code')} AS code,
                  EXISTS (SELECT 1 FROM visit v WHERE v.resident_id = r.id AND ${COUNTING_VISIT}
                             AND v.visited_at >= ${startOfLocalDay('$3::date')} AND v.visited_at < ${startOfLocalDay('$4::date')}) AS visited
             FROM resident r
            WHERE r.residence_region_code LIKE $2 AND ${ON_ROSTER('r', '$1')} AND ${scope.sql(RESIDENT_SCOPE, params)}
         ) t
         LEFT JOIN region g ON g.code = t.code
        GROUP BY t.code, g.name ORDER BY t.code`,
      params,
    );
  }
}
