import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { execute, localDateOf, MASKED_NAME, type Page, selectPage, SqlConditions, startOfLocalDay } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { OrderStatus, ServiceType } from '../domain/service-types';
import { ORDER_SCOPE, PERSON_SIDE_SCOPE, PROVIDER_SCOPE } from './order-scope';

/** An order as reads show it, before its labels. */
export interface OrderRow {
  id: string;
  slotId: string;
  residentId: string;
  residentName: string;
  facilityId: string;
  facilityName: string;
  serviceType: ServiceType;
  startsAt: Date;
  endsAt: Date;
  status: OrderStatus;
  priceCents: number;
  subsidyCents: number;
  selfPayCents: number;
  bookedAt: Date;
  checkedInAt: Date | null;
  checkedInByName: string | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  noShowAt: Date | null;
  remindedAt: Date | null;
  rating: number | null;
  comment: string | null;
}

/** An order under its row lock, with the times and terms of its slot and type that the rules of each step need. */
export interface LockedOrder {
  id: string;
  slot_id: string;
  resident_id: string;
  status: OrderStatus;
  service_type: ServiceType;
  starts_at: Date;
  ends_at: Date;
  cancel_cutoff_minutes: number;
  no_show_grace_minutes: number;
}

export interface NewOrder {
  slotId: string;
  residentId: string;
  facilityId: string;
  serviceType: ServiceType;
  /** First day of the month the order counts in. */
  month: string;
  priceCents: number;
  subsidyCents: number;
  selfPayCents: number;
  subsidyRuleId: string | null;
  bookedBy: string;
  idempotencyKey: string;
  requestHash: string;
  regionCode: string;
  serviceOn: string;
}

export interface OrderFilter {
  residentId?: string;
  facilityId?: string;
  slotId?: string;
  status?: OrderStatus;
  from?: string;
  to?: string;
}

/** Whose side of an order a caller acts on: the provider's, the person's, or either. */
export type OrderSide = 'provider' | 'person' | 'either';

const SIDE_SCOPES = { provider: PROVIDER_SCOPE, person: PERSON_SIDE_SCOPE, either: ORDER_SCOPE };

/**
 * How many of each kind of due work one sweep enqueues. The rest is found by the next sweep, since work done drops out
 * of the queries (an order reminded, a slot's orders marked): the cap keeps one sweep's memory and enqueuing bounded.
 */
const SWEEP_BATCH = 50_000;

const ORDER_FROM = `
    FROM service_order o
    JOIN service_slot s ON s.id = o.slot_id
    JOIN facility f ON f.id = o.facility_id
    JOIN resident r ON r.id = o.resident_id`;

const ORDER_SELECT = `
  SELECT o.id, o.slot_id AS "slotId", o.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName",
         o.facility_id AS "facilityId", f.name AS "facilityName", o.service_type AS "serviceType",
         s.starts_at AS "startsAt", s.ends_at AS "endsAt", o.status,
         o.price_cents AS "priceCents", o.subsidy_cents AS "subsidyCents", o.self_pay_cents AS "selfPayCents",
         o.booked_at AS "bookedAt", o.checked_in_at AS "checkedInAt", ci.display_name AS "checkedInByName",
         o.completed_at AS "completedAt", o.cancelled_at AS "cancelledAt", o.no_show_at AS "noShowAt",
         o.reminded_at AS "remindedAt", o.rating, o.comment
    ${ORDER_FROM}
    LEFT JOIN app_user ci ON ci.id = o.checked_in_by`;

