import { Injectable } from '@nestjs/common';
import type { NineRisksDto } from '@yiyang/assessments';
import { BedsRepository } from '@yiyang/beds';
import { ConflictError, InvalidInputError, orNotFound, registerConstraintMeanings, RuleViolationError } from '@yiyang/core';
import type { AccessScope } from '@yiyang/auth';
import type { EntityManager } from 'typeorm';
import { AdmissionPolicyService } from './admission-policy.service';
import { AdmissionRulesRepository, type Move } from './admission-rules.repository';
import { StaysRepository } from './stays.repository';
import { WaitlistRepository } from './waitlist.repository';

const BED_OCCUPIED = { field: 'bedId', message: 'the bed is occupied on that date' };
const PERSON_STAYING = { field: 'residentId', message: 'the person already has a stay on that date' };

registerConstraintMeanings({
  stay_bed_no_overlap: BED_OCCUPIED,
  stay_resident_no_overlap: PERSON_STAYING,
  stay_period_check: { field: 'on', message: 'a stay ends after it began' },
});

/** A 409 worded as the exclusion constraint's violation is, so the early and the locked refusals read alike. */
const conflictOn = (meaning: { field: string; message: string }) => new ConflictError(meaning.message, [{ field: meaning.field, messages: [meaning.message] }]);

const reservedUntil = (until: Date) =>
  new ConflictError(`The bed is reserved for a waiting-list applicant until ${until.toISOString()}`, [{ field: 'bedId', messages: ['the bed is offered to a waiting-list applicant'] }]);

export type LockedBed = NonNullable<Awaited<ReturnType<BedsRepository['lockInScope']>>>;

/**
 * The rules a move into a bed meets, whether an admission, a transfer or an accepted waiting-list offer: the bed
 * usable, free and not offered to someone else, the facility's admission policy, GB 38600's risk assessment.
 */
@Injectable()
export class AdmissionRules {
  constructor(
    private readonly rules: AdmissionRulesRepository,
    private readonly stays: StaysRepository,
    private readonly waitlist: WaitlistRepository,
    private readonly beds: BedsRepository,
    private readonly policies: AdmissionPolicyService,
  ) {}

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
  async refuseEarlyOrClaim(manager: EntityManager, move: Move): Promise<void> {
    const state = await this.rules.claim(move, manager);
    if (state.bedOccupied === null || state.personStaying === null) return;
    if (state.bedOccupied) throw await this.bedTaken(manager, move.bedId, move.from, move.leavingStayId);
    if (state.personStaying) throw conflictOn(PERSON_STAYING);
    if (state.reservedUntil) throw reservedUntil(state.reservedUntil);
    if (!state.bedClaimed) throw conflictOn({ field: 'bedId', message: 'the bed is being occupied by another request right now: try again in a moment' });
    if (!state.personClaimed) throw conflictOn({ field: 'residentId', message: 'another request is placing the person in a bed right now: try again in a moment' });
  }

  /** The bed and its facility, locked for the transaction, if the caller's scope covers them (404 otherwise). */
  async lockBed(manager: EntityManager, bedId: string, scope: AccessScope): Promise<LockedBed> {
    return orNotFound(await this.beds.lockInScope(bedId, scope, manager), 'Bed', bedId);
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
    const outOfService = await this.rules.outOfServiceFrom(bed.id, date, manager);
    if (outOfService) throw refuse(outOfService <= date ? `the bed is out of service on ${date}` : `the bed is out of service from ${outOfService}`);
  }

  /** A bed offered to an applicant is theirs until the offer ends: only accepting an offer of it admits into it. */
  async assertNotReserved(manager: EntityManager, bedId: string, acceptingOfferId?: string): Promise<void> {
    if (acceptingOfferId) return;
    const until = await this.waitlist.reservedUntil(bedId, manager);
    if (until) throw reservedUntil(until);
  }

  /**
   * Under the bed's lock, a stay from `from` on needs the bed free from then on: the exclusion constraint would refuse
   * it anyway, but only this can say who holds it.
   */
  async assertBedFree(manager: EntityManager, bedId: string, from: string): Promise<void> {
    if (await this.stays.bedHeldFrom(bedId, from, manager)) throw await this.bedTaken(manager, bedId, from);
  }

  /** Where the facility's rules say so, admission needs a current capability assessment (422 otherwise). */
  async assertAdmissible(manager: EntityManager, facilityId: string, residentId: string, date: string): Promise<void> {
    const policy = await this.policies.effective(facilityId, manager);
    if (policy.requiresAssessment && !(await this.rules.hasCurrentAssessment(residentId, date, manager))) {
      throw new RuleViolationError('This facility admits only with a current capability assessment (GB/T 42195-2022)');
    }
  }

  /** GB 38600: the nine risks assessed on admission, given now or recorded in the 30 days before (400 otherwise). */
  async assertSafetyRisks(manager: EntityManager, residentId: string, date: string, given: NineRisksDto | undefined): Promise<void> {
    if (given || (await this.rules.hasRecentSafetyRisks(residentId, date, manager))) return;
    throw InvalidInputError.of([{ field: 'safetyRisks', message: 'GB 38600 requires the nine safety risks assessed at admission (none recorded in the 30 days before)' }]);
  }

  /**
   * The 409 for a bed taken from `from` on, naming the first stay that holds it (masked, as the board shows it to
   * anyone who may see the bed; callers have found the bed in their scope), so a page can say who took it.
   */
  private async bedTaken(manager: EntityManager, bedId: string, from: string, leavingStayId?: string): Promise<ConflictError> {
    const holder = await this.stays.holderFrom(bedId, from, leavingStayId ?? null, manager);
    const message = holder ? `${BED_OCCUPIED.message} (held by ${holder.occupant} since ${holder.since})` : BED_OCCUPIED.message;
    return new ConflictError(message, [{ field: BED_OCCUPIED.field, messages: [BED_OCCUPIED.message] }], holder ?? undefined);
  }
}
