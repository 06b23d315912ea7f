import { References } from '@yiyang/core';
import { Facility } from '@yiyang/facilities';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ServiceType } from '../domain/service-types';

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

  @References(() => Facility, { column: 'facility_id', foreignKey: 'slot_series_facility_id_fkey', onDelete: 'RESTRICT' })
  facility?: Facility;

  @Column({ type: 'text' })
  serviceType: ServiceType;

  @References(() => ServiceTypeRow, { column: 'service_type', foreignKey: 'slot_series_service_type_fkey', onDelete: 'RESTRICT' })
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

  @References(() => Facility, { column: 'facility_id', foreignKey: 'service_slot_facility_id_fkey', onDelete: 'RESTRICT' })
  facility?: Facility;

  @Column({ type: 'text' })
  serviceType: ServiceType;

  @References(() => ServiceTypeRow, { column: 'service_type', foreignKey: 'service_slot_service_type_fkey', onDelete: 'RESTRICT' })
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

  @References(() => SlotSeries, { column: 'series_id', foreignKey: 'service_slot_series_id_fkey', onDelete: 'RESTRICT' })
  series?: SlotSeries;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