/** Service orders: the SQL of the orders aggregate. Every read takes the caller's scope into the statement. */
@Injectable()
export class OrdersRepository {
  async insert(order: NewOrder, manager: EntityManager): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO service_order (slot_id, resident_id, facility_id, service_type, month, price_cents, subsidy_cents, self_pay_cents,
                                  subsidy_rule_id, booked_by, idempotency_key, request_hash, region_code, service_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        order.slotId,
        order.residentId,
        order.facilityId,
        order.serviceType,
        order.month,
        order.priceCents,
        order.subsidyCents,
        order.selfPayCents,
        order.subsidyRuleId,
        order.bookedBy,
        order.idempotencyKey,
        order.requestHash,
        order.regionCode,
        order.serviceOn,
      ],
    );
    return row.id;
  }

  /** The order an account made with an Idempotency-Key, if any. */
  async findByKey(bookedBy: string, key: string, manager: EntityManager): Promise<{ id: string; requestHash: string } | null> {
    const [row] = await manager.query(`SELECT id, request_hash AS "requestHash" FROM service_order WHERE booked_by = $1 AND idempotency_key = $2`, [bookedBy, key]);
    return row ?? null;
  }

  async findInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<OrderRow | null> {
    const params: unknown[] = [id];
    const [row] = await manager.query(`${ORDER_SELECT} WHERE o.id = $1 AND ${scope.sql(ORDER_SCOPE, params)}`, params);
    return row ?? null;
  }

  page(filter: OrderFilter, scope: AccessScope, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<OrderRow>> {
    const conditions = new SqlConditions();
    conditions.raw(scope.sql(ORDER_SCOPE, conditions.params));
    if (filter.residentId) conditions.add((p) => `o.resident_id = ${p}`, filter.residentId);
    if (filter.facilityId) conditions.add((p) => `o.facility_id = ${p}`, filter.facilityId);
    if (filter.slotId) conditions.add((p) => `o.slot_id = ${p}`, filter.slotId);
    if (filter.status) conditions.add((p) => `o.status = ${p}`, filter.status);
    if (filter.from) conditions.add((p) => `s.starts_at >= ${startOfLocalDay(`${p}::date`)}`, filter.from);
    if (filter.to) conditions.add((p) => `s.starts_at < ${startOfLocalDay(`(${p}::date + 1)`)}`, filter.to);
    const { params, sql: where } = conditions;
    return selectPage<OrderRow>(manager, { count: `${ORDER_FROM} WHERE ${where}`, rows: `${ORDER_SELECT} WHERE ${where} ORDER BY s.starts_at DESC, o.id`, params }, query);
  }

  /**
   * The order locked, if the caller may act on it from `side`. Locks go person → slot → order, as booking takes
   * person → slot and cancelling a slot slot → orders: the person first (their allowance), the slot only when its
   * counter changes (`lockSlot`).
   */
  async lockInScope(id: string, scope: AccessScope, side: OrderSide, manager: EntityManager, lock: { slot?: boolean } = {}): Promise<LockedOrder | null> {
    const params: unknown[] = [id];
    const [found] = await manager.query(
      `SELECT o.resident_id, o.slot_id FROM service_order o JOIN facility f ON f.id = o.facility_id JOIN resident r ON r.id = o.resident_id
        WHERE o.id = $1 AND ${scope.sql(SIDE_SCOPES[side], params)}`,
      params,
    );
    if (!found) return null;
    await manager.query(`SELECT 1 FROM resident WHERE id = $1 FOR NO KEY UPDATE`, [found.resident_id]);
    if (lock.slot) await manager.query(`SELECT 1 FROM service_slot WHERE id = $1 FOR NO KEY UPDATE`, [found.slot_id]);
    const [order] = await manager.query(
      `SELECT o.id, o.slot_id, o.resident_id, o.status, o.service_type, s.starts_at, s.ends_at, t.cancel_cutoff_minutes, t.no_show_grace_minutes
         FROM service_order o JOIN service_slot s ON s.id = o.slot_id JOIN service_type t ON t.code = o.service_type
        WHERE o.id = $1 FOR UPDATE OF o`,
      [id],
    );
    return order;
  }

  async cancel(id: string, cancelledBy: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE service_order SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2 WHERE id = $1`, [id, cancelledBy]);
  }

  /** Cancels the slot's live bookings; returns how many. */
  async cancelBookedOfSlot(slotId: string, cancelledBy: string | null, manager: EntityManager): Promise<number> {
    const { affected } = await execute(manager, `UPDATE service_order SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2 WHERE slot_id = $1 AND status = 'booked'`, [
      slotId,
      cancelledBy,
    ]);
    return affected;
  }

  async checkIn(id: string, checkedInBy: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE service_order SET status = 'checked_in', checked_in_at = now(), checked_in_by = $2 WHERE id = $1`, [id, checkedInBy]);
  }

  /** Check-out; returns when the order was checked in and its facility (a caring visit is recorded with them). */
  async complete(id: string, completedBy: string, manager: EntityManager): Promise<{ checkedInAt: Date; facilityId: string }> {
    const { rows } = await execute<{ checkedInAt: Date; facilityId: string }>(
      manager,
      `UPDATE service_order SET status = 'completed', completed_at = now(), completed_by = $2 WHERE id = $1 RETURNING checked_in_at AS "checkedInAt", facility_id AS "facilityId"`,
      [id, completedBy],
    );
    return rows[0];
  }

  async markNoShow(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE service_order SET status = 'no_show', no_show_at = now() WHERE id = $1`, [id]);
  }

  /** Rates the order unless it is rated already; returns whether it was. */
  async rate(id: string, rating: number, comment: string | null, manager: EntityManager): Promise<boolean> {
    const { affected } = await execute(manager, `UPDATE service_order SET rating = $2, comment = $3 WHERE id = $1 AND rating IS NULL`, [id, rating, comment]);
    return affected > 0;
  }

  /** Marks the slot's bookings nobody checked in as no-shows once its end and the type's grace have passed; returns how many. */
  async markNoShowsOfSlot(slotId: string, manager: EntityManager): Promise<number> {
    const { affected } = await execute(
      manager,
      `UPDATE service_order o SET status = 'no_show', no_show_at = now()
         FROM service_slot s JOIN service_type t ON t.code = s.service_type
        WHERE o.slot_id = $1 AND s.id = o.slot_id AND o.status = 'booked' AND s.ends_at + make_interval(mins => t.no_show_grace_minutes) <= now()`,
      [slotId],
    );
    return affected;
  }

  /** Notes the day-before reminder unless it went out already; returns whether it was noted now. */
  async markReminded(orderId: string, manager: EntityManager): Promise<boolean> {
    const { affected } = await execute(manager, `UPDATE service_order SET reminded_at = now() WHERE id = $1 AND status = 'booked' AND reminded_at IS NULL`, [orderId]);
    return affected > 0;
  }

  /** Booked orders not yet reminded whose slot is on the day after `today` (China time). */
  async dueReminders(today: string, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT o.id FROM service_order o JOIN service_slot s ON s.id = o.slot_id
        WHERE o.status = 'booked' AND o.reminded_at IS NULL AND ${localDateOf('s.starts_at')} = $1::date + 1
        ORDER BY o.id LIMIT ${SWEEP_BATCH}`,
      [today],
    );
    return rows.map((row) => row.id);
  }

  /** Slots with booked orders whose end and no-show grace have passed. */
  async slotsWithNoShows(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT s.id FROM service_slot s JOIN service_type t ON t.code = s.service_type JOIN service_order o ON o.slot_id = s.id AND o.status = 'booked'
        WHERE s.ends_at + make_interval(mins => t.no_show_grace_minutes) <= now()
        LIMIT ${SWEEP_BATCH}`,
    );
    return rows.map((row) => row.id);
  }
}
