import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Resident } from '@yiyang/residents';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { ServiceOrder } from '../orders/order.entity';

export const VISIT_MODES = ['in_person', 'phone', 'video', 'monitoring'] as const;
export const VISIT_OUTCOMES = ['well', 'needs_help', 'referred', 'not_home', 'hospitalized', 'deceased'] as const;
export const VISIT_FREQUENCIES = ['weekly', 'monthly'] as const;

/** 探访关爱: how often someone living alone, empty-nest or left behind is to be visited, and by whom. */
@Entity({ name: 'visit_plan' })
@Check('visit_plan_frequency_check', `"frequency" IN ('weekly', 'monthly')`)
export class VisitPlan {
  @PrimaryColumn({ type: 'uuid' })
  residentId: string;

  @References(() => Resident, { column: 'resident_id', foreignKey: 'visit_plan_resident_id_fkey', onDelete: 'CASCADE' })
  resident?: Resident;

  @Column({ type: 'text' })
  frequency: (typeof VISIT_FREQUENCIES)[number];

  /** The facility (station, centre) whose staff visit; null: the community office. */
  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @References(() => Facility, { column: 'facility_id', foreignKey: 'visit_plan_facility_id_fkey', onDelete: 'SET NULL' })
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

  @References(() => Resident, { column: 'resident_id', foreignKey: 'visit_resident_id_fkey', onDelete: 'RESTRICT' })
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

  @References(() => Facility, { column: 'facility_id', foreignKey: 'visit_facility_id_fkey', onDelete: 'RESTRICT' })
  facility?: Facility;

  /** The 探访 service order this visit was, if booked as one. */
  @Column({ type: 'uuid', nullable: true })
  orderId: string | null;

  @References(() => ServiceOrder, { column: 'order_id', foreignKey: 'visit_order_id_fkey', onDelete: 'RESTRICT' })
  order?: ServiceOrder;

  @Column({ type: 'uuid', nullable: true })
  visitorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
