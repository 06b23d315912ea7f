import { Bed } from '@yiyang/beds';
import { Facility } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Resident } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { WaitlistPolicy } from './domain/waitlist-policy';

export const DISCHARGE_REASONS = ['home', 'hospital', 'death', 'transfer_out', 'other'] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];
export const STAY_FUNDING = ['self_pay', 'tekun_centralized', 'government_purchased'] as const;
export type StayFunding = (typeof STAY_FUNDING)[number];

/**
 * A stay: a person in a bed over [admitted_on, discharged_on). Two exclusion constraints make overlapping stays on
 * one bed, and overlapping stays of one person, impossible whatever the code does. A transfer ends one stay and
 * starts the next on the same day (reason 'transfer'). A person who leaves the day they came has discharged_on =
 * admitted_on; an admission made by mistake is voided on its day into voided_stay (voided-stay.entity.ts).
 */
@Entity({ name: 'stay' })
@Exclusion('stay_bed_no_overlap', `USING gist ("bed_id" WITH =, daterange("admitted_on", "discharged_on") WITH &&)`)
@Exclusion('stay_resident_no_overlap', `USING gist ("resident_id" WITH =, daterange("admitted_on", "discharged_on") WITH &&)`)
// Discharged the day of admission is an empty range: the bed is free again that day and the person in residence at
// no day's end; the exclusion constraints and every reader of ranges leave it out by themselves.
@Check('stay_period_check', `"discharged_on" IS NULL OR "discharged_on" >= "admitted_on"`)
@Check(
  'stay_discharge_reason_check',
  `("discharged_on" IS NULL) = ("discharge_reason" IS NULL) AND ("discharge_reason" IS NULL OR "discharge_reason" IN ('home', 'hospital', 'death', 'transfer_out', 'other', 'transfer'))`,
)
@Check('stay_funding_check', `"funding" IN ('self_pay', 'tekun_centralized', 'government_purchased')`)
@Index('stay_facility_idx', ['facilityId', 'admittedOn'])
@Index('stay_resident_idx', { synchronize: false })
export class Stay {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  residentId: string;

  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resident_id', foreignKeyConstraintName: 'stay_resident_id_fkey' })
  resident?: Resident;

  @Column({ type: 'uuid' })
  bedId: string;

  @ManyToOne(() => Bed, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bed_id', foreignKeyConstraintName: 'stay_bed_id_fkey' })
  bed?: Bed;

  /** The bed's facility, kept on the stay for scope and reports (beds never change facility). */
  @Column({ type: 'uuid' })
  facilityId: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'stay_facility_id_fkey' })
  facility?: Facility;

  @Column({ type: 'date' })
  admittedOn: string;

  /** First day no longer in the bed (exclusive end). */
  @Column({ type: 'date', nullable: true })
  dischargedOn: string | null;

  /** home, hospital, death, transfer_out, other; transfer when the stay ended by moving to another bed. */
  @Column({ type: 'text', nullable: true })
  dischargeReason: string | null;

  @Column({ type: 'text', default: 'self_pay' })
  funding: StayFunding;

  @Column({ type: 'uuid', nullable: true })
  transferredFromId: string | null;

  @ManyToOne(() => Stay, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transferred_from_id', foreignKeyConstraintName: 'stay_transferred_from_id_fkey' })
  transferredFrom?: Stay;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * Admission rules of a facility, or of every facility in a region's subtree: whether admission needs a current
 * capability assessment, and the waiting-list policy. The nearest wins: the facility's own, then its region's,
 * then each region above; with none, the defaults of standards.md §6.
 */
@Entity({ name: 'admission_policy' })
@Check('admission_policy_target_check', `("region_code" IS NULL) <> ("facility_id" IS NULL)`)
@Index('admission_policy_region_key', ['regionCode'], { unique: true, where: `"region_code" IS NOT NULL` })
@Index('admission_policy_facility_key', ['facilityId'], { unique: true, where: `"facility_id" IS NOT NULL` })
export class AdmissionPolicy {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  regionCode: string | null;

  @ManyToOne(() => Region, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'admission_policy_region_code_fkey' })
  region?: Region;

  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'admission_policy_facility_id_fkey' })
  facility?: Facility;

  @Column({ type: 'boolean' })
  requiresAssessment: boolean;

  /** A WaitlistPolicy, validated on the way in. */
  @Column({ type: 'jsonb' })
  waitlist: WaitlistPolicy;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

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

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'waitlist_entry_facility_id_fkey' })
  facility?: Facility;

  @Column({ type: 'uuid' })
  residentId: string;

  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resident_id', foreignKeyConstraintName: 'waitlist_entry_resident_id_fkey' })
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

  @ManyToOne(() => WaitlistEntry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'waitlist_offer_entry_id_fkey' })
  entry?: WaitlistEntry;

  @Index('waitlist_offer_bed_idx')
  @Column({ type: 'uuid' })
  bedId: string;

  @ManyToOne(() => Bed, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bed_id', foreignKeyConstraintName: 'waitlist_offer_bed_id_fkey' })
  bed?: Bed;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  offeredAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'text', default: 'pending' })
  status: (typeof OFFER_STATUSES)[number];

  @Column({ type: 'uuid', nullable: true })
  stayId: string | null;

  @ManyToOne(() => Stay, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stay_id', foreignKeyConstraintName: 'waitlist_offer_stay_id_fkey' })
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
