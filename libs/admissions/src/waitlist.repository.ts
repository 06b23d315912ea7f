import { Injectable } from '@nestjs/common';
import { STANDING_ASSESSMENT } from '@yiyang/assessments';
import type { AccessScope, ScopeColumns } from '@yiyang/auth';
import { inForceOn, localDateOf, MASKED_NAME, notClosedOn, registerConstraintMeanings } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import { stayOverlapsFrom } from './stays.repository';
import type { StayFunding } from './stay.entity';
import type { OFFER_STATUSES, WaitlistStatus } from './waitlist.entity';

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
const LAPSED_UNTIL = (expiresAt: string, months: string) => `CASE WHEN ${months} > 0 THEN (${localDateOf(expiresAt)} + make_interval(months => ${months}))::date END`;

/** An open application as the queue reads it, an offer past its end already read as lapsed. */
export interface QueueRow {
  entryId: string;
  residentId: string;
  residentName: string;
  categories: string[];
  level: number | null;
  dementia: boolean;
  age: number;
  /** ISO instant: the ranking compares it as text. */
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

export interface AnswerableEntry {
  entryId: string;
  facilityId: string;
  residentId: string;
  offerId: string | null;
  bedId: string | null;
  /** The caller acts for the facility (its staff, or an officer of its region). */
  staff: boolean;
}

export interface EntryRow {
  entryId: string;
  facilityId: string;
  residentId: string;
  status: WaitlistStatus;
  suspendedUntil: string | null;
}

export interface OfferRow {
  offerId: string;
  entryId: string;
  bedId: string;
  bedCode: string;
  offeredAt: Date;
  expiresAt: Date;
  status: (typeof OFFER_STATUSES)[number];
  funding: StayFunding;
  competingOffers: number;
}

export interface VacantBedRow {
  bedId: string;
  bedCode: string;
  careType: boolean;
}

export interface HomeRow {
  facilityId: string;
  name: string;
  regionName: string;
  entryId: string | null;
}

/** The waiting list's tables: applications (waitlist_entry) and the beds offered to them (waitlist_offer). */
@Injectable()
export class WaitlistRepository {
  /** Whether the facility is closed by `on` and who owns it then (公办 public, or not). */
  async facilityStanding(facilityId: string, on: string, manager: EntityManager): Promise<{ closedOn: string | null; ownership: string | null }> {
    const [facility] = await manager.query(
      `SELECT f.closed_on AS "closedOn", p.ownership FROM facility f
         LEFT JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', '$2')}
        WHERE f.id = $1`,
      [facilityId, on],
    );
    return facility;
  }

  /** Whether the caller acts for the facility (null if there is no such facility). */
  async staffOf(facilityId: string, scope: AccessScope, manager: EntityManager): Promise<boolean | null> {
    const params: unknown[] = [facilityId];
    const [facility] = await manager.query(`SELECT ${scope.sql(FACILITY_SCOPE, params)} AS staff FROM facility f WHERE f.id = $1`, params);
    return facility ? facility.staff : null;
  }

  /** A new application; a suspension from a declined offer at the same facility still running on `on` carries over. */
  async insertEntry(facilityId: string, residentId: string, createdBy: string | null, on: string, manager: EntityManager): Promise<string> {
    const [entry] = await manager.query(
      `INSERT INTO waitlist_entry (facility_id, resident_id, created_by, suspended_until)
       SELECT $1, $2, $3, (SELECT max(suspended_until) FROM waitlist_entry WHERE facility_id = $1 AND resident_id = $2 AND suspended_until > $4::date)
       RETURNING id`,
      [facilityId, residentId, createdBy, on],
    );
    return entry.id;
  }

  async findEntry(entryId: string, manager: EntityManager): Promise<EntryRow> {
    const [entry] = await manager.query(
      `SELECT id AS "entryId", facility_id AS "facilityId", resident_id AS "residentId", status, suspended_until AS "suspendedUntil" FROM waitlist_entry WHERE id = $1`,
      [entryId],
    );
    return entry;
  }

  async lockEntry(entryId: string, manager: EntityManager): Promise<EntryRow> {
    const [entry] = await manager.query(
      `SELECT id AS "entryId", facility_id AS "facilityId", resident_id AS "residentId", status, suspended_until AS "suspendedUntil" FROM waitlist_entry WHERE id = $1 FOR UPDATE`,
      [entryId],
    );
    return entry;
  }

