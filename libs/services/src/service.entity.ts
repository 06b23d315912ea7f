import { Facility } from '@yiyang/facilities';
import { Region } from '@yiyang/regions';
import { Resident, type EligibilityCondition } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderStatus, ServiceType } from './domain/service-types';

/** The catalog: one row per service type, seeded by the migration; cut-off and no-show grace are adjustable here. */
@Entity({ name: 'service_type' })
@Check('service_type_minutes_check', `"cancel_cutoff_minutes" >= 0 AND "no_show_grace_minutes" >= 0`)
export class ServiceTypeRow {
  @PrimaryColumn({ type: 'text' })
  code: ServiceType;

  @Column({ type: 'text' })
  nameZh: string;

  @Column({ type: 'text' })
  nameEn: string;

  /** 国家居家上门服务分类 01–06. */
  @Column({ type: 'text' })
  nationalCode: string;

  /** Delivered at the person's home: the slot is a visit window; staff check in and out there. */
  @Column({ type: 'boolean' })
  atHome: boolean;

  /** A booking may be cancelled until this many minutes before the start. */
  @Column({ type: 'int' })
  cancelCutoffMinutes: number;

  /** An order nobody checked in becomes a no-show this many minutes after the end. */
  @Column({ type: 'int' })
  noShowGraceMinutes: number;
}

/** A rule that made slots: an RRULE over a date range, a time of day (Shanghai), and the slots' terms. */
@Entity({ name: 'slot_series' })
@Check('slot_series_dates_check', `"until_date" >= "from_date" AND "end_time" > "start_time"`)
export class SlotSeries {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'slot_series_facility_id_fkey' })
  facility?: Facility;

  @Column({ type: 'text' })
  serviceType: ServiceType;

  @ManyToOne(() => ServiceTypeRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_type', foreignKeyConstraintName: 'slot_series_service_type_fkey' })
  type?: ServiceTypeRow;

  @Column({ type: 'text' })
  rrule: string;

  @Column({ type: 'date' })
  fromDate: string;

  @Column({ type: 'date' })
  untilDate: string;

  @Column({ type: 'time' })
  startTime: string;

  @Column({ type: 'time' })
  endTime: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * What a facility offers: a service type over [starts_at, ends_at) — for home services the window in which staff
 * arrive — for so many people at a price, to people living in its area. `booked` counts live orders and a CHECK
 * holds it within the capacity, so a slot cannot be oversold whatever the code does.
 */
@Entity({ name: 'service_slot' })
@Index('service_slot_facility_idx', ['facilityId', 'startsAt'])
@Index('service_slot_type_idx', ['serviceType', 'startsAt'])
@Index('service_slot_series_key', ['seriesId', 'startsAt'], { unique: true, where: `"series_id" IS NOT NULL` })
@Check('service_slot_period_check', `"ends_at" > "starts_at"`)
@Check('service_slot_capacity_check', `"capacity" > 0 AND "booked" >= 0 AND "booked" <= "capacity"`)
@Check('service_slot_price_check', `"price_cents" >= 0`)
@Check('service_slot_area_check', `cardinality("area") >= 1 AND cardinality("area") = cardinality("area_prefixes")`)
@Check('service_slot_status_check', `"status" IN ('open', 'cancelled')`)
export class ServiceSlot {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  facilityId: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'service_slot_facility_id_fkey' })
  facility?: Facility;

  @Column({ type: 'text' })
  serviceType: ServiceType;

  @ManyToOne(() => ServiceTypeRow, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_type', foreignKeyConstraintName: 'service_slot_service_type_fkey' })
  type?: ServiceTypeRow;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ type: 'int', default: 0 })
  booked: number;

  @Column({ type: 'int' })
  priceCents: number;

  /** Region codes of the area served: people whose residence lies in one of their subtrees may book. */
  @Column({ type: 'text', array: true })
  area: string[];

  /** The significant digits of each area code (500112002000 → 500112002), for one LIKE per code. */
  @Column({ type: 'text', array: true })
  areaPrefixes: string[];

  @Column({ type: 'text', default: 'open' })
  status: 'open' | 'cancelled';

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => SlotSeries, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'service_slot_series_id_fkey' })
  series?: SlotSeries;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Who is eligible for a service subsidy, and what they get (see domain/subsidy.ts). Money in cents. */
