import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { CLAIM_PLACE, ConflictError, InvalidInputError, JobName, JobQueue, MASKED_NAME, NotFoundError, offsetOf, type Page, registerConstraintMeanings, RuleViolationError, SqlConditions, TIME_ZONE, today, toPage } from '@yiyang/core';
import { ResidentsRepository } from '@yiyang/residents';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { ORDER_STATUS_LABELS, type OrderStatus } from './domain/service-types';
import { ORDER_SCOPE, PERSON_SIDE_SCOPE, PROVIDER_SCOPE } from './order-scope';
import type { BookDto, CompleteDto, OrderDto, OrderQuery, QuoteDto, RateDto } from './dto/service.dto';
import { LOCAL_DATE, TYPE_LABELS } from './slots.service';
import { allowanceOf, SubsidiesService } from './subsidies.service';

registerConstraintMeanings({
  service_order_live_key: { field: 'slotId', message: 'the person is already booked into this slot' },
});

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
/** Staff may check in from this long before the start. */
const CHECK_IN_EARLY_MS = 2 * 60 * 60 * 1_000;

const ORDER_SELECT = `
  SELECT o.id, o.slot_id AS "slotId", o.resident_id AS "residentId", ${MASKED_NAME('r.name')} AS "residentName",
         o.facility_id AS "facilityId", f.name AS "facilityName", o.service_type AS "serviceType",
         s.starts_at AS "startsAt", s.ends_at AS "endsAt", o.status,
         o.price_cents AS "priceCents", o.subsidy_cents AS "subsidyCents", o.self_pay_cents AS "selfPayCents",
         o.booked_at AS "bookedAt", o.checked_in_at AS "checkedInAt", ci.display_name AS "checkedInByName",
         o.completed_at AS "completedAt", o.cancelled_at AS "cancelledAt", o.no_show_at AS "noShowAt",
         o.reminded_at AS "remindedAt", o.rating, o.comment
    FROM service_order o
    JOIN service_slot s ON s.id = o.slot_id
    JOIN facility f ON f.id = o.facility_id
    JOIN resident r ON r.id = o.resident_id
    LEFT JOIN app_user ci ON ci.id = o.checked_in_by`;

interface SlotForBooking {
  id: string;
  facilityId: string;
  serviceType: string;
  startsAt: Date;
  status: string;
  booked: number;
  capacity: number;
  priceCents: number;
  areaPrefixes: string[];
  localDate: string;
  placeClaimed: boolean;
}

/** No place left for a booking (409). */
class SlotFullError extends ConflictError {
  constructor(message: string) {
    super(message, [{ field: 'slotId', messages: ['no places left'] }]);
  }
}

interface LockedOrder {
  id: string;
  slot_id: string;
  resident_id: string;
  status: OrderStatus;
  service_type: string;
  starts_at: Date;
  ends_at: Date;
  cancel_cutoff_minutes: number;
  no_show_grace_minutes: number;
}

/**
 * Orders: booking (idempotent per account and key, never beyond a slot's capacity), cancelling before the cut-off,
 * check-in and check-out by the provider, ratings, and the no-shows and reminders the job queue works through.
 * Locks go person → slot → order: one person's bookings queue (their allowance is counted once), and a slot's
 * counter is taken last when booking, before the order when cancelling (as cancelling a whole slot does).
 */