  /**
   * An application the caller may answer for, with its latest offer if any: the facility's staff and the officers of
   * its region (`staff`), or whoever holds a grant for the person themself (a family member).
   */
  async answerableEntry(entryId: string, scope: AccessScope, manager: EntityManager): Promise<AnswerableEntry | null> {
    const params: unknown[] = [entryId];
    const staff = scope.sql(FACILITY_SCOPE, params);
    const [entry] = await manager.query(
      `SELECT e.id AS "entryId", e.facility_id AS "facilityId", e.resident_id AS "residentId", o.id AS "offerId", o.bed_id AS "bedId", ${staff} AS staff
         FROM waitlist_entry e JOIN facility f ON f.id = e.facility_id
         LEFT JOIN LATERAL (SELECT id, bed_id FROM waitlist_offer w WHERE w.entry_id = e.id ORDER BY w.offered_at DESC LIMIT 1) o ON TRUE
        WHERE e.id = $1 AND (${staff} OR ${scope.sql({ residentId: 'e.resident_id' }, params)})`,
      params,
    );
    return entry ?? null;
  }

  /**
   * Every open application of the facility, with whether the caller may see each (no one, without a scope). An offer
   * past its end reads as the settlement will leave it: lapsed, the application suspended from its last day.
   */
  async queue(facilityId: string, on: string, declinePenaltyMonths: number, scope: AccessScope | null, manager: EntityManager): Promise<QueueRow[]> {
    const params: unknown[] = [facilityId, on, declinePenaltyMonths];
    const visible = scope ? scope.sql(APPLICANT_SCOPE, params) : 'FALSE';
    const rows: (Omit<QueueRow, 'appliedAt'> & { appliedAt: Date })[] = await manager.query(
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
    return rows.map((row) => ({ ...row, appliedAt: row.appliedAt.toISOString() }));
  }

  /**
   * Beds of the facility a person could be offered on `on`, by the rule admitting applies: open with no closing set,
   * in service from then on, no stay from then on, not on offer.
   */
  vacantBeds(facilityId: string, on: string, manager: EntityManager): Promise<VacantBedRow[]> {
    return manager.query(
      `SELECT b.id AS "bedId", b.code AS "bedCode", coalesce(c.care_type, false) AS "careType"
         FROM bed b
         JOIN facility f ON f.id = b.facility_id
         LEFT JOIN bed_classification c ON c.bed_id = b.id AND ${inForceOn('c', '$2::date')}
        WHERE b.facility_id = $1 AND b.setting <> 'home'
          AND b.opened_on <= $2::date AND b.closed_on IS NULL AND f.opened_on <= $2::date AND f.closed_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM bed_out_of_service o WHERE o.bed_id = b.id AND daterange(o.valid_from, o.valid_to) && daterange($2::date, NULL))
          AND NOT EXISTS (SELECT 1 FROM stay s WHERE s.bed_id = b.id AND ${stayOverlapsFrom('s', '$2')})
          AND NOT EXISTS (SELECT 1 FROM waitlist_offer w WHERE w.bed_id = b.id AND w.status = 'pending' AND w.expires_at > now())
        ORDER BY b.code`,
      [facilityId, on],
    );
  }

  /**
   * The homes a person may wait for on `on`: the public care homes of the county they live in (`regionCode`) open
   * then, and any other home they already wait for (with the open application's id), those first.
   */
  homesFor(residentId: string, regionCode: string, on: string, manager: EntityManager): Promise<HomeRow[]> {
    return manager.query(
      `SELECT f.id AS "facilityId", f.name, g.name AS "regionName", e.id AS "entryId"
         FROM facility f
         JOIN region g ON g.code = f.region_code
         JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', '$3')}
         LEFT JOIN waitlist_entry e ON e.facility_id = f.id AND e.resident_id = $1 AND e.status IN ('waiting', 'offered')
        WHERE p.ownership = 'public' AND p.kind IN ('institution', 'tekun_home') AND ${notClosedOn('f', '$3')}
          AND (left(f.region_code, 6) = left($2, 6) OR e.id IS NOT NULL)
        ORDER BY e.id IS NULL, f.name`,
      [residentId, regionCode, on],
    );
  }

  /** The person's categories (特困 and the like), which the funding of an offer depends on. */
  async categoriesOf(residentId: string, manager: EntityManager): Promise<string[]> {
    const [person] = await manager.query(`SELECT categories FROM resident WHERE id = $1`, [residentId]);
    return person.categories;
  }

  /** Settles the facility's offers past their end as expired, each application back in the queue after the penalty. */
  async expireOffers(facilityId: string, declinePenaltyMonths: number, manager: EntityManager): Promise<void> {
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
      [facilityId, declinePenaltyMonths],
    );
  }