@Entity({ name: 'subsidy_rule' })
@Check('subsidy_rule_amounts_check', `("monthly_cap_cents" IS NULL OR "monthly_cap_cents" >= 0) AND ("per_order_cap_cents" IS NULL OR "per_order_cap_cents" >= 0) AND ("orders_per_month" IS NULL OR "orders_per_month" >= 0) AND "rate_percent" BETWEEN 0 AND 100`)
@Check('subsidy_rule_period_check', `"valid_to" IS NULL OR "valid_to" > "valid_from"`)
@Index('subsidy_rule_region_idx', ['regionCode'])
export class SubsidyRule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** People whose 户籍 lies in this region's subtree. */
  @Column({ type: 'text' })
  regionCode: string;

  @ManyToOne(() => Region, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code', foreignKeyConstraintName: 'subsidy_rule_region_code_fkey' })
  region?: Region;

  @Column({ type: 'text' })
  name: string;

  /** Eligible when any of these holds (categories, assessed level, age). */
  @Column({ type: 'jsonb' })
  conditions: EligibilityCondition[];

  @Column({ type: 'int', nullable: true })
  monthlyCapCents: number | null;

  @Column({ type: 'int', nullable: true })
  perOrderCapCents: number | null;

  @Column({ type: 'int', nullable: true })
  ordersPerMonth: number | null;

  @Column({ type: 'int', default: 100 })
  ratePercent: number;

  /** Service types covered; empty: all. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  serviceTypes: string[];

  @Column({ type: 'date' })
  validFrom: string;

  @Column({ type: 'date', nullable: true })
  validTo: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/**
 * A booking: a person in a slot, its price split into subsidy and self-pay at booking, and its life — booked →
 * checked_in → completed, or cancelled / no_show — with who did what when, for the family to see.
 */
@Entity({ name: 'service_order' })
@Index('service_order_live_key', ['slotId', 'residentId'], { unique: true, where: `"status" <> 'cancelled'` })
@Index('service_order_idempotency_key', ['bookedBy', 'idempotencyKey'], { unique: true })
@Index('service_order_resident_month_idx', ['residentId', 'month'])
@Index('service_order_facility_month_idx', ['facilityId', 'month'])
@Index('service_order_booked_idx', ['slotId'], { where: `"status" = 'booked'` })
@Index('service_order_kpi_idx', { synchronize: false })
@Check('service_order_status_check', `"status" IN ('booked', 'checked_in', 'completed', 'cancelled', 'no_show')`)
@Check('service_order_split_check', `"subsidy_cents" >= 0 AND "self_pay_cents" >= 0 AND "subsidy_cents" + "self_pay_cents" = "price_cents"`)
@Check(
  'service_order_lifecycle_check',
  `("checked_in_at" IS NOT NULL) = ("status" IN ('checked_in', 'completed')) AND ("completed_at" IS NOT NULL) = ("status" = 'completed') AND ("cancelled_at" IS NOT NULL) = ("status" = 'cancelled')`,
)
@Check('service_order_rating_check', `"rating" IS NULL OR ("rating" BETWEEN 1 AND 5 AND "status" = 'completed')`)
@Check('service_order_month_check', `"month" = date_trunc('month', "month")`)
export class ServiceOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  slotId: string;

  @ManyToOne(() => ServiceSlot, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'slot_id', foreignKeyConstraintName: 'service_order_slot_id_fkey' })
  slot?: ServiceSlot;

  @Column({ type: 'uuid' })
  residentId: string;

  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resident_id', foreignKeyConstraintName: 'service_order_resident_id_fkey' })
  resident?: Resident;

  /** The slot's facility and type, kept on the order for scope and statements. */
  @Column({ type: 'uuid' })
  facilityId: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'service_order_facility_id_fkey' })
  facility?: Facility;

  @Column({ type: 'text' })
  serviceType: ServiceType;

  /** First day of the month (Shanghai) the slot starts in: the month the order counts in. */
  @Column({ type: 'date' })
  month: string;

  /**
   * Where the person lived when the order was booked (their residence region code): the plan indicators count the
   * order there, so a later move does not rewrite past months.
   */
  @Column({ type: 'varchar', length: 12 })
  regionCode: string;

  /** The day the service is given (the slot's start, China time): daily indicators count it on that day. */
  @Column({ type: 'date' })
  serviceOn: string;

  @Column({ type: 'text', default: 'booked' })
  status: OrderStatus;

  @Column({ type: 'int' })
  priceCents: number;

  @Column({ type: 'int' })
  subsidyCents: number;

  @Column({ type: 'int' })
  selfPayCents: number;

  @Column({ type: 'uuid', nullable: true })
  subsidyRuleId: string | null;

  @ManyToOne(() => SubsidyRule, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subsidy_rule_id', foreignKeyConstraintName: 'service_order_subsidy_rule_id_fkey' })
  subsidyRule?: SubsidyRule;

  @Column({ type: 'uuid' })
  bookedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  bookedAt: Date;

  /** The client's Idempotency-Key: the same key from the same account returns this order, never a second one. */
  @Column({ type: 'text' })
  idempotencyKey: string;

  /** SHA-256 of the booking request: the same key with another request is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  checkedInBy: string | null;

  /** Check-out: the service done. */
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  completedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  noShowAt: Date | null;

  /** When the day-before reminder went out (in-app). */
  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}

