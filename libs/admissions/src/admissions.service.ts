import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GBT_42195_2022, SAFETY_RISKS, SafetyRiskAssessment, safetyRiskRegister, STANDING_ASSESSMENT, STANDING_LEVEL, type NineRisksDto } from '@yiyang/assessments';
import { AuditService, type AccessScope } from '@yiyang/auth';
import {
  AppConfig,
  CLAIM,
  ConflictError,
  InvalidInputError,
  MASKED_NAME,
  NotFoundError,
  regionSubtreePrefix,
  registerConstraintMeanings,
  requestContext,
  RuleViolationError,
  SqlConditions,
  today,
  toPage,
  type Page,
} from '@yiyang/core';
import { BedsRepository } from '@yiyang/beds';
import { ReportingLockService } from '@yiyang/reporting';
import { RESIDENT_SCOPE, ResidentsRepository } from '@yiyang/residents';
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
  VoidAdmissionDto,
  VoidedStayDto,
} from './dto/admission.dto';
import { Stay } from './stay.entity';

const BED_OCCUPIED = { field: 'bedId', message: 'the bed is occupied on that date' };
const PERSON_STAYING = { field: 'residentId', message: 'the person already has a stay on that date' };

registerConstraintMeanings({
  stay_bed_no_overlap: BED_OCCUPIED,
  stay_resident_no_overlap: PERSON_STAYING,
  stay_period_check: { field: 'on', message: 'a stay ends after it began' },
});

const STAY_SELECT = `
  SELECT s.id, s.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", s.bed_id AS "bedId", b.code AS "bedCode",
         s.facility_id AS "facilityId", s.admitted_on AS "admittedOn", s.discharged_on AS "dischargedOn",
         s.discharge_reason AS "dischargeReason", s.funding, s.transferred_from_id AS "transferredFromId"
    FROM stay s JOIN resident r ON r.id = s.resident_id JOIN bed b ON b.id = s.bed_id JOIN facility f ON f.id = s.facility_id`;

/** Rows of a stay the caller may see: their facilities or region (by the facility), or their relatives. */
const STAY_SCOPE = { regionCode: 'f.region_code', facilityId: 'f.id', residentId: 's.resident_id' };

/** A 409 worded as the exclusion constraint's violation is, so the early and the locked refusals read alike. */
const conflictOn = (meaning: { field: string; message: string }) => new ConflictError(meaning.message, [{ field: meaning.field, messages: [meaning.message] }]);

