import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GBT_42195_2022, SafetyRiskAssessment, STANDING_LEVEL } from '@yiyang/assessments';
import { AuditService, type AccessScope } from '@yiyang/auth';
import {
  AppConfig,
  ConflictError,
  InvalidInputError,
  MASKED_NAME,
  NotFoundError,
  regionSubtreePrefix,
  registerConstraintMeanings,
  requestContext,
  RuleViolationError,
  today,
  toPage,
  type Page,
} from '@yiyang/core';
import { BedsRepository } from '@yiyang/beds';
import { ReportingLockService } from '@yiyang/reporting';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { AdmissionPolicyService } from './admission-policy.service';
import type {
  AdmitDto,
  DischargeDto,
  ListStaysQuery,
  MismatchDto,
  MismatchQuery,
  OccupancyDto,
  OccupancyQuery,
  ReportQuery,
  StayDto,
  TransferDto,
} from './dto/admission.dto';
import { Stay } from './stay.entity';

registerConstraintMeanings({
  stay_bed_no_overlap: { field: 'bedId', message: 'the bed is occupied on that date' },
  stay_resident_no_overlap: { field: 'residentId', message: 'the person already has a stay on that date' },
  stay_period_check: { field: 'on', message: 'a stay ends after it began' },
});

const STAY_SELECT = `
  SELECT s.id, s.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", s.bed_id AS "bedId", b.code AS "bedCode",
         s.facility_id AS "facilityId", s.admitted_on AS "admittedOn", s.discharged_on AS "dischargedOn",
         s.discharge_reason AS "dischargeReason", s.funding, s.transferred_from_id AS "transferredFromId"
    FROM stay s JOIN resident r ON r.id = s.resident_id JOIN bed b ON b.id = s.bed_id JOIN facility f ON f.id = s.facility_id`;

/** Rows of a stay the caller may see: their facilities or region (by the facility), or their relatives. */
const STAY_SCOPE = { regionCode: 'f.region_code', facilityId: 'f.id', residentId: 's.resident_id' };

export type LockedBed = NonNullable<Awaited<ReturnType<BedsRepository['lockInScope']>>>;