  /** Offers the bed to the application for `validDays`, and marks the application offered. */
  async insertOffer(
    offer: { entryId: string; bedId: string; validDays: number; skipReason: string | null; offeredBy: string | null; funding: StayFunding },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO waitlist_offer (entry_id, bed_id, expires_at, skip_reason, offered_by, funding)
       VALUES ($1, $2, now() + make_interval(days => $3), $4, $5, $6) RETURNING id`,
      [offer.entryId, offer.bedId, offer.validDays, offer.skipReason, offer.offeredBy, offer.funding],
    );
    await this.setStatus(offer.entryId, 'offered', manager);
    return row.id;
  }

  async findOffer(offerId: string, manager: EntityManager): Promise<OfferRow> {
    const [offer] = await manager.query(
      `SELECT o.id AS "offerId", o.entry_id AS "entryId", o.bed_id AS "bedId", b.code AS "bedCode", o.offered_at AS "offeredAt",
              o.expires_at AS "expiresAt", o.status, o.funding,
              (SELECT count(*)::int FROM waitlist_offer w WHERE w.bed_id = o.bed_id AND w.id <> o.id AND w.status = 'pending' AND w.expires_at > now()) AS "competingOffers"
         FROM waitlist_offer o JOIN bed b ON b.id = o.bed_id WHERE o.id = $1`,
      [offerId],
    );
    return offer;
  }

  async lockOffer(offerId: string, manager: EntityManager): Promise<{ status: (typeof OFFER_STATUSES)[number]; offeredAt: Date; expiresAt: Date; funding: StayFunding }> {
    const [offer] = await manager.query(`SELECT status, offered_at AS "offeredAt", expires_at AS "expiresAt", funding FROM waitlist_offer WHERE id = $1 FOR UPDATE`, [offerId]);
    return offer;
  }

  /** The application's pending offer ids, locked. */
  async lockPendingOffers(entryId: string, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(`SELECT id FROM waitlist_offer WHERE entry_id = $1 AND status = 'pending' FOR UPDATE`, [entryId]);
    return rows.map((row) => row.id);
  }

  /**
   * The offer accepted, with the stay it admitted into; every other pending offer of the bed lapses, its application
   * back in the queue unpunished; the application admitted.
   */
  async accept(offerId: string, entryId: string, bedId: string, stayId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE waitlist_offer SET status = 'accepted', stay_id = $2 WHERE id = $1`, [offerId, stayId]);
    await manager.query(
      `WITH lapsed AS (UPDATE waitlist_offer SET status = 'lapsed' WHERE bed_id = $1 AND status = 'pending' RETURNING entry_id)
       UPDATE waitlist_entry SET status = 'waiting' WHERE id IN (SELECT entry_id FROM lapsed) AND status = 'offered'`,
      [bedId],
    );
    await this.setStatus(entryId, 'admitted', manager);
  }

  /** The offer declined: the application waits again, suspended until `suspendedUntil`. */
  async decline(offerId: string, entryId: string, suspendedUntil: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE waitlist_offer SET status = 'declined' WHERE id = $1`, [offerId]);
    await manager.query(`UPDATE waitlist_entry SET status = 'waiting', suspended_until = $2 WHERE id = $1`, [entryId, suspendedUntil]);
  }

  /** The application withdrawn, its pending offer closed as `offerStatus`; a suspension given is kept with it. */
  async withdraw(entryId: string, offerStatus: 'lapsed' | 'declined', suspendedUntil: string | null, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE waitlist_offer SET status = $2 WHERE entry_id = $1 AND status = 'pending'`, [entryId, offerStatus]);
    await manager.query(`UPDATE waitlist_entry SET status = 'withdrawn', suspended_until = coalesce($2::date, suspended_until) WHERE id = $1`, [entryId, suspendedUntil]);
  }

  /** Until when the bed is offered to an applicant (the latest open offer's end), if it is. */
  async reservedUntil(bedId: string, manager: EntityManager): Promise<Date | null> {
    const [reserved] = await manager.query(
      `SELECT max(expires_at) AS "until" FROM waitlist_offer WHERE bed_id = $1 AND status = 'pending' AND expires_at > now() HAVING count(*) > 0`,
      [bedId],
    );
    return reserved?.until ?? null;
  }

  /** Whether a waiting-list offer was accepted into the stay. */
  async admittedInto(stayId: string, manager: EntityManager): Promise<boolean> {
    const [offer] = await manager.query(`SELECT id FROM waitlist_offer WHERE stay_id = $1`, [stayId]);
    return Boolean(offer);
  }

  /**
   * The person admitted to the facility otherwise than by an offer: their open application there ends as admitted
   * and its pending offer (of another bed) lapses — offer first, then application, the order the list locks them in.
   */
  async admittedOtherwise(residentId: string, facilityId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE waitlist_offer SET status = 'lapsed'
        WHERE status = 'pending' AND entry_id IN (SELECT id FROM waitlist_entry WHERE resident_id = $1 AND facility_id = $2 AND status IN ('waiting', 'offered'))`,
      [residentId, facilityId],
    );
    await manager.query(`UPDATE waitlist_entry SET status = 'admitted' WHERE resident_id = $1 AND facility_id = $2 AND status IN ('waiting', 'offered')`, [residentId, facilityId]);
  }

  private async setStatus(entryId: string, status: WaitlistStatus, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE waitlist_entry SET status = $2 WHERE id = $1`, [entryId, status]);
  }
}
