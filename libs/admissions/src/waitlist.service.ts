import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessScope, AuditService, type ScopeColumns } from '@yiyang/auth';
import {
  addMonths,
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  MASKED_NAME,
  NotFoundError,
  registerConstraintMeanings,
  requestContext,
  RuleViolationError,
  TIME_ZONE,
  today,
} from '@yiyang/core';
import { STANDING_ASSESSMENT } from '@yiyang/assessments';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { AdmissionPolicyService } from './admission-policy.service';
import { AdmissionsService } from './admissions.service';
import { rankWaitlist, type RankedApplicant, type WaitlistPolicy } from './domain/waitlist-policy';
import type {
  AcceptDto,
  ApplicationDto,
  ApplyDto,
  OfferDto,
  StayDto,
  WaitlistDto,
  WaitlistEntryDto,
  WaitlistHomeDto,
  WaitlistOfferDto,
  WithdrawDto,
} from './dto/admission.dto';
import type { StayFunding } from './stay.entity';

registerConstraintMeanings({
  waitlist_entry_open_key: { field: 'residentId', message: 'the person already waits for this facility' },
  waitlist_offer_pending_entry_key: { field: 'entryId', message: 'the applicant already holds an offer' },
});

const FACILITY_SCOPE = { regionCode: 'f.region_code', facilityId: 'f.id' };

/**
 * Whose place in a list a caller may see beyond their own facility's list: their relative's, or (officers) the people
 * of their region — not the people of another facility they serve.
 */
const APPLICANT_SCOPE: ScopeColumns = { regionCode: ['r.residence_region_code', 'r.hukou_region_code'], residentId: 'r.id' };

/** The day an application lapsed with its offer comes back into the queue: the policy's months after the offer's end. */
const LAPSED_UNTIL = (expiresAt: string, months: string) =>
  `CASE WHEN ${months} > 0 THEN ((${expiresAt} AT TIME ZONE '${TIME_ZONE}')::date + make_interval(months => ${months}))::date END`;

interface AnswerableEntry {
  entryId: string;
  facilityId: string;
  residentId: string;
  offerId: string | null;
  bedId: string | null;
  /** The caller acts for the facility (its staff, or an officer of its region). */
  staff: boolean;
}

interface QueueRow {
  entryId: string;
  residentId: string;
  residentName: string;
  categories: string[];
  level: number | null;
  dementia: boolean;
  age: number;
  appliedAt: string;
  status: 'waiting' | 'offered';
  suspendedUntil: string | null;
  offerId: string | null;
  offerBedId: string | null;
  offerBedCode: string | null;
  offerExpiresAt: Date | null;
  /** Whether the caller may see this applicant (their facility's or region's, or their relative). */
  visible: boolean;
}