/** Stays: admissions, transfers and discharges, checked by exclusion constraints; occupancy and mismatch reports. */
@Injectable()
export class AdmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsRepository,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
    private readonly config: AppConfig,
    private readonly policies: AdmissionPolicyService,
    private readonly beds: BedsRepository,
  ) {}

  async admit(input: AdmitDto, scope: AccessScope): Promise<StayDto> {
    const id = await this.dataSource.transaction((manager) => this.admitIn(manager, input, scope));
    return this.get(id, scope);
  }

  /**
   * Admits within the caller's transaction (accepting a waiting-list offer does it too). The bed and its facility
   * are locked first, so writes to one facility queue up; the exclusion constraints have the last word.
   */
  async admitIn(manager: EntityManager, input: AdmitDto, scope: AccessScope, acceptingOfferId?: string): Promise<string> {
    const bed = await this.lockBed(manager, input.bedId, scope);
    await this.assertBedUsable(manager, bed, input.admittedOn);
    await this.assertNotReserved(manager, bed.id, acceptingOfferId);
    const resident = await this.residents.findInScope(input.residentId, scope, manager, 'share');
    if (!resident) throw new NotFoundError('Resident', input.residentId);
    if (input.admittedOn < resident.birthDate) throw InvalidInputError.of([{ field: 'admittedOn', message: 'the person was not born yet' }]);
    await this.periods.assertOpen(manager, input.admittedOn, 'admittedOn');
    const policy = await this.policies.effective(bed.facilityId, manager);
    if (policy.requiresAssessment && !(await this.hasCurrentAssessment(manager, input.residentId, input.admittedOn))) {
      throw new RuleViolationError('This facility admits only with a current capability assessment (GB/T 42195-2022)');
    }
    const stay = manager.create(Stay, {
      residentId: input.residentId,
      bedId: bed.id,
      facilityId: bed.facilityId,
      admittedOn: input.admittedOn,
      funding: input.funding ?? 'self_pay',
      createdBy: requestContext.current()?.userId ?? null,
    });
    await manager.insert(Stay, stay);
    await manager.query(`INSERT INTO resident_facility (resident_id, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [input.residentId, bed.facilityId]);
    await this.closeApplications(manager, input.residentId, bed.facilityId, acceptingOfferId);
    if (input.safetyRisks) {
      const risks = Object.fromEntries(Object.entries(input.safetyRisks).map(([risk, entry]) => [risk, { level: entry.level, measures: entry.measures ?? null }]));
      await manager.insert(SafetyRiskAssessment, {
        residentId: input.residentId,
        assessedOn: input.admittedOn,
        reason: 'admission',
        risks: risks as SafetyRiskAssessment['risks'],
        assessorId: requestContext.current()?.userId ?? null,
      });
    }
    await this.audit.record(manager, { action: 'admit', entity: 'stay', entityId: stay.id, after: { residentId: input.residentId, bedId: bed.id, admittedOn: input.admittedOn, funding: stay.funding } });
    return stay.id;
  }

  /** Ends the stay on `on` and starts the next in the new bed that day, in one transaction. */
  async transfer(stayId: string, input: TransferDto, scope: AccessScope): Promise<StayDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const stay = await this.lockStay(manager, stayId, scope);
      if (stay.bed_id === input.bedId) throw new RuleViolationError('A transfer goes to another bed');
      if (input.on <= stay.admitted_on) throw InvalidInputError.of([{ field: 'on', message: `a transfer comes after admission (${stay.admitted_on})` }]);
      const bed = await this.lockBed(manager, input.bedId, scope);
      await this.assertBedUsable(manager, bed, input.on);
      await this.assertNotReserved(manager, bed.id);
      await this.periods.assertOpen(manager, input.on, 'on');
      await manager.query(`UPDATE stay SET discharged_on = $2, discharge_reason = 'transfer' WHERE id = $1`, [stayId, input.on]);
      const next = manager.create(Stay, {
        residentId: stay.resident_id,
        bedId: bed.id,
        facilityId: bed.facilityId,
        admittedOn: input.on,
        funding: stay.funding,
        transferredFromId: stayId,
        createdBy: requestContext.current()?.userId ?? null,
      });
      await manager.insert(Stay, next);
      await manager.query(`INSERT INTO resident_facility (resident_id, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [stay.resident_id, bed.facilityId]);
      await this.audit.record(manager, { action: 'transfer', entity: 'stay', entityId: next.id, before: { stayId, bedId: stay.bed_id }, after: { bedId: bed.id, on: input.on } });
      return next.id;
    });
    return this.get(id, scope);
  }

  async discharge(stayId: string, input: DischargeDto, scope: AccessScope): Promise<StayDto> {
    await this.dataSource.transaction(async (manager) => {
      const stay = await this.lockStay(manager, stayId, scope);
      if (input.on <= stay.admitted_on) throw InvalidInputError.of([{ field: 'on', message: `a discharge comes after admission (${stay.admitted_on})` }]);
      await this.periods.assertOpen(manager, input.on, 'on');
      await manager.query(`UPDATE stay SET discharged_on = $2, discharge_reason = $3 WHERE id = $1`, [stayId, input.on, input.reason]);
      await this.audit.record(manager, { action: 'discharge', entity: 'stay', entityId: stayId, after: { ...input } });
    });
    return this.get(stayId, scope);
  }

  async get(id: string, scope: AccessScope): Promise<StayDto> {
    const params: unknown[] = [id];
    const [row] = await this.dataSource.query(`${STAY_SELECT} WHERE s.id = $1 AND ${scope.sql(STAY_SCOPE, params)}`, params);
    if (!row) throw new NotFoundError('Stay', id);
    return row;
  }

  async list(query: ListStaysQuery, scope: AccessScope): Promise<Page<StayDto>> {
    const params: unknown[] = [];
    const conditions = [scope.sql(STAY_SCOPE, params)];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      conditions.push(sql(`$${params.length}`));
    };
    if (query.facilityId) add((p) => `s.facility_id = ${p}`, query.facilityId);
    if (query.residentId) add((p) => `s.resident_id = ${p}`, query.residentId);
    if (query.active !== undefined) {
      add((p) => `${query.active ? '' : 'NOT '}(s.admitted_on <= ${p}::date AND (s.discharged_on IS NULL OR s.discharged_on > ${p}::date))`, query.date ?? today());
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM stay s JOIN facility f ON f.id = s.facility_id WHERE ${where}`, params);
    const rows = await this.dataSource.query(
      `${STAY_SELECT} WHERE ${where} ORDER BY s.admitted_on DESC, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return toPage(rows, total, query);
  }

  /**
   * 护理需求错配: people whose standing level is 中度失能 or worse (≥ 2) lying in a general (non-care-type) bed on the
   * date, per facility, in the caller's scope.
   */
  async careMismatch(query: MismatchQuery, scope: AccessScope): Promise<MismatchDto[]> {
    const params: unknown[] = [query.date ?? today()];
    const facilities = this.reportFacilities(query, scope, params);
    const rows: (Omit<MismatchDto, 'levelLabel'>)[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT s.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", f.id AS "facilityId", f.name AS "facilityName",
                b.code AS "bedCode", ${STANDING_LEVEL('s.resident_id', '$1::date')} AS level
           FROM stay s
           JOIN resident r ON r.id = s.resident_id
           JOIN bed b ON b.id = s.bed_id
           JOIN facility f ON f.id = s.facility_id
           JOIN bed_classification c ON c.bed_id = b.id AND c.valid_from <= $1::date AND (c.valid_to IS NULL OR c.valid_to > $1::date)
          WHERE s.admitted_on <= $1::date AND (s.discharged_on IS NULL OR s.discharged_on > $1::date) AND NOT c.care_type
            AND ${facilities}) m
        WHERE m.level >= 2
        ORDER BY m.level DESC, m."facilityName", m."bedCode"`,
      params,
    );
    return rows.map((row) => ({ ...row, levelLabel: GBT_42195_2022.levels[row.level] }));
  }

  /**
   * Occupancy of a month per facility, set-based over date ranges: available bed-days (open institution and
   * community beds in operating facilities, less out-of-service days), occupied bed-days, the rate, and the
   * level-weighted occupied-bed count operating subsidies are paid on (each stay's share of the month times the
   * weight of the occupant's standing level at month end). A month in progress counts up to and including today.
   */
  async occupancy(query: OccupancyQuery, scope: AccessScope): Promise<OccupancyDto[]> {
    const weights = Object.fromEntries(this.config.subsidyLevelWeights.split(',').map((pair) => pair.split(':')));
    const on = today();
    if (`${query.month}-01` > on) throw InvalidInputError.of([{ field: 'month', message: 'the month has not begun' }]);
    const params: unknown[] = [`${query.month}-01`, JSON.stringify(weights), on];
    const facilities = this.reportFacilities(query, scope, params);
    const rows = await this.dataSource.query(
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
      params,
    );
    return rows;
  }

  /** The facilities a report covers (alias f): the caller's, narrowed to one facility or a region's subtree if asked. */
  private reportFacilities(query: ReportQuery, scope: AccessScope, params: unknown[]): string {
    const conditions = [scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)];
    if (query.facilityId) {
      params.push(query.facilityId);
      conditions.push(`f.id = $${params.length}`);
    }
    if (query.regionCode) {
      params.push(`${regionSubtreePrefix(query.regionCode)}%`);
      conditions.push(`f.region_code LIKE $${params.length}`);
    }
    return conditions.join(' AND ');
  }

  /** The bed and its facility, locked for the transaction, if the caller's scope covers them (404 otherwise). */
  async lockBed(manager: EntityManager, bedId: string, scope: AccessScope): Promise<LockedBed> {
    const bed = await this.beds.lockInScope(bedId, scope, manager);
    if (!bed) throw new NotFoundError('Bed', bedId);
    return bed;
  }

  /** The bed must be open, in an operating facility, and in service on the date (409 otherwise). */
  async assertBedUsable(manager: EntityManager, bed: LockedBed, date: string): Promise<void> {
    const open = (from: string, to: string | null) => date >= from && (!to || date < to);
    if (!open(bed.openedOn, bed.closedOn) || !open(bed.facilityOpenedOn, bed.facilityClosedOn)) {
      throw new ConflictError(`The bed is closed on ${date}`, [{ field: 'bedId', messages: [`the bed is closed on ${date}`] }]);
    }
    const [outOfService] = await manager.query(
      `SELECT 1 FROM bed_out_of_service WHERE bed_id = $1 AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)`,
      [bed.id, date],
    );
    if (outOfService) throw new ConflictError(`The bed is out of service on ${date}`, [{ field: 'bedId', messages: [`the bed is out of service on ${date}`] }]);
  }

  /** Whether the person has a GB/T 42195 assessment valid on the date that no later one corrects. */
  async hasCurrentAssessment(manager: EntityManager, residentId: string, date: string): Promise<boolean> {
    const [current] = await manager.query(
      `SELECT 1 FROM assessment a
        WHERE a.resident_id = $1 AND a.instrument_code = 'gbt-42195-2022' AND a.assessed_on <= $2 AND a.next_due_on > $2
          AND NOT EXISTS (SELECT 1 FROM assessment c WHERE c.corrects_id = a.id)`,
      [residentId, date],
    );
    return Boolean(current);
  }

  /** A bed offered to an applicant is theirs until the offer ends: only accepting an offer of it admits into it. */
  private async assertNotReserved(manager: EntityManager, bedId: string, acceptingOfferId?: string): Promise<void> {
    if (acceptingOfferId) return;
    const [reserved] = await manager.query(
      `SELECT max(expires_at) AS "until" FROM waitlist_offer WHERE bed_id = $1 AND status = 'pending' AND expires_at > now() HAVING count(*) > 0`,
      [bedId],
    );
    if (reserved) {
      throw new ConflictError(`The bed is reserved for a waiting-list applicant until ${reserved.until.toISOString()}`, [
        { field: 'bedId', messages: ['the bed is offered to a waiting-list applicant'] },
      ]);
    }
  }

  /**
   * Admitted to a facility, a person no longer waits for it: their open application there ends as admitted and its
   * pending offer (of another bed) lapses. Accepting an offer settles its own application.
   */
  private async closeApplications(manager: EntityManager, residentId: string, facilityId: string, acceptingOfferId?: string): Promise<void> {
    if (acceptingOfferId) return;
    await manager.query(
      `WITH entry AS (
         UPDATE waitlist_entry SET status = 'admitted' WHERE resident_id = $1 AND facility_id = $2 AND status IN ('waiting', 'offered') RETURNING id)
       UPDATE waitlist_offer SET status = 'lapsed' WHERE entry_id IN (SELECT id FROM entry) AND status = 'pending'`,
      [residentId, facilityId],
    );
  }

  private async lockStay(manager: EntityManager, stayId: string, scope: AccessScope) {
    const params: unknown[] = [stayId];
    const [stay] = await manager.query(
      `SELECT s.* FROM stay s JOIN facility f ON f.id = s.facility_id
        WHERE s.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}
        FOR UPDATE OF s FOR NO KEY UPDATE OF f`,
      params,
    );
    if (!stay) throw new NotFoundError('Stay', stayId);
    if (stay.discharged_on) throw new ConflictError(`The stay ended on ${stay.discharged_on}`);
    return stay as { id: string; resident_id: string; bed_id: string; admitted_on: string; funding: Stay['funding'] };
  }
}