const reservedUntil = (until: Date) =>
  new ConflictError(`The bed is reserved for a waiting-list applicant until ${until.toISOString()}`, [{ field: 'bedId', messages: ['the bed is offered to a waiting-list applicant'] }]);

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
    const id = await this.dataSource.transaction(async (manager) => {
      await this.refuseEarlyOrClaim(manager, { residentId: input.residentId, bedId: input.bedId, from: input.admittedOn, scope });
      return this.admitIn(manager, input, scope);
    });
    return this.get(id, scope);
  }

  /**
   * Refuses, before queueing for the facility's lock, a move into a bed that cannot succeed as far as committed rows
   * show — the bed taken or offered to an applicant, the person staying elsewhere — and claims the bed and the person
   * for the caller's transaction: a second request for either, while the first is on its way, is refused at once
   * (409, try again) instead of waiting behind it. One statement, before any lock, waiting for nothing. The locked
   * path keeps the facility row: the stay's board-version trigger updates it anyway, and it serialises the facility's
   * stays with its beds, offers and policy. It and the exclusion constraints remain the guarantee; this only spares the
   * losers the wait. A bed or person outside the caller's scope is neither refused nor claimed here: the locked path
   * answers 404.
   */
  async refuseEarlyOrClaim(
    manager: EntityManager,
    move: { residentId: string; bedId: string; from: string; scope: AccessScope; acceptingOfferId?: string; leavingStayId?: string },
  ): Promise<void> {
    const params: unknown[] = [move.bedId, move.residentId, move.from, move.leavingStayId ?? null, Boolean(move.acceptingOfferId)];
    const overlapping = (column: string, value: string) =>
      `EXISTS (SELECT 1 FROM stay s WHERE s.${column} = ${value} AND daterange(s.admitted_on, s.discharged_on) && daterange($3::date, NULL) AND s.id IS DISTINCT FROM $4::uuid)`;
    const [state] = await manager.query(
      `WITH state AS (
         SELECT (SELECT ${overlapping('bed_id', 'b.id')} FROM bed b JOIN facility f ON f.id = b.facility_id
                  WHERE b.id = $1 AND ${move.scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}) AS "bedOccupied",
                (SELECT ${overlapping('resident_id', 'r.id')} FROM resident r WHERE r.id = $2 AND ${move.scope.sql(RESIDENT_SCOPE, params)}) AS "personStaying",
                CASE WHEN NOT $5 THEN (SELECT max(expires_at) FROM waitlist_offer WHERE bed_id = $1 AND status = 'pending' AND expires_at > now()) END AS "reservedUntil"
       ), bed AS (
         SELECT *, CASE WHEN NOT "bedOccupied" AND NOT "personStaying" AND "reservedUntil" IS NULL THEN ${CLAIM("'bed ' || $1")} END AS "bedClaimed" FROM state
       )
       SELECT *, CASE WHEN "bedClaimed" THEN ${CLAIM("'person ' || $2")} END AS "personClaimed" FROM bed`,
      params,
    );
    if (state.bedOccupied === null || state.personStaying === null) return;
    if (state.bedOccupied) throw await this.bedTaken(manager, move.bedId, move.from, move.leavingStayId);
    if (state.personStaying) throw conflictOn(PERSON_STAYING);
    if (state.reservedUntil) throw reservedUntil(state.reservedUntil);
    if (!state.bedClaimed) throw conflictOn({ field: 'bedId', message: 'the bed is being occupied by another request right now: try again in a moment' });
    if (!state.personClaimed) throw conflictOn({ field: 'residentId', message: 'another request is placing the person in a bed right now: try again in a moment' });
  }

  /**
   * Admits within the caller's transaction (accepting a waiting-list offer does it too), which has passed
   * refuseEarlyOrClaim before taking any lock. Locks go person → facility →
   * bed, the order every writer takes, so writes to one facility queue up; the exclusion constraints have the last
   * word. GB 38600 wants the safety risks assessed at admission: given here, or recorded in the 30 days before.
   */
  async admitIn(manager: EntityManager, input: AdmitDto, scope: AccessScope, acceptingOfferId?: string): Promise<string> {
    const resident = await this.residents.findInScope(input.residentId, scope, manager, 'share');
    if (!resident) throw new NotFoundError('Resident', input.residentId);
    const bed = await this.lockBed(manager, input.bedId, scope);
    await this.assertBedUsable(manager, bed, input.admittedOn);
    await this.assertNotReserved(manager, bed.id, acceptingOfferId);
    await this.assertBedFree(manager, bed.id, input.admittedOn);
    if (input.admittedOn < resident.birthDate) throw InvalidInputError.of([{ field: 'admittedOn', message: 'the person was not born yet' }]);
    if (input.funding === 'tekun_centralized' && !resident.categories.includes('tekun')) {
      throw InvalidInputError.of([{ field: 'funding', message: '特困 centralized support is for people registered as 特困' }]);
    }
    await this.periods.assertOpen(manager, input.admittedOn, 'admittedOn');
    await this.assertAdmissible(manager, bed.facilityId, input.residentId, input.admittedOn);
    await this.assertSafetyRisks(manager, input.residentId, input.admittedOn, input.safetyRisks);
    const stay = manager.create(Stay, {
      residentId: input.residentId,
      bedId: bed.id,
      facilityId: bed.facilityId,
      admittedOn: input.admittedOn,
      funding: input.funding ?? 'self_pay',
      createdBy: requestContext.current()?.userId ?? null,
    });
    await manager.insert(Stay, stay);
    await this.joinFacility(manager, input.residentId, bed.facilityId, acceptingOfferId);
    if (input.safetyRisks) await this.recordSafetyRisks(manager, input.residentId, input.admittedOn, input.safetyRisks);
    await this.audit.record(manager, { action: 'admit', entity: 'stay', entityId: stay.id, after: { residentId: input.residentId, bedId: bed.id, admittedOn: input.admittedOn, funding: stay.funding } });
    return stay.id;
  }

  /**
   * Ends the stay on `on` and starts the next in the new bed that day, in one transaction. The person is locked first,
   * then both facilities in id order, so transfers in opposite directions queue; a move to another facility is an
   * admission there, and meets its rules and GB 38600's risk assessment.
   */
  async transfer(stayId: string, input: TransferDto, scope: AccessScope): Promise<StayDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const params: unknown[] = [stayId, input.bedId];
      const [found] = await manager.query(
        `SELECT s.resident_id, s.facility_id, (SELECT b.facility_id FROM bed b JOIN facility bf ON bf.id = b.facility_id
                                                 WHERE b.id = $2 AND ${scope.sql({ regionCode: 'bf.region_code', facilityId: 'bf.id' }, params)}) AS target
           FROM stay s JOIN facility f ON f.id = s.facility_id
          WHERE s.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}`,
        params,
      );
      if (!found) throw new NotFoundError('Stay', stayId);
      if (!found.target) throw new NotFoundError('Bed', input.bedId);
      await this.refuseEarlyOrClaim(manager, { residentId: found.resident_id, bedId: input.bedId, from: input.on, scope, leavingStayId: stayId });
      await manager.query(`SELECT 1 FROM resident WHERE id = $1 FOR SHARE`, [found.resident_id]);
      const stay = await this.lockStay(manager, stayId, scope, found.target);
      if (stay.bed_id === input.bedId) throw new RuleViolationError('A transfer goes to another bed');
      if (input.on <= stay.admitted_on) throw InvalidInputError.of([{ field: 'on', message: `a transfer comes after admission (${stay.admitted_on})` }]);
      const bed = await this.lockBed(manager, input.bedId, scope);
      await this.assertBedUsable(manager, bed, input.on);
      await this.assertNotReserved(manager, bed.id);
      await this.assertBedFree(manager, bed.id, input.on);
      await this.periods.assertOpen(manager, input.on, 'on');
      const moving = bed.facilityId !== stay.facility_id;
      if (moving) {
        await this.assertAdmissible(manager, bed.facilityId, stay.resident_id, input.on);
        await this.assertSafetyRisks(manager, stay.resident_id, input.on, input.safetyRisks);
      }
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
      await this.joinFacility(manager, stay.resident_id, bed.facilityId);
      if (moving && input.safetyRisks) await this.recordSafetyRisks(manager, stay.resident_id, input.on, input.safetyRisks);
      await this.audit.record(manager, { action: 'transfer', entity: 'stay', entityId: next.id, before: { stayId, bedId: stay.bed_id }, after: { bedId: bed.id, on: input.on } });
      return next.id;
    });
    return this.get(id, scope);
  }

  /**
   * Ends the stay: `on` is the first day away. Leaving the day they came is `on` = the admission day, an empty range:
   * the bed is free again that day and the person was in residence at no day's end, so it counts in no occupancy or
   * indicator, and the exclusion constraints let the bed and the person be taken again that day.
   */
  async discharge(stayId: string, input: DischargeDto, scope: AccessScope): Promise<StayDto> {
    await this.dataSource.transaction(async (manager) => {
      const stay = await this.lockStay(manager, stayId, scope);
      if (input.on < stay.admitted_on) throw InvalidInputError.of([{ field: 'on', message: `a discharge comes on or after admission (${stay.admitted_on})` }]);
      await this.periods.assertOpen(manager, input.on, 'on');
      await manager.query(`UPDATE stay SET discharged_on = $2, discharge_reason = $3 WHERE id = $1`, [stayId, input.on, input.reason]);
      await this.audit.record(manager, { action: 'discharge', entity: 'stay', entityId: stayId, after: { ...input } });
    });
    return this.get(stayId, scope);
  }

  /**
   * 作废入住 Voids an admission made by mistake, on its day (China time) only, by the facility's side: the stay moves
   * into voided_stay in one transaction, so it holds the bed no more and no reader of stays — occupancy, the board,
   * indicators, reports, the person's stays — ever counts it; the audit entry keeps the stay as it was and the reason.
   * A stay that began with a transfer, or by accepting a waiting-list offer, is not an admission to void here (422):
   * the previous stay, or the offer, would be left pointing at nothing.
   */
  async voidAdmission(stayId: string, input: VoidAdmissionDto, scope: AccessScope): Promise<VoidedStayDto> {
    await this.dataSource.transaction(async (manager) => {
      const stay = await this.lockStay(manager, stayId, scope, undefined, { ended: 'allow' });
      if (stay.admitted_on !== today()) {
        throw new RuleViolationError(`An admission is voided only on its day (${stay.admitted_on}, China time); discharge the person instead`);
      }
      if (stay.transferred_from_id) throw new RuleViolationError('This stay began with a transfer, not an admission: it cannot be voided');
      const [offer] = await manager.query(`SELECT id FROM waitlist_offer WHERE stay_id = $1`, [stayId]);
      if (offer) throw new RuleViolationError('This admission accepted a waiting-list offer: discharge the person instead');
      await this.periods.assertOpen(manager, stay.admitted_on, 'id');
      const voidedBy = requestContext.current()?.userId ?? null;
      await manager.query(
        `WITH gone AS (DELETE FROM stay WHERE id = $1 RETURNING *)
         INSERT INTO voided_stay (id, resident_id, bed_id, facility_id, admitted_on, discharged_on, discharge_reason, funding, created_by, created_at, voided_by, void_reason)
         SELECT id, resident_id, bed_id, facility_id, admitted_on, discharged_on, discharge_reason, funding, created_by, created_at, $2, $3 FROM gone`,
        [stayId, voidedBy, input.reason],
      );
      await this.audit.record(manager, { action: 'void', entity: 'stay', entityId: stayId, before: stay, after: { reason: input.reason } });
    });
    const params: unknown[] = [stayId];
    const [row] = await this.dataSource.query(
      `SELECT v.id, v.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", v.bed_id AS "bedId", b.code AS "bedCode",
              v.facility_id AS "facilityId", v.admitted_on AS "admittedOn", v.discharged_on AS "dischargedOn",
              v.voided_at AS "voidedAt", v.voided_by AS "voidedBy", v.void_reason AS reason
         FROM voided_stay v JOIN resident r ON r.id = v.resident_id JOIN bed b ON b.id = v.bed_id JOIN facility f ON f.id = v.facility_id
        WHERE v.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}`,
      params,
    );
    return { ...row, voidedAt: new Date(row.voidedAt).toISOString() };
  }

  async get(id: string, scope: AccessScope): Promise<StayDto> {
    const params: unknown[] = [id];
    const [row] = await this.dataSource.query(`${STAY_SELECT} WHERE s.id = $1 AND ${scope.sql(STAY_SCOPE, params)}`, params);
    if (!row) throw new NotFoundError('Stay', id);
    await this.audit.recordReads(this.dataSource.manager, 'resident', [row.residentId]);
    return row;
  }

  async list(query: ListStaysQuery, scope: AccessScope): Promise<Page<StayDto>> {
    const conditions = new SqlConditions();
    conditions.raw(scope.sql(STAY_SCOPE, conditions.params));
    const add = conditions.add.bind(conditions);
    if (query.facilityId) add((p) => `s.facility_id = ${p}`, query.facilityId);
    if (query.residentId) add((p) => `s.resident_id = ${p}`, query.residentId);
    if (query.active !== undefined) {
      add((p) => `${query.active ? '' : 'NOT '}(s.admitted_on <= ${p}::date AND (s.discharged_on IS NULL OR s.discharged_on > ${p}::date))`, query.date ?? today());
    }
    const { params, sql: where } = conditions;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM stay s JOIN facility f ON f.id = s.facility_id WHERE ${where}`, params);
    const rows = await this.dataSource.query(
      `${STAY_SELECT} WHERE ${where} ORDER BY s.admitted_on DESC, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    await this.audit.recordReads(this.dataSource.manager, 'resident', rows.map((row: StayDto) => row.residentId));
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
    await this.audit.recordReads(this.dataSource.manager, 'resident', rows.map((row) => row.residentId));
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

  /**
   * A stay from `date` on needs a bed that is open, in an operating facility and in service from then on: a bed
   * closing, or out of service, later (or, backdated, in between) is refused too (409), as is a home bed (家庭养老床位:
   * served at home, nobody is admitted into it; 422).
   */
  async assertBedUsable(manager: EntityManager, bed: LockedBed, date: string): Promise<void> {
    if (bed.setting === 'home') throw new RuleViolationError('A home bed (家庭养老床位) is served at home: nobody is admitted into it');
    const refuse = (message: string) => new ConflictError(message, [{ field: 'bedId', messages: [message] }]);
    if (date < bed.openedOn || date < bed.facilityOpenedOn) throw refuse(`the bed is not open on ${date}`);
    if (bed.closedOn) throw refuse(bed.closedOn <= date ? `the bed is closed on ${date}` : `the bed closes on ${bed.closedOn}`);
    if (bed.facilityClosedOn) throw refuse(bed.facilityClosedOn <= date ? `the facility is closed on ${date}` : `the facility closes on ${bed.facilityClosedOn}`);
    const [outOfService] = await manager.query(
      `SELECT valid_from AS "from" FROM bed_out_of_service WHERE bed_id = $1 AND daterange(valid_from, valid_to) && daterange($2::date, NULL) ORDER BY valid_from LIMIT 1`,
      [bed.id, date],
    );
    if (outOfService) throw refuse(outOfService.from <= date ? `the bed is out of service on ${date}` : `the bed is out of service from ${outOfService.from}`);
  }

  /** Whether the person's standing GB/T 42195 assessment on the date (corrections by then counted) is still valid. */
  async hasCurrentAssessment(manager: EntityManager, residentId: string, date: string): Promise<boolean> {
    const [row] = await manager.query(`SELECT ${STANDING_ASSESSMENT('$1::uuid', '$2::date', 'a.next_due_on')} > $2::date AS current`, [residentId, date]);
    return Boolean(row?.current);
  }

  /** Where the facility's rules say so, admission needs a current capability assessment (422 otherwise). */
  private async assertAdmissible(manager: EntityManager, facilityId: string, residentId: string, date: string): Promise<void> {
    const policy = await this.policies.effective(facilityId, manager);
    if (policy.requiresAssessment && !(await this.hasCurrentAssessment(manager, residentId, date))) {
      throw new RuleViolationError('This facility admits only with a current capability assessment (GB/T 42195-2022)');
    }
  }

  /**
   * Whether the nine GB 38600 risks were assessed for the person in the 30 days up to the date. A register that lacks
   * any of them (stored before sets were checked whole) does not count.
   */
  async hasRecentSafetyRisks(manager: EntityManager, residentId: string, date: string): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT 1 FROM safety_risk_assessment
        WHERE resident_id = $1 AND assessed_on BETWEEN $2::date - 30 AND $2::date AND jsonb_typeof(risks) = 'object' AND risks ?& $3::text[]
        LIMIT 1`,
      [residentId, date, SAFETY_RISKS],
    );
    return Boolean(row);
  }

  /** GB 38600: the nine risks assessed on admission, given now or recorded in the 30 days before (400 otherwise). */
  private async assertSafetyRisks(manager: EntityManager, residentId: string, date: string, given: NineRisksDto | undefined): Promise<void> {
    if (given || (await this.hasRecentSafetyRisks(manager, residentId, date))) return;
    throw InvalidInputError.of([{ field: 'safetyRisks', message: 'GB 38600 requires the nine safety risks assessed at admission (none recorded in the 30 days before)' }]);
  }

  private async recordSafetyRisks(manager: EntityManager, residentId: string, date: string, given: NineRisksDto): Promise<void> {
    await manager.insert(SafetyRiskAssessment, {
      residentId,
      assessedOn: date,
      reason: 'admission',
      risks: safetyRiskRegister(given),
      assessorId: requestContext.current()?.userId ?? null,
    });
  }

  /**
   * Under the bed's lock, a stay from `from` on needs the bed free from then on: the exclusion constraint would refuse
   * it anyway, but only this can say who holds it.
   */
  private async assertBedFree(manager: EntityManager, bedId: string, from: string): Promise<void> {
    const [taken] = await manager.query(`SELECT 1 FROM stay WHERE bed_id = $1 AND daterange(admitted_on, discharged_on) && daterange($2::date, NULL) LIMIT 1`, [bedId, from]);
    if (taken) throw await this.bedTaken(manager, bedId, from);
  }

  /**
   * The 409 for a bed taken from `from` on, naming the first stay that holds it (masked, as the board shows it to
   * anyone who may see the bed; callers have found the bed in their scope), so a page can say who took it.
   */
  private async bedTaken(manager: EntityManager, bedId: string, from: string, leavingStayId?: string): Promise<ConflictError> {
    const [holder] = await manager.query(
      `SELECT s.id AS "stayId", ${MASKED_NAME('p.name')} AS occupant, s.admitted_on::text AS since, s.discharged_on::text AS until
         FROM stay s JOIN resident p ON p.id = s.resident_id
        WHERE s.bed_id = $1 AND daterange(s.admitted_on, s.discharged_on) && daterange($2::date, NULL) AND s.id IS DISTINCT FROM $3::uuid
        ORDER BY s.admitted_on LIMIT 1`,
      [bedId, from, leavingStayId ?? null],
    );
    const message = holder ? `${BED_OCCUPIED.message} (held by ${holder.occupant} since ${holder.since})` : BED_OCCUPIED.message;
    return new ConflictError(message, [{ field: BED_OCCUPIED.field, messages: [BED_OCCUPIED.message] }], holder);
  }

  /** A bed offered to an applicant is theirs until the offer ends: only accepting an offer of it admits into it. */
  private async assertNotReserved(manager: EntityManager, bedId: string, acceptingOfferId?: string): Promise<void> {
    if (acceptingOfferId) return;
    const [reserved] = await manager.query(
      `SELECT max(expires_at) AS "until" FROM waitlist_offer WHERE bed_id = $1 AND status = 'pending' AND expires_at > now() HAVING count(*) > 0`,
      [bedId],
    );
    if (reserved) throw reservedUntil(reserved.until);
  }

  /**
   * Living in a facility, a person is among those its staff see, and no longer waits for it: an open application
   * there ends as admitted and its pending offer (of another bed) lapses — offer first, then application, the order
   * the waiting list locks them in. Accepting an offer settles its own application.
   */
  private async joinFacility(manager: EntityManager, residentId: string, facilityId: string, acceptingOfferId?: string): Promise<void> {
    await manager.query(`INSERT INTO resident_facility (resident_id, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [residentId, facilityId]);
    if (acceptingOfferId) return;
    await manager.query(
      `UPDATE waitlist_offer SET status = 'lapsed'
        WHERE status = 'pending' AND entry_id IN (SELECT id FROM waitlist_entry WHERE resident_id = $1 AND facility_id = $2 AND status IN ('waiting', 'offered'))`,
      [residentId, facilityId],
    );
    await manager.query(`UPDATE waitlist_entry SET status = 'admitted' WHERE resident_id = $1 AND facility_id = $2 AND status IN ('waiting', 'offered')`, [residentId, facilityId]);
  }

  /**
   * The stay, locked after its facility (and, for a transfer, the target bed's facility: both in id order), if the
   * caller's scope covers it; 409 once it has ended.
   */
  private async lockStay(manager: EntityManager, stayId: string, scope: AccessScope, alsoFacility?: string, options: { ended: 'refuse' | 'allow' } = { ended: 'refuse' }) {
    const params: unknown[] = [stayId];
    const [found] = await manager.query(
      `SELECT s.facility_id FROM stay s JOIN facility f ON f.id = s.facility_id WHERE s.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}`,
      params,
    );
    if (!found) throw new NotFoundError('Stay', stayId);
    const facilities = [...new Set([found.facility_id, alsoFacility].filter(Boolean))].sort();
    await manager.query(`SELECT 1 FROM facility WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [facilities]);
    const [stay] = await manager.query(`SELECT * FROM stay WHERE id = $1 FOR UPDATE`, [stayId]);
    if (stay.discharged_on && options.ended === 'refuse') throw new ConflictError(`The stay ended on ${stay.discharged_on}`);
    return stay as {
      id: string;
      resident_id: string;
      bed_id: string;
      facility_id: string;
      admitted_on: string;
      discharged_on: string | null;
      funding: Stay['funding'];
      transferred_from_id: string | null;
    };
  }
}