export const VISIT_MODES = ['in_person', 'phone', 'video', 'monitoring'] as const;
export const VISIT_OUTCOMES = ['well', 'needs_help', 'referred', 'not_home', 'hospitalized', 'deceased'] as const;
export const VISIT_FREQUENCIES = ['weekly', 'monthly'] as const;

/** 探访关爱: how often someone living alone, empty-nest or left behind is to be visited, and by whom. */
@Entity({ name: 'visit_plan' })
@Check('visit_plan_frequency_check', `"frequency" IN ('weekly', 'monthly')`)
export class VisitPlan {
  @PrimaryColumn({ type: 'uuid' })
  residentId: string;

  @ManyToOne(() => Resident, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resident_id', foreignKeyConstraintName: 'visit_plan_resident_id_fkey' })
  resident?: Resident;

  @Column({ type: 'text' })
  frequency: (typeof VISIT_FREQUENCIES)[number];

  /** The facility (station, centre) whose staff visit; null: the community office. */
  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @ManyToOne(() => Facility, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'visit_plan_facility_id_fkey' })
  facility?: Facility;

  @Column({ type: 'uuid', nullable: true })
  updatedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A visit made: when, how, by whom, and what was found. */
@Entity({ name: 'visit' })
@Index('visit_resident_idx', ['residentId', 'visitedAt'])
@Check('visit_mode_check', `"mode" IN ('in_person', 'phone', 'video', 'monitoring')`)
@Check('visit_outcome_check', `"outcome" IN ('well', 'needs_help', 'referred', 'not_home', 'hospitalized', 'deceased')`)
export class Visit {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  residentId: string;

  @ManyToOne(() => Resident, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'resident_id', foreignKeyConstraintName: 'visit_resident_id_fkey' })
  resident?: Resident;

  @Column({ type: 'timestamptz' })
  visitedAt: Date;

  @Column({ type: 'text' })
  mode: (typeof VISIT_MODES)[number];

  @Column({ type: 'text' })
  outcome: (typeof VISIT_OUTCOMES)[number];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'visit_facility_id_fkey' })
  facility?: Facility;

  /** The 探访 service order this visit was, if booked as one. */
  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @ManyToOne(() => ServiceOrder, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'visit_order_id_fkey' })
  order?: ServiceOrder;

  @Column({ type: 'uuid', nullable: true })
  visitorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