@Injectable()
export class OrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly residents: ResidentsRepository,
    private readonly subsidies: SubsidiesService,
    private readonly audit: AuditService,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Books a person into a slot. The same Idempotency-Key from the same account returns the order it made; with a
   * different request it is a 422. A refused booking stores nothing, so repeating it tries again.
   */
  async book(input: BookDto, key: string | undefined, scope: AccessScope): Promise<{ order: OrderDto; replayed: boolean }> {
    if (!key || !IDEMPOTENCY_KEY.test(key)) throw InvalidInputError.of([{ field: 'Idempotency-Key', message: 'send an Idempotency-Key header of 1–200 visible ASCII characters' }]);
    const requestHash = createHash('sha256').update(JSON.stringify([input.residentId.toLowerCase(), input.slotId.toLowerCase()])).digest('hex');
    const replay = await this.replay(key, requestHash, scope);
    if (replay) return { order: replay, replayed: true };
    let id: string;
    try {
      id = await this.dataSource.transaction((manager) => this.bookIn(manager, input, key, requestHash, scope));
    } catch (error) {
      // The same key raced in from another request of the same account: theirs stands, even if it took the last place
      // (a request is refused as full before it writes its order, so it has not met the key yet).
      const sameKey = error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'service_order_idempotency_key';
      if (sameKey || error instanceof SlotFullError) {
        const winner = await this.replay(key, requestHash, scope);
        if (winner) return { order: winner, replayed: true };
      }
      throw error;
    }
    return { order: await this.view(id, scope), replayed: false };
  }

  private async bookIn(manager: EntityManager, input: BookDto, key: string, requestHash: string, scope: AccessScope): Promise<string> {
    const resident = await this.residents.findInScope(input.residentId, scope, manager, 'noKeyUpdate');
    if (!resident) throw new NotFoundError('Resident', input.residentId);
    // Only as many bookings go on to queue for the counter as there are places left: the slot is read with a claim on
    // one of them, and a booking that gets none is refused at once instead of waiting behind the winners' lock on the
    // slot row to learn that it is full.
    const [slot]: SlotForBooking[] = await manager.query(
      `SELECT id, facility_id AS "facilityId", service_type AS "serviceType", starts_at AS "startsAt", status, booked, capacity,
              price_cents AS "priceCents", area_prefixes AS "areaPrefixes", ${LOCAL_DATE('starts_at')}::text AS "localDate",
              ${CLAIM_PLACE("'slot ' || id", 'capacity - booked')} AS "placeClaimed"
         FROM service_slot WHERE id = $1`,
      [input.slotId],
    );
    if (!slot) throw new NotFoundError('Slot', input.slotId);
    if (slot.status === 'cancelled') throw new ConflictError('The slot is cancelled', [{ field: 'slotId', messages: ['cancelled'] }]);
    if (slot.startsAt.getTime() <= Date.now()) throw new RuleViolationError('The slot has begun: book a later one');
    if (!slot.areaPrefixes.some((prefix) => resident.residenceRegionCode.startsWith(prefix))) {
      throw new RuleViolationError('The person lives outside the area this slot serves');
    }
    if (!slot.placeClaimed) {
      throw new SlotFullError(slot.booked >= slot.capacity ? 'The slot is full' : 'The slot is full: its last places are being booked right now (try again in a moment)');
    }
    const { month, rule, split } = await this.subsidies.priceFor(manager, input.residentId, slot);
    const [order] = await manager.query(
      `INSERT INTO service_order (slot_id, resident_id, facility_id, service_type, month, price_cents, subsidy_cents, self_pay_cents,
                                  subsidy_rule_id, booked_by, idempotency_key, request_hash, region_code, service_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        slot.id,
        input.residentId,
        slot.facilityId,
        slot.serviceType,
        month,
        slot.priceCents,
        split.subsidyCents,
        split.selfPayCents,
        split.subsidyCents > 0 ? rule!.id : null,
        scope.user.id,
        key,
        requestHash,
        resident.residenceRegionCode,
        slot.localDate,
      ],
    );
    // The counter last: a full slot refuses here, whatever raced in before (the CHECK holds it within capacity too).
    const [, taken]: [unknown, number] = await manager.query(
      `UPDATE service_slot SET booked = booked + 1 WHERE id = $1 AND status = 'open' AND booked < capacity AND starts_at > now()`,
      [slot.id],
    );
    if (!taken) throw new SlotFullError('The slot is full');
    await this.audit.record(manager, {
      action: 'book',
      entity: 'service_order',
      entityId: order.id,
      after: { slotId: slot.id, residentId: input.residentId, subsidyCents: split.subsidyCents, selfPayCents: split.selfPayCents },
    });
    return order.id;
  }

  /**
   * What booking the person into the slot would cost, before they confirm: the split the booking would write now (the
   * same rule and the same month's use), and the allowance left before it. A person the caller may not act for is a 404.
   */
  async quote(slotId: string, residentId: string, scope: AccessScope): Promise<QuoteDto> {
    const manager = this.dataSource.manager;
    const resident = await this.residents.findInScope(residentId, scope, manager);
    if (!resident) throw new NotFoundError('Resident', residentId);
    const [slot]: Pick<SlotForBooking, 'priceCents' | 'serviceType' | 'localDate'>[] = await manager.query(
      `SELECT service_type AS "serviceType", price_cents AS "priceCents", ${LOCAL_DATE('starts_at')}::text AS "localDate" FROM service_slot WHERE id = $1`,
      [slotId],
    );
    if (!slot) throw new NotFoundError('Slot', slotId);
    const { month, rule, use, split } = await this.subsidies.priceFor(manager, residentId, slot);
    await this.audit.recordReads(manager, 'resident', [residentId]);
    return { slotId, residentId, priceCents: slot.priceCents, ...split, month: month.slice(0, 7), allowance: allowanceOf(rule, use) };
  }

  /** Cancels a booking before the service type's cut-off; its subsidy returns to the allowance, its place to the slot. */
  async cancel(id: string, scope: AccessScope): Promise<OrderDto> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.lockOrder(manager, id, scope, 'either', { slot: true });
      if (order.status !== 'booked') throw new ConflictError(`The order is ${order.status}`);
      const cutoff = order.starts_at.getTime() - order.cancel_cutoff_minutes * 60_000;
      if (Date.now() > cutoff) {
        throw new ConflictError(`Too late to cancel: ${order.service_type} bookings may be cancelled until ${order.cancel_cutoff_minutes} minutes before the start`);
      }
      await manager.query(`UPDATE service_order SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2 WHERE id = $1`, [id, scope.user.id]);
      await manager.query(`UPDATE service_slot SET booked = booked - 1 WHERE id = $1`, [order.slot_id]);
      await this.audit.record(manager, { action: 'cancel', entity: 'service_order', entityId: id });
    });
    return this.view(id, scope);
  }

  /** The provider's staff arrive (or the person arrives at the canteen): from two hours before the start. */
  async checkIn(id: string, scope: AccessScope): Promise<OrderDto> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.lockOrder(manager, id, scope, 'provider');
      if (order.status !== 'booked') throw new ConflictError(`The order is ${order.status}`);
      const now = Date.now();
      if (now < order.starts_at.getTime() - CHECK_IN_EARLY_MS) throw new ConflictError(`Too early: check-in opens two hours before ${order.starts_at.toISOString()}`);
      if (now > order.ends_at.getTime() + order.no_show_grace_minutes * 60_000) throw new ConflictError('Too late: the slot is over');
      await manager.query(`UPDATE service_order SET status = 'checked_in', checked_in_at = now(), checked_in_by = $2 WHERE id = $1`, [id, scope.user.id]);
      await this.audit.record(manager, { action: 'check_in', entity: 'service_order', entityId: id });
    });
    return this.view(id, scope);
  }

  /** Check-out: the service is done. A caring visit (探访) is recorded as a visit with its outcome. */
  async complete(id: string, input: CompleteDto, scope: AccessScope): Promise<OrderDto> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.lockOrder(manager, id, scope, 'provider');
      if (order.status !== 'checked_in') throw new ConflictError(order.status === 'booked' ? 'Check in first' : `The order is ${order.status}`);
      if (input.outcome && order.service_type !== 'visit') throw InvalidInputError.of([{ field: 'outcome', message: 'an outcome is recorded for caring visits only' }]);
      const [[done]] = await manager.query(
        `UPDATE service_order SET status = 'completed', completed_at = now(), completed_by = $2 WHERE id = $1 RETURNING checked_in_at, facility_id`,
        [id, scope.user.id],
      );
      if (order.service_type === 'visit') {
        await manager.query(
          `INSERT INTO visit (resident_id, visited_at, mode, outcome, notes, facility_id, order_id, visitor_id) VALUES ($1, $2, 'in_person', $3, $4, $5, $6, $7)`,
          [order.resident_id, done.checked_in_at, input.outcome ?? 'well', input.notes ?? null, done.facility_id, id, scope.user.id],
        );
      }
      await this.audit.record(manager, { action: 'complete', entity: 'service_order', entityId: id, after: input.outcome ? { outcome: input.outcome } : undefined });
    });
    return this.view(id, scope);
  }

  /**
   * The provider marks a booking nobody came for, once the slot has begun (a nurse at the canteen door need not wait
   * for the sweep, which marks the rest after the type's grace). Its subsidy returns to the allowance, as for a swept no-show.
   */
  async markNoShow(id: string, scope: AccessScope): Promise<OrderDto> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.lockOrder(manager, id, scope, 'provider');
      if (order.status !== 'booked') throw new ConflictError(`The order is ${order.status}`);
      if (Date.now() < order.starts_at.getTime()) throw new ConflictError(`Too early: a no-show is marked once the slot has begun (${order.starts_at.toISOString()})`);
      await manager.query(`UPDATE service_order SET status = 'no_show', no_show_at = now() WHERE id = $1`, [id]);
      await this.audit.record(manager, { action: 'no_show', entity: 'service_order', entityId: id });
    });
    return this.view(id, scope);
  }

  /** The family (or whoever booked for the person) rates a completed service, once. */
  async rate(id: string, input: RateDto, scope: AccessScope): Promise<OrderDto> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.lockOrder(manager, id, scope, 'person');
      if (order.status !== 'completed') throw new ConflictError('Only a completed service can be rated');
      const [, rated]: [unknown, number] = await manager.query(`UPDATE service_order SET rating = $2, comment = $3 WHERE id = $1 AND rating IS NULL`, [id, input.rating, input.comment ?? null]);
      if (!rated) throw new ConflictError('The service is already rated');
      await this.audit.record(manager, { action: 'rate', entity: 'service_order', entityId: id, after: { ...input } });
    });
    return this.view(id, scope);
  }

  async get(id: string, scope: AccessScope): Promise<OrderDto> {
    const params: unknown[] = [id];
    const [row] = await this.dataSource.query(`${ORDER_SELECT} WHERE o.id = $1 AND ${scope.sql(ORDER_SCOPE, params)}`, params);
    if (!row) throw new NotFoundError('Order', id);
    await this.audit.recordReads(this.dataSource.manager, 'resident', [row.residentId]);
    return this.labelled(row);
  }

  async list(query: OrderQuery, scope: AccessScope): Promise<Page<OrderDto>> {
    const filter = new SqlConditions();
    filter.raw(scope.sql(ORDER_SCOPE, filter.params));
    if (query.residentId) filter.add((p) => `o.resident_id = ${p}`, query.residentId);
    if (query.facilityId) filter.add((p) => `o.facility_id = ${p}`, query.facilityId);
    if (query.slotId) filter.add((p) => `o.slot_id = ${p}`, query.slotId);
    if (query.status) filter.add((p) => `o.status = ${p}`, query.status);
    if (query.from) filter.add((p) => `s.starts_at >= (${p}::date::timestamp AT TIME ZONE '${TIME_ZONE}')`, query.from);
    if (query.to) filter.add((p) => `s.starts_at < ((${p}::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')`, query.to);
    const { params, sql: where } = filter;
    const from = `FROM service_order o JOIN service_slot s ON s.id = o.slot_id JOIN facility f ON f.id = o.facility_id JOIN resident r ON r.id = o.resident_id`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from} WHERE ${where}`, params);
    const rows: OrderDto[] = await this.dataSource.query(`${ORDER_SELECT} WHERE ${where} ORDER BY s.starts_at DESC, o.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      query.limit,
      offsetOf(query),
    ]);
    await this.audit.recordReads(this.dataSource.manager, 'resident', [...new Set(rows.map((row) => row.residentId))]);
    return toPage(
      rows.map((row) => this.labelled(row)),
      total,
      query,
    );
  }

  /** Marks the slot's bookings nobody checked in, once its end and the type's grace have passed, as no-shows. */
  async markNoShows(slotId: string): Promise<number> {
    const [, marked]: [unknown, number] = await this.dataSource.query(
      `UPDATE service_order o SET status = 'no_show', no_show_at = now()
         FROM service_slot s JOIN service_type t ON t.code = s.service_type
        WHERE o.slot_id = $1 AND s.id = o.slot_id AND o.status = 'booked' AND s.ends_at + make_interval(mins => t.no_show_grace_minutes) <= now()`,
      [slotId],
    );
    return marked;
  }

  /** The day-before reminder (in-app: the family sees it on the order). Sent once. */
  async remind(orderId: string): Promise<boolean> {
    const [, reminded]: [unknown, number] = await this.dataSource.query(`UPDATE service_order SET reminded_at = now() WHERE id = $1 AND status = 'booked' AND reminded_at IS NULL`, [
      orderId,
    ]);
    return reminded > 0;
  }

  /**
   * Finds what is due — reminders for tomorrow's bookings, no-shows of slots over — and enqueues a job for each with
   * a deterministic id per hour (remind-<order>-<yyyymmddhh>, no-show-<slot>-<yyyymmddhh>): sweeping twice in an hour
   * enqueues nothing new, and work a failed job left undone is found and enqueued again by the next hour's sweeps.
   * The handlers are conditional updates, so a repeat changes nothing.
   */
  async sweep(now = new Date()): Promise<{ reminders: number; noShowSlots: number; window: string }> {
    const window = now.toISOString().slice(0, 13).replace(/[-T]/g, '');
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT o.id FROM service_order o JOIN service_slot s ON s.id = o.slot_id
        WHERE o.status = 'booked' AND o.reminded_at IS NULL AND ${LOCAL_DATE('s.starts_at')} = $1::date + 1
        ORDER BY o.id LIMIT 50000`,
      [today()],
    );
    const over: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT s.id FROM service_slot s JOIN service_type t ON t.code = s.service_type JOIN service_order o ON o.slot_id = s.id AND o.status = 'booked'
        WHERE s.ends_at + make_interval(mins => t.no_show_grace_minutes) <= now()
        LIMIT 50000`,
    );
    for (const { id } of due) await this.queue.enqueue(JobName.ServicesRemind, { orderId: id }, { jobId: `remind-${id}-${window}` });
    for (const { id } of over) await this.queue.enqueue(JobName.ServicesNoShow, { slotId: id }, { jobId: `no-show-${id}-${window}` });
    return { reminders: due.length, noShowSlots: over.length, window };
  }

  private async replay(key: string, requestHash: string, scope: AccessScope): Promise<OrderDto | null> {
    const [existing] = await this.dataSource.query(`SELECT id, request_hash FROM service_order WHERE booked_by = $1 AND idempotency_key = $2`, [scope.user.id, key]);
    if (!existing) return null;
    if (existing.request_hash !== requestHash) throw new RuleViolationError('This Idempotency-Key was used for another booking');
    return this.view(existing.id, scope);
  }

  /**
   * The order locked, if the caller may act on it: the provider's side (the slot's facility), the person's side
   * (family, officers, the facility serving them), or either. Locks go person → slot → order, as booking takes
   * person → slot and cancelling a slot slot → orders: the person first (their allowance), the slot only when its
   * counter changes.
   */
  private async lockOrder(manager: EntityManager, id: string, scope: AccessScope, side: 'provider' | 'person' | 'either', lock: { slot?: boolean } = {}): Promise<LockedOrder> {
    const params: unknown[] = [id];
    const allowed = scope.sql(side === 'provider' ? PROVIDER_SCOPE : side === 'person' ? PERSON_SIDE_SCOPE : ORDER_SCOPE, params);
    const [found] = await manager.query(
      `SELECT o.resident_id, o.slot_id FROM service_order o JOIN facility f ON f.id = o.facility_id JOIN resident r ON r.id = o.resident_id WHERE o.id = $1 AND ${allowed}`,
      params,
    );
    if (!found) throw new NotFoundError('Order', id);
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

  /** An order right after the caller's own write or replay: scoped like a read, not audited as one. */
  private async view(id: string, scope: AccessScope): Promise<OrderDto> {
    const params: unknown[] = [id];
    const [row] = await this.dataSource.query(`${ORDER_SELECT} WHERE o.id = $1 AND ${scope.sql(ORDER_SCOPE, params)}`, params);
    if (!row) throw new NotFoundError('Order', id);
    return this.labelled(row);
  }

  private labelled(row: Omit<OrderDto, 'serviceTypeLabel' | 'statusLabel'>): OrderDto {
    return { ...row, serviceTypeLabel: TYPE_LABELS[row.serviceType], statusLabel: ORDER_STATUS_LABELS[row.status] };
  }
}
