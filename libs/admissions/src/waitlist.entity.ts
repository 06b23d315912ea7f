import { Bed } from '@yiyang/beds';
import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Resident } from '@yiyang/residents';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Stay, type StayFunding } from './stay.entity';

export const WAITLIST_STATUSES = ['waiting', 'offered', 'admitted', 'withdrawn'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/**
 * An application for a public facility's bed (轮候). One open (waiting or offered) application per person and
 * facility. A waiting application with suspended_until in the future is out of the queue until then.
 */
@Entity({ name: 'waitlist_entry' })
@Index('waitlist_entry_open_key', ['facilityId', 'residentId'], { unique: true, where: `"status" IN ('waiting', 'offered')` })
@Check('waitlist_entry_status_check', `"status" IN ('waiting', 'offered', 'admitted', 'withdrawn')`)
export class WaitlistEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'waitlist_entry_facility_id_fkey', onDelete: 'RESTRICT' })
  facility?: Facility;

  @Column({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'waitlist_entry_resident_id_fkey', onDelete: 'RESTRICT' })
  resident?: Resident;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  appliedAt: Date;

  @Column({ type: 'text', default: 'waiting' })
  status: WaitlistStatus;

  /** Declined or let lapse an offer: back in the queue from this date. */
  @Column({ type: 'date', nullable: true })
  suspendedUntil: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}

export const OFFER_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'lapsed'] as const;

/**
 * A bed offered to an applicant, open until it expires; the bed shows as reserved meanwhile and only an accepted
 * offer admits into it. Several applicants may hold offers for one bed: the first to accept gets it and the others'
 * offers lapse without penalty. One pending offer per application.
 */
@Entity({ name: 'waitlist_offer' })
@Index('waitlist_offer_pending_entry_key', ['entryId'], { unique: true, where: `"status" = 'pending'` })
@Check('waitlist_offer_status_check', `"status" IN ('pending', 'accepted', 'declined', 'expired', 'lapsed')`)
@Check('waitlist_offer_stay_check', `("status" = 'accepted') = ("stay_id" IS NOT NULL)`)
@Check('waitlist_offer_expiry_check', `"expires_at" > "offered_at"`)
@Check('waitlist_offer_funding_check', `"funding" IN ('self_pay', 'tekun_centralized', 'government_purchased')`)
export class WaitlistOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @References(() => WaitlistEntry, { column: 'entry_id', foreignKey: 'waitlist_offer_entry_id_fkey', onDelete: 'CASCADE' })
  entry?: WaitlistEntry;

  @Index('waitlist_offer_bed_idx')
  @Column({ type: 'uuid' })
  bedId: string;

  @References(() => Bed, { column: 'bed_id', foreignKey: 'waitlist_offer_bed_id_fkey', onDelete: 'RESTRICT' })
  bed?: Bed;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  offeredAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'text', default: 'pending' })
  status: (typeof OFFER_STATUSES)[number];

  @Column({ type: 'uuid', nullable: true })
  stayId: string | null;

  @References(() => Stay, { column: 'stay_id', foreignKey: 'waitlist_offer_stay_id_fkey', onDelete: 'RESTRICT' })
  stay?: Stay;

  /** The funding the facility admits on if the applicant accepts (the family, accepting, gives none). */
  @Column({ type: 'text', default: 'self_pay' })
  funding: StayFunding;

  /** Why this applicant was offered a bed ahead of others waiting before them, if so. */
  @Column({ type: 'text', nullable: true })
  skipReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  offeredBy: string | null;
}
