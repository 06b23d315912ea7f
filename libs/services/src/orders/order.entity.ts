import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Resident } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { OrderStatus, ServiceType } from '../domain/service-types';
import { ServiceSlot } from '../slots/slot.entity';
import { SubsidyRule } from '../subsidies/subsidy-rule.entity';

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

  @References(() => ServiceSlot, { column: 'slot_id', foreignKey: 'service_order_slot_id_fkey', onDelete: 'RESTRICT' })
  slot?: ServiceSlot;

  @Column({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'service_order_resident_id_fkey', onDelete: 'RESTRICT' })
  resident?: Resident;

  /** The slot's facility and type, kept on the order for scope and statements. */
  @Column({ type: 'uuid' })
  facilityId: string;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'service_order_facility_id_fkey', onDelete: 'RESTRICT' })
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

  @References(() => SubsidyRule, { column: 'subsidy_rule_id', foreignKey: 'service_order_subsidy_rule_id_fkey', onDelete: 'RESTRICT' })
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
