import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SafetyRiskAssessment, safetyRiskRegister, type NineRisksDto } from '@yiyang/assessments';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ConflictError, InvalidInputError, mapPage, NotFoundError, orNotFound, type Page, requestContext, RuleViolationError, today } from '@yiyang/core';
import { FacilitiesRepository } from '@yiyang/facilities';
import { ReportingLockService } from '@yiyang/reporting';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { AdmissionRulesRepository } from './admission-rules.repository';
import { AdmissionRules } from './admission-rules.service';
import { AdmissionVoided, StayAdmitted, StayDischarged, StayTransferred } from './audit-events';
import {
  mapStay,
  mapVoidedStay,
  type AdmitDto,
  type DischargeDto,
  type ListStaysQuery,
  type StayDto,
  type TransferDto,
  type VoidAdmissionDto,
  type VoidedStayDto,
} from './dto/stay.dto';
import { StaysRepository, type StayRecord } from './stays.repository';
import { WaitlistRepository } from './waitlist.repository';

/** Stays: admissions, transfers, discharges and voids, checked by exclusion constraints; the stays a caller may see. */
@Injectable()
export class AdmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stays: StaysRepository,
    private readonly rules: AdmissionRules,
    private readonly checks: AdmissionRulesRepository,
    private readonly waitlist: WaitlistRepository,
    private readonly residents: ResidentsRepository,
    private readonly facilities: FacilitiesRepository,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async admit(input: AdmitDto, scope: AccessScope): Promise<StayDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      await this.rules.refuseEarlyOrClaim(manager, { residentId: input.residentId, bedId: input.bedId, from: input.admittedOn, scope });
      return this.admitIn(manager, input, scope);
    });
    return this.get(id, scope);
  }

  /**
   * Admits within the caller's transaction (accepting a waiting-list offer does it too), which has passed
   * refuseEarlyOrClaim before taking any lock. Locks go person → facility →
   * bed, the order every writer takes, so writes to one facility queue up; the exclusion constraints have the last
   * word. GB 38600 wants the safety risks assessed at admission: given here, or recorded in the 30 days before.
   */
  async admitIn(manager: EntityManager, input: AdmitDto, scope: AccessScope, acceptingOfferId?: string): Promise<string> {
    const resident = orNotFound(await this.residents.findInScope(input.residentId, scope, manager, 'share'), 'Resident', input.residentId);
    const bed = await this.rules.lockBed(manager, input.bedId, scope);
    await this.rules.assertBedUsable(manager, bed, input.admittedOn);
    await this.rules.assertNotReserved(manager, bed.id, acceptingOfferId);
    await this.rules.assertBedFree(manager, bed.id, input.admittedOn);
    if (input.admittedOn < resident.birthDate) throw InvalidInputError.of([{ field: 'admittedOn', message: 'the person was not born yet' }]);
    if (input.funding === 'tekun_centralized' && !resident.categories.includes('tekun')) {
      throw InvalidInputError.of([{ field: 'funding', message: '特困 centralized support is for people registered as 特困' }]);
    }
    await this.periods.assertOpen(manager, input.admittedOn, 'admittedOn');
    await this.rules.assertAdmissible(manager, bed.facilityId, input.residentId, input.admittedOn);
    await this.rules.assertSafetyRisks(manager, input.residentId, input.admittedOn, input.safetyRisks);
    const stay = await this.stays.insert(
      {
        residentId: input.residentId,
        bedId: bed.id,
        facilityId: bed.facilityId,
        admittedOn: input.admittedOn,
        funding: input.funding ?? 'self_pay',
        createdBy: requestContext.current()?.userId ?? null,
      },
      manager,
    );
    await this.joinFacility(manager, input.residentId, bed.facilityId, acceptingOfferId);
    if (input.safetyRisks) await this.recordSafetyRisks(manager, input.residentId, input.admittedOn, input.safetyRisks);
    await this.audit.record(manager, StayAdmitted, { entityId: stay.id, after: { residentId: input.residentId, bedId: bed.id, admittedOn: input.admittedOn, funding: stay.funding } });
    return stay.id;
  }

  /**
   * Ends the stay on `on` and starts the next in the new bed that day, in one transaction. The person is locked first,
   * then both facilities in id order, so transfers in opposite directions queue; a move to another facility is an
   * admission there, and meets its rules and GB 38600's risk assessment.
   */
  async transfer(stayId: string, input: TransferDto, scope: AccessScope): Promise<StayDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const found = orNotFound(await this.stays.transferEnds(stayId, input.bedId, scope, manager), 'Stay', stayId);
      if (!found.targetFacilityId) throw new NotFoundError('Bed', input.bedId);
      await this.rules.refuseEarlyOrClaim(manager, { residentId: found.residentId, bedId: input.bedId, from: input.on, scope, leavingStayId: stayId });
      await this.checks.lockPerson(found.residentId, manager);
      const stay = await this.lockStay(manager, stayId, scope, found.targetFacilityId);
      if (stay.bed_id === input.bedId) throw new RuleViolationError('A transfer goes to another bed');
      if (input.on <= stay.admitted_on) throw InvalidInputError.of([{ field: 'on', message: `a transfer comes after admission (${stay.admitted_on})` }]);
      const bed = await this.rules.lockBed(manager, input.bedId, scope);
      await this.rules.assertBedUsable(manager, bed, input.on);
      await this.rules.assertNotReserved(manager, bed.id);
      await this.rules.assertBedFree(manager, bed.id, input.on);
      await this.periods.assertOpen(manager, input.on, 'on');
      const moving = bed.facilityId !== stay.facility_id;
      if (moving) {
        await this.rules.assertAdmissible(manager, bed.facilityId, stay.resident_id, input.on);
        await this.rules.assertSafetyRisks(manager, stay.resident_id, input.on, input.safetyRisks);
      }
      await this.stays.end(stayId, input.on, 'transfer', manager);
      const next = await this.stays.insert(
        {
          residentId: stay.resident_id,
          bedId: bed.id,
          facilityId: bed.facilityId,
          admittedOn: input.on,
          funding: stay.funding,
          transferredFromId: stayId,
          createdBy: requestContext.current()?.userId ?? null,
        },
        manager,
      );
      await this.joinFacility(manager, stay.resident_id, bed.facilityId);
      if (moving && input.safetyRisks) await this.recordSafetyRisks(manager, stay.resident_id, input.on, input.safetyRisks);
      await this.audit.record(manager, StayTransferred, { entityId: next.id, before: { stayId, bedId: stay.bed_id }, after: { bedId: bed.id, on: input.on } });
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
      await this.stays.end(stayId, input.on, input.reason, manager);
      await this.audit.record(manager, StayDischarged, { entityId: stayId, after: { on: input.on, reason: input.reason } });
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
      if (await this.waitlist.admittedInto(stayId, manager)) throw new RuleViolationError('This admission accepted a waiting-list offer: discharge the person instead');
      await this.periods.assertOpen(manager, stay.admitted_on, 'id');
      await this.stays.moveToVoided(stayId, requestContext.current()?.userId ?? null, input.reason, manager);
      await this.audit.record(manager, AdmissionVoided, { entityId: stayId, before: stay, after: { reason: input.reason } });
    });
    const voided = await this.stays.findVoidedInScope(stayId, scope, this.dataSource.manager);
    return mapVoidedStay(voided!);
  }

  async get(id: string, scope: AccessScope): Promise<StayDto> {
    const manager = this.dataSource.manager;
    const row = orNotFound(await this.stays.findInScope(id, scope, manager), 'Stay', id);
    await this.audit.recordReads(manager, 'resident', [row.residentId]);
    return mapStay(row);
  }

  async list(query: ListStaysQuery, scope: AccessScope): Promise<Page<StayDto>> {
    const manager = this.dataSource.manager;
    const page = await this.stays.page({ ...query, on: query.date ?? today() }, scope, manager);
    await this.audit.recordReads(manager, 'resident', page.items.map((row) => row.residentId));
    return mapPage(page, mapStay);
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
   * Living in a facility, a person is among those its staff see, and no longer waits for it: an open application
   * there ends as admitted and its pending offer (of another bed) lapses. Accepting an offer settles its own
   * application.
   */
  private async joinFacility(manager: EntityManager, residentId: string, facilityId: string, acceptingOfferId?: string): Promise<void> {
    await this.residents.link(residentId, facilityId, manager);
    if (!acceptingOfferId) await this.waitlist.admittedOtherwise(residentId, facilityId, manager);
  }

  /**
   * The stay, locked after its facility (and, for a transfer, the target bed's facility: both in id order), if the
   * caller's scope covers it; 409 once it has ended.
   */
  private async lockStay(
    manager: EntityManager,
    stayId: string,
    scope: AccessScope,
    alsoFacility?: string,
    options: { ended: 'refuse' | 'allow' } = { ended: 'refuse' },
  ): Promise<StayRecord> {
    const facilityId = orNotFound(await this.stays.facilityOf(stayId, scope, manager), 'Stay', stayId);
    await this.facilities.lockAll([...new Set([facilityId, alsoFacility].filter((id): id is string => Boolean(id)))], manager);
    const stay = await this.stays.lock(stayId, manager);
    if (stay.discharged_on && options.ended === 'refuse') throw new ConflictError(`The stay ended on ${stay.discharged_on}`);
    return stay;
  }
}