interface Queue {
  policy: WaitlistPolicy;
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
    private readonly admissions: AdmissionsService,
    private readonly policies: AdmissionPolicyService,
    private readonly residents: ResidentsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Puts a person on a public facility's list; whoever may see the person may apply for them. A suspension from a
   * declined offer carries over to a new application at the same facility.
   */
  async apply(facilityId: string, input: ApplyDto, scope: AccessScope): Promise<ApplicationDto> {
    const on = today();
    const entryId = await this.dataSource.transaction(async (manager) => {
      const resident = await this.residents.findInScope(input.residentId, scope, manager, 'share');
      if (!resident) throw new NotFoundError('Resident', input.residentId);
      await this.lockFacility(manager, facilityId);
      const [facility] = await manager.query(
        `SELECT f.closed_on AS "closedOn", p.ownership FROM facility f
           LEFT JOIN facility_profile p ON p.facility_id = f.id AND p.valid_from <= $2 AND (p.valid_to IS NULL OR p.valid_to > $2)
          WHERE f.id = $1`,
        [facilityId, on],
      );
      if (facility.closedOn && facility.closedOn <= on) throw new RuleViolationError(`The facility closed on ${facility.closedOn}`);
      if (facility.ownership !== 'public') throw new RuleViolationError('Only public facilities keep a waiting list (公办养老机构轮候)');
      const [living] = await manager.query(
        `SELECT 1 FROM stay WHERE resident_id = $1 AND facility_id = $2 AND daterange(admitted_on, discharged_on) @> $3::date`,
        [input.residentId, facilityId, on],
      );
      if (living) throw new ConflictError('The person already lives in this facility', [{ field: 'residentId', messages: ['already lives in this facility'] }]);
      await this.settleExpiredOffers(manager, facilityId);
      const [entry] = await manager.query(
        `INSERT INTO waitlist_entry (facility_id, resident_id, created_by, suspended_until)
         SELECT $1, $2, $3, (SELECT max(suspended_until) FROM waitlist_entry WHERE facility_id = $1 AND resident_id = $2 AND suspended_until > $4::date)
         RETURNING id`,
        [facilityId, input.residentId, requestContext.current()?.userId ?? null, on],
      );
      // The facility's staff review the application, so they see the person from now on.
      await manager.query(`INSERT INTO resident_facility (resident_id, facility_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [input.residentId, facilityId]);
      await this.audit.record(manager, { action: 'apply', entity: 'waitlist_entry', entityId: entry.id, after: { facilityId, residentId: input.residentId } });
      return entry.id as string;
    });
    return this.application(entryId);
  }

  /**
   * The queue in the order of the policy, each applicant with group, level, position and why. Staff of the
   * facility (or its region) see everyone, the vacant beds and who is next; anyone else sees only the applicants
   * they may see (a family member: their relative), with the same positions, and nothing else.
   */
  async list(facilityId: string, scope: AccessScope): Promise<WaitlistDto> {
    const manager = this.dataSource.manager;
    const params: unknown[] = [facilityId];
    const [facility] = await manager.query(`SELECT ${scope.sql(FACILITY_SCOPE, params)} AS staff FROM facility f WHERE f.id = $1`, params);
    if (!facility) throw new NotFoundError('Facility', facilityId);
    const policy = (await this.policies.effective(facilityId, manager)).waitlist;
    const queue = await this.queue(manager, facilityId, policy, scope);
    const staff: boolean = facility.staff;
    const shown = (row: QueueRow) => staff || row.visible;
    const entries = queue.ranked.filter(shown);
    const suspended = queue.suspended.filter(shown);
    if (!staff && !entries.length && !suspended.length) throw new NotFoundError('Facility', facilityId);
    await this.audit.recordReads(manager, 'resident', [...entries, ...suspended].map((row) => row.residentId));
    const next = queue.ranked.find((entry) => entry.status === 'waiting');
    return {
      facilityId,
      policyVersion: policy.version,
      vacantBeds: staff ? await this.vacantBeds(manager, facilityId) : null,
      nextUp: staff && next ? this.entryView(next) : null,
      entries: entries.map((entry) => this.entryView(entry)),
      suspended: suspended.map(({ entryId, residentId, residentName, suspendedUntil }) => ({ entryId, residentId, residentName, suspendedUntil: suspendedUntil! })),
    };
  }

  /**
   * The homes a person may wait for, as their family sees them: the public care homes of the county they live in
   * that are open today, and any other home they already wait for; each with what declining an offer costs there and
   * the person's open application (place, why, the bed offered). Families see no facility list otherwise.
   */
  async homesFor(residentId: string, scope: AccessScope): Promise<WaitlistHomeDto[]> {
    const manager = this.dataSource.manager;
    const resident = await this.residents.findInScope(residentId, scope, manager);
    if (!resident) throw new NotFoundError('Resident', residentId);
    const on = today();
    const homes: { facilityId: string; name: string; regionName: string; entryId: string | null }[] = await manager.query(
      `SELECT f.id AS "facilityId", f.name, g.name AS "regionName", e.id AS "entryId"
         FROM facility f
         JOIN region g ON g.code = f.region_code
         JOIN facility_profile p ON p.facility_id = f.id AND p.valid_from <= $3 AND (p.valid_to IS NULL OR p.valid_to > $3)
         LEFT JOIN waitlist_entry e ON e.facility_id = f.id AND e.resident_id = $1 AND e.status IN ('waiting', 'offered')
        WHERE p.ownership = 'public' AND p.kind IN ('institution', 'tekun_home') AND (f.closed_on IS NULL OR f.closed_on > $3)
          AND (left(f.region_code, 6) = left($2, 6) OR e.id IS NOT NULL)
        ORDER BY e.id IS NULL, f.name`,
      [residentId, resident.residenceRegionCode, on],
    );
    await this.audit.recordReads(manager, 'resident', [residentId]);
    return Promise.all(
      homes.map(async ({ entryId, ...home }) => {
        const policy = (await this.policies.effective(home.facilityId, manager)).waitlist;
        const base = { ...home, policyVersion: policy.version, declinePenaltyMonths: policy.declinePenaltyMonths, offerValidDays: policy.offerValidDays };
        if (!entryId) return { ...base, application: null };
        const queue = await this.queue(manager, home.facilityId, policy, null);
        const ranked = queue.ranked.find((row) => row.entryId === entryId);
        const row = ranked ?? queue.suspended.find((candidate) => candidate.entryId === entryId)!;
        const view = ranked ? this.entryView(ranked) : null;
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
      const bed = await this.admissions.lockBed(manager, input.bedId, scope);
      if (bed.facilityId !== entry.facilityId) throw InvalidInputError.of([{ field: 'bedId', message: 'the bed belongs to another facility' }]);
      const on = today();
      const policy = await this.settleExpiredOffers(manager, entry.facilityId);
      const [current] = await manager.query(`SELECT resident_id, status, suspended_until FROM waitlist_entry WHERE id = $1 FOR UPDATE`, [entryId]);
      if (current.status !== 'waiting') throw new ConflictError(current.status === 'offered' ? 'The applicant already holds an offer' : `The application is ${current.status}`);
      if (current.suspended_until && current.suspended_until > on) throw new ConflictError(`The application is suspended until ${current.suspended_until} after a declined offer`);
      if (policy.requireAssessment && !(await this.admissions.hasCurrentAssessment(manager, current.resident_id, on))) {
        throw new RuleViolationError('No offer without a current capability assessment (GB/T 42195-2022)');
      }
      await this.admissions.assertBedUsable(manager, bed, on);
      const [taken] = await manager.query(
        `SELECT admitted_on FROM stay WHERE bed_id = $1 AND daterange(admitted_on, discharged_on) && daterange($2::date, NULL)`,
        [bed.id, on],
      );
      if (taken) throw new ConflictError('The bed is occupied', [{ field: 'bedId', messages: [`occupied from ${taken.admitted_on}`] }]);
      const queue = await this.queue(manager, entry.facilityId, policy, scope);
      const position = queue.ranked.findIndex((candidate) => candidate.entryId === entryId);
      const ahead = queue.ranked.slice(0, position).filter((candidate) => candidate.status === 'waiting').length;
      if (ahead > 0 && !input.skipReason) {
        throw new ConflictError(`${ahead} applicant(s) wait ahead of this one; say why in skipReason to offer anyway`, [
          { field: 'skipReason', messages: [`${ahead} applicant(s) wait ahead`] },
        ]);
      }
      const [person] = await manager.query(`SELECT categories FROM resident WHERE id = $1`, [current.resident_id]);
      if (input.funding === 'tekun_centralized' && !person.categories.includes('tekun')) {
        throw InvalidInputError.of([{ field: 'funding', message: '特困 centralized support is for people registered as 特困' }]);
      }
      const [offer] = await manager.query(
        `INSERT INTO waitlist_offer (entry_id, bed_id, expires_at, skip_reason, offered_by, funding)
         VALUES ($1, $2, now() + make_interval(days => $3), $4, $5, $6) RETURNING id`,
        [entryId, bed.id, policy.offerValidDays, ahead > 0 ? input.skipReason : null, requestContext.current()?.userId ?? null, input.funding ?? 'self_pay'],
      );
      await manager.query(`UPDATE waitlist_entry SET status = 'offered' WHERE id = $1`, [entryId]);
      await this.audit.record(manager, { action: 'offer', entity: 'waitlist_entry', entityId: entryId, after: { bedId: bed.id, ahead, skipReason: ahead > 0 ? input.skipReason : undefined } });
      return offer.id as string;
    });
    return this.offerView(offerId);
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
      await this.admissions.refuseEarlyOrClaim(manager, { residentId: found.residentId, bedId: found.bedId, from: admittedOn, scope: facilityScope, acceptingOfferId: found.offerId });
      // Person, facility and bed, then the offer: the order admitting takes.
      if (!(await this.residents.findInScope(found.residentId, facilityScope, manager, 'share'))) throw new NotFoundError('Resident', found.residentId);
      await this.admissions.lockBed(manager, found.bedId, facilityScope);
      const offer = await this.lockPendingOffer(manager, found.offerId);
      if (admittedOn < today(offer.offered_at)) {
        throw InvalidInputError.of([{ field: 'admittedOn', message: `not before the offer (${today(offer.offered_at)})` }]);
      }
      const policy = (await this.policies.effective(found.facilityId, manager)).waitlist;
      if (policy.requireAssessment && !(await this.admissions.hasCurrentAssessment(manager, found.residentId, admittedOn))) {
        throw new RuleViolationError('The capability assessment has lapsed since the offer: assess again first (GB/T 42195-2022)');
      }
      if (!found.staff && !(await this.admissions.hasRecentSafetyRisks(manager, found.residentId, admittedOn))) {
        throw new RuleViolationError('The facility records the safety-risk assessment (GB 38600) before admitting: ask it to, then accept');
      }
      const stay = await this.admissions.admitIn(
        manager,
        { residentId: found.residentId, bedId: found.bedId, admittedOn, funding: input.funding ?? offer.funding, safetyRisks: input.safetyRisks },
        facilityScope,
        found.offerId,
      );
      await manager.query(`UPDATE waitlist_offer SET status = 'accepted', stay_id = $2 WHERE id = $1`, [found.offerId, stay]);
      await manager.query(
        `WITH lapsed AS (UPDATE waitlist_offer SET status = 'lapsed' WHERE bed_id = $1 AND status = 'pending' RETURNING entry_id)
         UPDATE waitlist_entry SET status = 'waiting' WHERE id IN (SELECT entry_id FROM lapsed) AND status = 'offered'`,
        [found.bedId],
      );
      await manager.query(`UPDATE waitlist_entry SET status = 'admitted' WHERE id = $1`, [entryId]);
      await this.audit.record(manager, { action: 'accept', entity: 'waitlist_entry', entityId: entryId, after: { offerId: found.offerId, stayId: stay } });
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
      await manager.query(`UPDATE waitlist_offer SET status = 'declined' WHERE id = $1`, [found.offerId]);
      await manager.query(`UPDATE waitlist_entry SET status = 'waiting', suspended_until = $2 WHERE id = $1`, [entryId, suspendedUntil]);
      await this.audit.record(manager, { action: 'decline', entity: 'waitlist_entry', entityId: entryId, after: { offerId: found.offerId, suspendedUntil } });
    });
    return this.application(entryId);
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
      const held: unknown[] = await manager.query(`SELECT id FROM waitlist_offer WHERE entry_id = $1 AND status = 'pending' FOR UPDATE`, [entryId]);
      const [current] = await manager.query(`SELECT status FROM waitlist_entry WHERE id = $1 FOR UPDATE`, [entryId]);
      if (current.status !== 'waiting' && current.status !== 'offered') throw new ConflictError(`The application is ${current.status}`);
      const suspendedUntil = held.length && !input.withoutPenalty ? this.penaltyFromToday(policy) : null;
      await manager.query(`UPDATE waitlist_offer SET status = $2 WHERE entry_id = $1 AND status = 'pending'`, [entryId, input.withoutPenalty ? 'lapsed' : 'declined']);
      await manager.query(`UPDATE waitlist_entry SET status = 'withdrawn', suspended_until = coalesce($2::date, suspended_until) WHERE id = $1`, [entryId, suspendedUntil]);
      await this.audit.record(manager, { action: 'withdraw', entity: 'waitlist_entry', entityId: entryId, after: { reason: input.reason, withoutPenalty: input.withoutPenalty, suspendedUntil } });
    });
    return this.application(entryId);
  }

  /**
   * Locks the facility's list and settles its offers past their end as declined: expired, the application back in
   * the queue after the policy's penalty, counted from the offer's last day. Returns the policy in force.
   */
  private async settleExpiredOffers(manager: EntityManager, facilityId: string): Promise<WaitlistPolicy> {
    await this.lockFacility(manager, facilityId);
    const policy = (await this.policies.effective(facilityId, manager)).waitlist;
    await manager.query(
      `WITH expired AS (
         UPDATE waitlist_offer o SET status = 'expired'
           FROM waitlist_entry e
          WHERE o.entry_id = e.id AND e.facility_id = $1 AND o.status = 'pending' AND o.expires_at <= now()
         RETURNING o.entry_id, o.expires_at)
       UPDATE waitlist_entry e
          SET status = 'waiting', suspended_until = ${LAPSED_UNTIL('x.expires_at', '$2::int')}
         FROM expired x
        WHERE e.id = x.entry_id AND e.status = 'offered'`,
      [facilityId, policy.declinePenaltyMonths],
    );
    return policy;
  }

  private penaltyFromToday(policy: WaitlistPolicy): string | null {
    return policy.declinePenaltyMonths > 0 ? addMonths(today(), policy.declinePenaltyMonths) : null;
  }

  /** The facility row, locked first among the list's rows: it serialises every change to one facility's list. */
  private async lockFacility(manager: EntityManager, facilityId: string): Promise<void> {
    const [facility] = await manager.query(`SELECT id FROM facility WHERE id = $1 FOR NO KEY UPDATE`, [facilityId]);
    if (!facility) throw new NotFoundError('Facility', facilityId);
  }

  /** An application as it stands, with its place in the queue if it is in it. */
  private async application(entryId: string): Promise<ApplicationDto> {
    const [entry] = await this.dataSource.query(
      `SELECT id AS "entryId", facility_id AS "facilityId", resident_id AS "residentId", status, suspended_until AS "suspendedUntil" FROM waitlist_entry WHERE id = $1`,
      [entryId],
    );
    const policy = (await this.policies.effective(entry.facilityId, this.dataSource.manager)).waitlist;
    const queue = await this.queue(this.dataSource.manager, entry.facilityId, policy, null);
    return { ...entry, position: queue.ranked.find((candidate) => candidate.entryId === entryId)?.position ?? null };
  }

  /**
   * Every open application of the facility, ranked (suspended ones apart), with whether the caller may see each. An
   * offer past its end reads as the settlement will leave it: lapsed, the application suspended from its last day.
   */
  private async queue(manager: EntityManager, facilityId: string, policy: WaitlistPolicy, scope: AccessScope | null): Promise<Queue> {
    const on = today();
    const params: unknown[] = [facilityId, on, policy.declinePenaltyMonths];
    const visible = scope ? scope.sql(APPLICANT_SCOPE, params) : 'FALSE';
    const raw: (Omit<QueueRow, 'appliedAt'> & { appliedAt: Date })[] = await manager.query(
      `SELECT e.id AS "entryId", e.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName", r.categories,
              sa.level, coalesce(sa.dementia, false) AS dementia, extract(year FROM age($2::date, r.birth_date))::int AS age,
              e.applied_at AS "appliedAt",
              CASE WHEN o.expired THEN 'waiting' ELSE e.status END AS status,
              CASE WHEN o.expired THEN ${LAPSED_UNTIL('o.expires_at', '$3::int')} ELSE e.suspended_until END AS "suspendedUntil",
              CASE WHEN NOT o.expired THEN o.id END AS "offerId", CASE WHEN NOT o.expired THEN o.bed_id END AS "offerBedId",
              CASE WHEN NOT o.expired THEN b.code END AS "offerBedCode", CASE WHEN NOT o.expired THEN o.expires_at END AS "offerExpiresAt",
              ${visible} AS visible
         FROM waitlist_entry e
         JOIN resident r ON r.id = e.resident_id
         LEFT JOIN LATERAL ${STANDING_ASSESSMENT('r.id', '$2::date', `a.final_level AS level, (a.conditions ->> 'dementiaDiagnosis')::boolean AS dementia`)} sa ON TRUE
         LEFT JOIN LATERAL (SELECT w.*, w.expires_at <= now() AS expired FROM waitlist_offer w WHERE w.entry_id = e.id AND w.status = 'pending') o ON TRUE
         LEFT JOIN bed b ON b.id = o.bed_id
        WHERE e.facility_id = $1 AND e.status IN ('waiting', 'offered')`,
      params,
    );
    const rows: QueueRow[] = raw.map((row) => ({ ...row, appliedAt: row.appliedAt.toISOString() }));
    const suspended = rows.filter((row) => row.suspendedUntil && row.suspendedUntil > on);
    const active = rows.filter((row) => !suspended.includes(row));
    return { policy, ranked: rankWaitlist(active, policy), suspended: suspended.sort((a, b) => a.suspendedUntil!.localeCompare(b.suspendedUntil!)) };
  }

  private entryView(entry: RankedApplicant<QueueRow>): WaitlistEntryDto {
    return {
      entryId: entry.entryId,
      residentId: entry.residentId,
      residentName: entry.residentName,
      position: entry.position,
      group: entry.group,
      groupLabel: entry.groupLabel,
      noQueue: entry.noQueue,
      level: entry.level,
      appliedAt: entry.appliedAt,
      status: entry.status,
      why: entry.why,
      offer: entry.offerId ? { offerId: entry.offerId, bedId: entry.offerBedId!, bedCode: entry.offerBedCode!, expiresAt: entry.offerExpiresAt! } : null,
    };
  }

  /**
   * Beds of the facility a person could be offered today, by the rule admitting applies: open with no closing set,
   * in service from today on, no stay from today on, not on offer.
   */
  private async vacantBeds(manager: EntityManager, facilityId: string): Promise<WaitlistDto['vacantBeds']> {
    return manager.query(
      `SELECT b.id AS "bedId", b.code AS "bedCode", coalesce(c.care_type, false) AS "careType"
         FROM bed b
         JOIN facility f ON f.id = b.facility_id
         LEFT JOIN bed_classification c ON c.bed_id = b.id AND c.valid_from <= $2::date AND (c.valid_to IS NULL OR c.valid_to > $2::date)
        WHERE b.facility_id = $1 AND b.setting <> 'home'
          AND b.opened_on <= $2::date AND b.closed_on IS NULL AND f.opened_on <= $2::date AND f.closed_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM bed_out_of_service o WHERE o.bed_id = b.id AND daterange(o.valid_from, o.valid_to) && daterange($2::date, NULL))
          AND NOT EXISTS (SELECT 1 FROM stay s WHERE s.bed_id = b.id AND daterange(s.admitted_on, s.discharged_on) && daterange($2::date, NULL))
          AND NOT EXISTS (SELECT 1 FROM waitlist_offer w WHERE w.bed_id = b.id AND w.status = 'pending' AND w.expires_at > now())
        ORDER BY b.code`,
      [facilityId, today()],
    );
  }

  /**
   * The latest offer made to an application the caller may answer for (404 otherwise; 409 if no bed was ever
   * offered).
   */
  private async latestOffer(manager: EntityManager, entryId: string, scope: AccessScope) {
    const entry = await this.answerableEntry(manager, entryId, scope);
    if (!entry.offerId) throw new ConflictError('No bed has been offered to this applicant');
    return entry as AnswerableEntry & { offerId: string; bedId: string };
  }

  /**
   * An application the caller may answer for, with its latest offer if any: the facility's staff and the officers of
   * its region (`staff`), or whoever holds a grant for the person themself (a family member). Being linked to the
   * person through another facility, or their region, is not enough (404 otherwise).
   */
  private async answerableEntry(manager: EntityManager, entryId: string, scope: AccessScope): Promise<AnswerableEntry> {
    const params: unknown[] = [entryId];
    const staff = scope.sql(FACILITY_SCOPE, params);
    const [entry] = await manager.query(
      `SELECT e.id AS "entryId", e.facility_id AS "facilityId", e.resident_id AS "residentId", o.id AS "offerId", o.bed_id AS "bedId", ${staff} AS staff
         FROM waitlist_entry e JOIN facility f ON f.id = e.facility_id
         LEFT JOIN LATERAL (SELECT id, bed_id FROM waitlist_offer w WHERE w.entry_id = e.id ORDER BY w.offered_at DESC LIMIT 1) o ON TRUE
        WHERE e.id = $1 AND (${staff} OR ${scope.sql({ residentId: 'e.resident_id' }, params)})`,
      params,
    );
    if (!entry) throw new NotFoundError('Waiting-list entry', entryId);
    return entry;
  }

  /** Locks the offer and insists it is still open (409 with what became of it otherwise). */
  private async lockPendingOffer(manager: EntityManager, offerId: string): Promise<{ offered_at: Date; expires_at: Date; funding: StayFunding }> {
    const [offer] = await manager.query(`SELECT status, offered_at, expires_at, funding FROM waitlist_offer WHERE id = $1 FOR UPDATE`, [offerId]);
    const gone: Record<string, string> = {
      accepted: 'The offer was already accepted',
      declined: 'The offer was declined',
      expired: 'The offer expired',
      lapsed: 'The offer lapsed: the bed went to another applicant, or the application ended',
    };
    if (offer.status !== 'pending') throw new ConflictError(gone[offer.status]);
    if (offer.expires_at <= new Date()) throw new ConflictError(`The offer expired at ${offer.expires_at.toISOString()}`);
    return offer;
  }

  private async offerView(offerId: string): Promise<WaitlistOfferDto> {
    const [offer] = await this.dataSource.query(
      `SELECT o.id AS "offerId", o.entry_id AS "entryId", o.bed_id AS "bedId", b.code AS "bedCode", o.offered_at AS "offeredAt",
              o.expires_at AS "expiresAt", o.status, o.funding,
              (SELECT count(*)::int FROM waitlist_offer w WHERE w.bed_id = o.bed_id AND w.id <> o.id AND w.status = 'pending' AND w.expires_at > now()) AS "competingOffers"
         FROM waitlist_offer o JOIN bed b ON b.id = o.bed_id WHERE o.id = $1`,
      [offerId],
    );
    return offer;
  }
}
