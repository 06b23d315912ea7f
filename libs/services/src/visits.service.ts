import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ForbiddenError, InvalidInputError, MASKED_NAME, NotFoundError, regionSubtreePrefix, requestContext, TIME_ZONE, today } from '@yiyang/core';
import { personRecordScope, RESIDENT_SCOPE, ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import type { DueVisitDto, DueVisitsQuery, VisitDto, VisitInputDto, VisitPlanInputDto, VisitRateDto, VisitRateQuery } from './dto/service.dto';

/** Who is on the visiting roster: people 60 and over living alone, empty-nest or left behind, at home (not staying in a facility). */
export const ON_ROSTER = (resident: string, date: string) => `
  ${resident}.living_arrangement IN ('alone', 'empty_nest', 'left_behind')
  AND ${resident}.birth_date <= (${date}::date - interval '60 years')
  AND NOT EXISTS (SELECT 1 FROM stay st WHERE st.resident_id = ${resident}.id AND daterange(st.admitted_on, st.discharged_on) @> ${date}::date)`;

/** A visit counts when someone saw or spoke with the person: not when nobody was home. */
export const COUNTING_VISIT = `v.outcome <> 'not_home'`;

const VISIT_SELECT = `
  SELECT v.id, v.resident_id AS "residentId", v.visited_at AS "visitedAt", v.mode, v.outcome, v.notes, v.facility_id AS "facilityId", v.order_id AS "orderId"
    FROM visit v`;

/** The period [from, to) of a week (Monday–Sunday) or calendar month containing the date. */
export function periodOf(period: 'week' | 'month', on: string): { from: string; to: string } {
  const date = new Date(`${on}T00:00:00Z`);
  const shift = (days: number) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  if (period === 'week') {
    const sinceMonday = (date.getUTCDay() + 6) % 7;
    return { from: shift(-sinceMonday), to: shift(7 - sinceMonday) };
  }
  const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  return { from: `${on.slice(0, 7)}-01`, to: next };
}

/**
 * 探访关爱: visit plans and records for older people living alone, empty-nest or left behind, the visits due, and
 * the visit rate of a region for a week or month — the data of the visit-rate indicator.
 */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly residents: ResidentsRepository,
  ) {}

  /**
   * Sets who visits a person and how often. The plan stays with the facility that holds it: another facility serving
   * the person may not take it over (officers of the person's region and administrators may).
   */
  async setPlan(residentId: string, input: VisitPlanInputDto, scope: AccessScope): Promise<VisitPlanInputDto> {
    const facilityId = await this.dataSource.transaction(async (manager) => {
      await this.assertInScope(residentId, scope, manager);
      const visitingFacility = await this.residents.recordingFacility(residentId, input.facilityId, scope, manager);
      const params: unknown[] = [residentId, input.frequency, visitingFacility, requestContext.current()?.userId ?? null];
      const holder = scope.sql(personRecordScope({ facilityId: 'visit_plan.facility_id' }), params);
      const written = await manager.query(
        `INSERT INTO visit_plan (resident_id, frequency, facility_id, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (resident_id) DO UPDATE SET frequency = EXCLUDED.frequency, facility_id = EXCLUDED.facility_id, updated_by = EXCLUDED.updated_by, updated_at = now()
          WHERE visit_plan.facility_id IS NULL OR EXISTS (SELECT 1 FROM resident r WHERE r.id = visit_plan.resident_id AND ${holder})
         RETURNING resident_id`,
        params,
      );
      if (!written.length) throw new ForbiddenError("The person's visit plan is another facility's");
      await this.audit.record(manager, { action: 'set_visit_plan', entity: 'resident', entityId: residentId, after: { ...input, facilityId: visitingFacility } });
      return visitingFacility;
    });
    return { frequency: input.frequency, facilityId };
  }

  async record(residentId: string, input: VisitInputDto, scope: AccessScope): Promise<VisitDto> {
    const visitedAt = new Date(input.visitedAt);
    if (visitedAt.getTime() > Date.now()) throw InvalidInputError.of([{ field: 'visitedAt', message: 'a visit is recorded once it happened' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertInScope(residentId, scope, manager);
      const facilityId = await this.residents.recordingFacility(residentId, input.facilityId, scope, manager);
      const [visit] = await manager.query(
        `INSERT INTO visit (resident_id, visited_at, mode, outcome, notes, facility_id, visitor_id) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [residentId, visitedAt, input.mode, input.outcome, input.notes ?? null, facilityId, requestContext.current()?.userId ?? null],
      );
      await this.audit.record(manager, { action: 'visit', entity: 'resident', entityId: residentId, after: { mode: input.mode, outcome: input.outcome } });
      return visit.id as string;
    });
    const [row] = await this.dataSource.query(`${VISIT_SELECT} WHERE v.id = $1`, [id]);
    return row;
  }

  /** A person's visits: a facility serving them sees the visits it made, not those of other facilities. */
  async list(residentId: string, scope: AccessScope): Promise<VisitDto[]> {
    await this.assertInScope(residentId, scope, this.dataSource.manager);
    await this.audit.recordReads(this.dataSource.manager, 'resident', [residentId]);
    const params: unknown[] = [residentId];
    const visible = scope.sql(personRecordScope({ facilityId: 'v.facility_id' }), params);
    return this.dataSource.query(`${VISIT_SELECT} JOIN resident r ON r.id = v.resident_id WHERE v.resident_id = $1 AND ${visible} ORDER BY v.visited_at DESC LIMIT 200`, params);
  }

  /** People on the roster in the caller's scope with no visit yet in their current period (week by default). */
  async due(query: DueVisitsQuery, scope: AccessScope): Promise<DueVisitDto[]> {
    const on = today();
    const week = periodOf('week', on);
    const month = periodOf('month', on);
    const params: unknown[] = [on, week.from, month.from];
    const conditions = [ON_ROSTER('r', '$1'), scope.sql(RESIDENT_SCOPE, params)];
    if (query.regionCode) {
      params.push(`${regionSubtreePrefix(query.regionCode)}%`);
      conditions.push(`r.residence_region_code LIKE $${params.length}`);
    }
    if (query.facilityId) {
      params.push(query.facilityId);
      conditions.push(`p.facility_id = $${params.length}`);
    }
    // Any visit makes a person not due; the date shown is of the last visit the caller may see (a facility: its own).
    const visible = scope.sql(personRecordScope({ facilityId: 'v.facility_id' }), params);
    const rows: DueVisitDto[] = await this.dataSource.query(
      `SELECT r.id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", r.living_arrangement AS "livingArrangement",
              coalesce(p.frequency, 'weekly') AS frequency, last.seen_at AS "lastVisitedAt"
         FROM resident r
         LEFT JOIN visit_plan p ON p.resident_id = r.id
         LEFT JOIN LATERAL (
           SELECT max(v.visited_at) AS visited_at, max(v.visited_at) FILTER (WHERE ${visible}) AS seen_at
             FROM visit v WHERE v.resident_id = r.id AND ${COUNTING_VISIT}) last ON TRUE
        WHERE ${conditions.join(' AND ')}
          AND (last.visited_at IS NULL OR last.visited_at < ((CASE WHEN coalesce(p.frequency, 'weekly') = 'weekly' THEN $2 ELSE $3 END)::date::timestamp AT TIME ZONE '${TIME_ZONE}'))
        ORDER BY last.visited_at NULLS FIRST, r.id
        LIMIT 500`,
      params,
    );
    await this.audit.recordReads(this.dataSource.manager, 'resident', rows.map((row) => row.residentId));
    return rows;
  }

  /**
   * The visit rate of a region over a week or month: people on the roster at the period's end, and how many of
   * them had a visit in it; per township too (numerators and denominators add up the tree, as KPIs need).
   */
  async rate(query: VisitRateQuery, scope: AccessScope): Promise<VisitRateDto> {
    const { from, to } = periodOf(query.period, query.on);
    const last = new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const end = last < today() ? last : today();
    const params: unknown[] = [end, `${regionSubtreePrefix(query.regionCode)}%`, from, to];
    const rows: { regionCode: string; regionName: string | null; roster: number; visited: number }[] = await this.dataSource.query(
      `SELECT t.code AS "regionCode", g.name AS "regionName", count(*)::int AS roster, count(*) FILTER (WHERE t.visited)::int AS visited
         FROM (
           SELECT rpad(left(r.residence_region_code, 9), 12, '0') AS code,
                  EXISTS (SELECT 1 FROM visit v WHERE v.resident_id = r.id AND ${COUNTING_VISIT}
                             AND v.visited_at >= ($3::date::timestamp AT TIME ZONE '${TIME_ZONE}') AND v.visited_at < ($4::date::timestamp AT TIME ZONE '${TIME_ZONE}')) AS visited
             FROM resident r
            WHERE r.residence_region_code LIKE $2 AND ${ON_ROSTER('r', '$1')} AND ${scope.sql(RESIDENT_SCOPE, params)}
         ) t
         LEFT JOIN region g ON g.code = t.code
        GROUP BY t.code, g.name ORDER BY t.code`,
      params,
    );
    const rate = (visited: number, roster: number) => (roster ? Math.round((visited / roster) * 10_000) / 10_000 : null);
    const roster = rows.reduce((n, row) => n + row.roster, 0);
    const visited = rows.reduce((n, row) => n + row.visited, 0);
    const [region] = await this.dataSource.query(`SELECT name FROM region WHERE code = $1`, [query.regionCode]);
    return {
      regionCode: query.regionCode,
      regionName: region?.name ?? null,
      period: query.period,
      from,
      to,
      roster,
      visited,
      rate: rate(visited, roster),
      townships: rows.map((row) => ({ ...row, rate: rate(row.visited, row.roster) })),
    };
  }

  private async assertInScope(residentId: string, scope: AccessScope, manager: EntityManager): Promise<void> {
    const params: unknown[] = [residentId];
    const [row] = await manager.query(`SELECT r.id FROM resident r WHERE r.id = $1 AND ${scope.sql(RESIDENT_SCOPE, params)}`, params);
    if (!row) throw new NotFoundError('Resident', residentId);
  }
}
