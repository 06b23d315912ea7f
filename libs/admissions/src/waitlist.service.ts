import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessScope, AuditService } from '@yiyang/auth';
import { addMonths, ConflictError, ForbiddenError, InvalidInputError, NotFoundError, orNotFound, requestContext, RuleViolationError, today } from '@yiyang/core';
import { FacilitiesRepository } from '@yiyang/facilities';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { AdmissionPolicyService } from './admission-policy.service';
import { AdmissionRulesRepository } from './admission-rules.repository';
import { AdmissionRules } from './admission-rules.service';
import { AdmissionsService } from './admissions.service';
import { ApplicationWithdrawn, BedOffered, OfferAccepted, OfferDeclined, WaitlistApplied } from './audit-events';
import { rankWaitlist, type RankedApplicant, type WaitlistPolicy } from './domain/waitlist-policy';
import type { StayDto } from './dto/stay.dto';
import {
  mapApplication,
  mapSuspendedEntry,
  mapVacantBed,
  mapWaitlistEntry,
  mapWaitlistOffer,
  type AcceptDto,
  type ApplicationDto,
  type ApplyDto,
  type OfferDto,
  type WaitlistDto,
  type WaitlistHomeDto,
  type WaitlistOfferDto,
  type WithdrawDto,
} from './dto/waitlist.dto';
import { StaysRepository } from './stays.repository';
import { WaitlistRepository, type AnswerableEntry, type QueueRow } from './waitlist.repository';

interface Queue {
  ranked: RankedApplicant<QueueRow>[];
  suspended: QueueRow[];
}

/**
 * 轮候: applications for public facilities' beds, ranked by the policy in force; offers of vacant beds that the
 * applicant accepts (and is admitted, in the same transaction) or declines (and is suspended as the policy says).
 * Every change locks in one order — person, facility, bed, offer, application — the facility row serialising the
 * changes of one facility's list, its beds and its stays, so concurrent steps queue and do not deadlock. Reads take
 * no locks: an offer past its end reads as lapsed before anything settles it.
 */
@Injectable()
export class WaitlistService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waitlist: WaitlistRepository,
    private readonly stays: StaysRepository,
    private readonly admissions: AdmissionsService,
    private readonly rules: AdmissionRules,
    private readonly checks: AdmissionRulesRepository,
    private readonly policies: AdmissionPolicyService,
    private readonly residents: ResidentsRepository,
    private readonly facilities: FacilitiesRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Puts a person on a public facility's list; whoever may see the person may apply for them. A suspension from a
   * declined offer carries over to a new application at the same facility.
   */
  async apply(facilityId: string, input: ApplyDto, scope: AccessScope): Promise<ApplicationDto> {
    const on = today();
    const entryId = await this.dataSource.transaction(async (manager) => {
      orNotFound(await this.residents.findInScope(input.residentId, scope, manager, 'share'), 'Resident', input.residentId);
      await this.lockList(manager, facilityId);
      const facility = await this.waitlist.facilityStanding(facilityId, on, manager);
      if (facility.closedOn && facility.closedOn <= on) throw new RuleViolationError(`The facility closed on ${facility.closedOn}`);
      if (facility.ownership !== 'public') throw new RuleViolationError('Only public facilities keep a waiting list (公办养老机构轮候)');
      if (await this.stays.livesIn(input.residentId, facilityId, on, manager)) {
        throw new ConflictError('The person already lives in this facility', [{ field: 'residentId', messages: ['already lives in this facility'] }]);
      }
      await this.settleExpiredOffers(manager, facilityId);
      const entryId = await this.waitlist.insertEntry(facilityId, input.residentId, requestContext.current()?.userId ?? null, on, manager);
      // The facility's staff review the application, so they see the person from now on.
      await this.residents.link(input.residentId, facilityId, manager);
      await this.audit.record(manager, WaitlistApplied, { entityId: entryId, after: { facilityId, residentId: input.residentId } });
      return entryId;
    });
    return this.application(entryId, this.dataSource.manager);
  }

  /**
   * The queue in the order of the policy, each applicant with group, level, position and why. Staff of the
   * facility (or its region) see everyone, the vacant beds and who is next; anyone else sees only the applicants
   * they may see (a family member: their relative), with the same positions, and nothing else.
   */
  async list(facilityId: string, scope: AccessScope): Promise<WaitlistDto> {
    const manager = this.dataSource.manager;
    const staff = await this.waitlist.staffOf(facilityId, scope, manager);
    if (staff === null) throw new NotFoundError('Facility', facilityId);
    const policy = (await this.policies.effective(facilityId, manager)).waitlist;
    const queue = await this.queue(manager, facilityId, policy, scope);
    const shown = (row: QueueRow) => staff || row.visible;
    const entries = queue.ranked.filter(shown);
    const suspended = queue.suspended.filter(shown);
    if (!staff && !entries.length && !suspended.length) throw new NotFoundError('Facility', facilityId);
    await this.audit.recordReads(manager, 'resident', [...entries, ...suspended].map((row) => row.residentId));
    const next = queue.ranked.find((entry) => entry.status === 'waiting');
    return {
      facilityId,
      policyVersion: policy.version,
      vacantBeds: staff ? (await this.waitlist.vacantBeds(facilityId, today(), manager)).map(mapVacantBed) : null,
      nextUp: staff && next ? mapWaitlistEntry(next) : null,
      entries: entries.map(mapWaitlistEntry),
      suspended: suspended.map(mapSuspendedEntry),
    };
  }

  /**
   * The homes a person may wait for, as their family sees them: the public care homes of the county they live in
   * that are open today, and any other home they already wait for; each with what declining an offer costs there and
   * the person's open application (place, why, the bed offered). Families see no facility list otherwise.
   */
  async homesFor(residentId: string, scope: AccessScope): Promise<WaitlistHomeDto[]> {
    const manager = this.dataSource.manager;
    const resident = orNotFound(await this.residents.findInScope(residentId, scope, manager), 'Resident', residentId);
    const homes = await this.waitlist.homesFor(residentId, resident.residenceRegionCode, today(), manager);
    await this.audit.recordReads(manager, 'resident', [residentId]);
    return Promise.all(
      homes.map(async ({ entryId, ...home }) => {
        const policy = (await this.policies.effective(home.facilityId, manager)).waitlist;
        const base = { ...home, policyVersion: policy.version, declinePenaltyMonths: policy.declinePenaltyMonths, offerValidDays: policy.offerValidDays };
        if (!entryId) return { ...base, application: null };
        const queue = await this.queue(manager, home.facilityId, policy, null);
        const ranked = queue.ranked.find((row) => row.entryId === entryId);
        const row = ranked ?? queue.suspended.find((candidate) => candidate.entryId === entryId)!;
        const view = ranked ? mapWaitlistEntry(ranked) : null;
        return {
          ...base,
          application: {
            entryId,
            status: view ? (view.status as 'waiting' | 'offered') : 'suspended',
            position: view?.position ?? null,
            why: view?.why ?? null,
            groupLabel: view?.groupLabel ?? null,
            appliedAt: row.appliedAt,
            suspendedUntil: row.suspendedUntil,
            offer: view?.offer ?? null,
          },
        };
      }),
    );
  }

  /**
   * Offers a vacant bed of the facility to a waiting applicant, reserved for the policy's days. Offering past
   * applicants who wait ahead needs a reason, kept with the offer and in the audit log.
   */
  async offer(entryId: string, input: OfferDto, scope: AccessScope): Promise<WaitlistOfferDto> {
    const offerId = await this.dataSource.transaction(async (manager) => {
      const entry = await this.answerableEntry(manager, entryId, scope);
      if (!entry.staff) throw new NotFoundError('Waiting-list entry', entryId);
      const bed = await this.rules.lockBed(manager, input.bedId, scope);
      if (bed.facilityId !== entry.facilityId) throw InvalidInputError.of([{ field: 'bedId', message: 'the bed belongs to another facility' }]);
      const on = today();
      const policy = await this.settleExpiredOffers(manager, entry.facilityId);
      const current = await this.waitlist.lockEntry(entryId, manager);
      if (current.status !== 'waiting') throw new ConflictError(current.status === 'offered' ? 'The applicant already holds an offer' : `The application is ${current.status}`);
      if (current.suspendedUntil && current.suspendedUntil > on) throw new ConflictError(`The application is suspended until ${current.suspendedUntil} after a declined offer`);
      if (policy.requireAssessment && !(await this.checks.hasCurrentAssessment(current.residentId, on, manager))) {
        throw new RuleViolationError('No offer without a current capability assessment (GB/T 42195-2022)');
      }
      await this.rules.assertBedUsable(manager, bed, on);
      const takenFrom = await this.stays.bedHeldFrom(bed.id, on, manager);
      if (takenFrom) throw new ConflictError('The bed is occupied', [{ field: 'bedId', messages: [`occupied from ${takenFrom}`] }]);
      const queue = await this.queue(manager, entry.facilityId, policy, scope);
      const position = queue.ranked.findIndex((candidate) => candidate.entryId === entryId);
      const ahead = queue.ranked.slice(0, position).filter((candidate) => candidate.status === 'waiting').length;
      if (ahead > 0 && !input.skipReason) {
        throw new ConflictError(`${ahead} applicant(s) wait ahead of this one; say why in skipReason to offer anyway`, [
          { field: 'skipReason', messages: [`${ahead} applicant(s) wait ahead`] },
        ]);
      }
      if (input.funding === 'tekun_centralized' && !(await this.waitlist.categoriesOf(current.residentId, manager)).includes('tekun')) {
        throw InvalidInputError.of([{ field: 'funding', message: '特困 centralized support is for people registered as 特困' }]);
      }
      const skipReason = ahead > 0 ? input.skipReason! : null;
      const offerId = await this.waitlist.insertOffer(
        { entryId, bedId: bed.id, validDays: policy.offerValidDays, skipReason, offeredBy: requestContext.current()?.userId ?? null, funding: input.funding ?? 'self_pay' },
        manager,
      );
      await this.audit.record(manager, BedOffered, { entityId: entryId, after: { bedId: bed.id, ahead, skipReason: skipReason ?? undefined } });
      return offerId;
    });
    return mapWaitlistOffer(await this.waitlist.findOffer(offerId, this.dataSource.manager));
  }

  /**
   * Accepts an offer: the applicant is admitted into the offered bed in the same transaction. The first of several
   * offers of one bed to be accepted wins; the others lapse, their applicants back in the queue unpunished. Funding
   * and the admission's safety risks are the facility's to record: a family member accepting gives neither.
   */
  async accept(entryId: string, input: AcceptDto, scope: AccessScope): Promise<StayDto> {
    let facilityScope: AccessScope | undefined;
    const stayId = await this.dataSource.transaction(async (manager) => {
      const found = await this.latestOffer(manager, entryId, scope);
      if (!found.staff && (input.funding !== undefined || input.safetyRisks !== undefined)) {
        throw new ForbiddenError('Funding and the admission\'s safety risks are recorded by the facility');
      }
      facilityScope = AccessScope.actingForFacility(scope.user, found.facilityId);
      const admittedOn = input.admittedOn ?? today();
      // Several applicants may hold offers of the bed: the first to accept claims it, the others learn so at once.
      await this.rules.refuseEarlyOrClaim(manager, { residentId: found.residentId, bedId: found.bedId, from: admittedOn, scope: facilityScope, acceptingOfferId: found.offerId });
      // Person, facility and bed, then the offer: the order admitting takes.
      if (!(await this.residents.findInScope(found.residentId, facilityScope, manager, 'share'))) throw new NotFoundError('Resident', found.residentId);
      await this.rules.lockBed(manager, found.bedId, facilityScope);
      const offer = await this.lockPendingOffer(manager, found.offerId);
      if (admittedOn < today(offer.offeredAt)) {
        throw InvalidInputError.of([{ field: 'admittedOn', message: `not before the offer (${today(offer.offeredAt)})` }]);
      }
      const policy = (await this.policies.effective(found.facilityId, manager)).waitlist;
      if (policy.requireAssessment && !(await this.checks.hasCurrentAssessment(found.residentId, admittedOn, manager))) {
        throw new RuleViolationError('The capability assessment has lapsed since the offer: assess again first (GB/T 42195-2022)');
      }
      if (!found.staff && !(await this.checks.hasRecentSafetyRisks(found.residentId, admittedOn, manager))) {
        throw new RuleViolationError('The facility records the safety-risk assessment (GB 38600) before admitting: ask it to, then accept');
      }
      const stay = await this.admissions.admitIn(
        manager,
        { residentId: found.residentId, bedId: found.bedId, admittedOn, funding: input.funding ?? offer.funding, safetyRisks: input.safetyRisks },
        facilityScope,
        found.offerId,
      );
      await this.waitlist.accept(found.offerId, entryId, found.bedId, stay, manager);
      await this.audit.record(manager, OfferAccepted, { entityId: entryId, after: { offerId: found.offerId, stayId: stay } });
      return stay;
    });
    return this.admissions.get(stayId, facilityScope!);
  }

  /** Declines an offer: the application stays, suspended for the policy's months (standards.md §6). */
  async decline(entryId: string, scope: AccessScope): Promise<ApplicationDto> {
    await this.dataSource.transaction(async (manager) => {
      const found = await this.latestOffer(manager, entryId, scope);
      const policy = await this.settleExpiredOffers(manager, found.facilityId);
      await this.lockPendingOffer(manager, found.offerId);
      const suspendedUntil = this.penaltyFromToday(policy);
      await this.waitlist.decline(found.offerId, entryId, suspendedUntil, manager);
      await this.audit.record(manager, OfferDeclined, { entityId: entryId, after: { offerId: found.offerId, suspendedUntil } });
    });
    return this.application(entryId, this.dataSource.manager);
  }

  /**
   * Withdraws an application. Withdrawing while holding an offer declines it: the suspension is kept with the
   * application, and a new one at the same facility inherits it — unless the facility's side withdraws without
   * penalty, saying why (the applicant died, applied twice).
   */
  async withdraw(entryId: string, input: WithdrawDto, scope: AccessScope): Promise<ApplicationDto> {
    if (input.withoutPenalty && !input.reason) throw InvalidInputError.of([{ field: 'reason', message: 'say why the withdrawal carries no penalty' }]);
    await this.dataSource.transaction(async (manager) => {
      const entry = await this.answerableEntry(manager, entryId, scope);
      if (input.withoutPenalty && !entry.staff) throw new ForbiddenError('Only the facility\'s side withdraws without penalty');
      const policy = await this.settleExpiredOffers(manager, entry.facilityId);
      const held = await this.waitlist.lockPendingOffers(entryId, manager);
      const current = await this.waitlist.lockEntry(entryId, manager);
      if (current.status !== 'waiting' && current.status !== 'offered') throw new ConflictError(`The application is ${current.status}`);
      const suspendedUntil = held.length && !input.withoutPenalty ? this.penaltyFromToday(policy) : null;
      await this.waitlist.withdraw(entryId, input.withoutPenalty ? 'lapsed' : 'declined', suspendedUntil, manager);
      await this.audit.record(manager, ApplicationWithdrawn, { entityId: entryId, after: { reason: input.reason, withoutPenalty: input.withoutPenalty, suspendedUntil } });
    });
    return this.application(entryId, this.dataSource.manager);
  }

  /**
   * Locks the facility's list and settles its offers past their end as declined: expired, the application back in
   * the queue after the policy's penalty, counted from the offer's last day. Returns the policy in force.
   */
  private async settleExpiredOffers(manager: EntityManager, facilityId: string): Promise<WaitlistPolicy> {
    await this.lockList(manager, facilityId);
    const policy = (await this.policies.effective(facilityId, manager)).waitlist;
    await this.waitlist.expireOffers(facilityId, policy.declinePenaltyMonths, manager);
    return policy;
  }

  private penaltyFromToday(policy: WaitlistPolicy): string | null {
    return policy.declinePenaltyMonths > 0 ? addMonths(today(), policy.declinePenaltyMonths) : null;
  }

  /** The facility row, locked first among the list's rows: it serialises every change to one facility's list. */
  private async lockList(manager: EntityManager, facilityId: string): Promise<void> {
    if (!(await this.facilities.lockInScope(facilityId, null, manager))) throw new NotFoundError('Facility', facilityId);
  }

  /** An application as it stands, with its place in the queue if it is in it. */
  private async application(entryId: string, manager: EntityManager): Promise<ApplicationDto> {
    const entry = await this.waitlist.findEntry(entryId, manager);
    const policy = (await this.policies.effective(entry.facilityId, manager)).waitlist;
    const queue = await this.queue(manager, entry.facilityId, policy, null);
    return mapApplication(entry, queue.ranked.find((candidate) => candidate.entryId === entryId)?.position ?? null);
  }

  /** Every open application of the facility, ranked (suspended ones apart, soonest back first). */
  private async queue(manager: EntityManager, facilityId: string, policy: WaitlistPolicy, scope: AccessScope | null): Promise<Queue> {
    const on = today();
    const rows = await this.waitlist.queue(facilityId, on, policy.declinePenaltyMonths, scope, manager);
    const suspended = rows.filter((row) => row.suspendedUntil && row.suspendedUntil > on);
    const active = rows.filter((row) => !suspended.includes(row));
    return { ranked: rankWaitlist(active, policy), suspended: suspended.sort((a, b) => a.suspendedUntil!.localeCompare(b.suspendedUntil!)) };
  }

  /**
   * The latest offer made to an application the caller may answer for (404 otherwise; 409 if no bed was ever
   * offered).
   */
  private async latestOffer(manager: EntityManager, entryId: string, scope: AccessScope): Promise<AnswerableEntry & { offerId: string; bedId: string }> {
    const entry = await this.answerableEntry(manager, entryId, scope);
    if (!entry.offerId || !entry.bedId) throw new ConflictError('No bed has been offered to this applicant');
    return { ...entry, offerId: entry.offerId, bedId: entry.bedId };
  }

  /**
   * An application the caller may answer for: the facility's staff and the officers of its region, or whoever holds
   * a grant for the person themself (a family member). Being linked to the person through another facility, or their
   * region, is not enough (404 otherwise).
   */
  private async answerableEntry(manager: EntityManager, entryId: string, scope: AccessScope): Promise<AnswerableEntry> {
    return orNotFound(await this.waitlist.answerableEntry(entryId, scope, manager), 'Waiting-list entry', entryId);
  }

  /** Locks the offer and insists it is still open (409 with what became of it otherwise). */
  private async lockPendingOffer(manager: EntityManager, offerId: string) {
    const offer = await this.waitlist.lockOffer(offerId, manager);
    const gone: Record<string, string> = {
      accepted: 'The offer was already accepted',
      declined: 'The offer was declined',
      expired: 'The offer expired',
      lapsed: 'The offer lapsed: the bed went to another applicant, or the application ended',
    };
    if (offer.status !== 'pending') throw new ConflictError(gone[offer.status]);
    if (offer.expiresAt <= new Date()) throw new ConflictError(`The offer expired at ${offer.expiresAt.toISOString()}`);
    return offer;
  }
}
