import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ConflictError, InvalidInputError, JobName, JobQueue, mapPage, monthOf, orNotFound, type Page, registerConstraintMeanings, RuleViolationError, today } from '@yiyang/core';
import { ResidentsRepository } from '@yiyang/residents';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { OrderBooked, OrderCancelled, OrderCheckedIn, OrderCompleted, OrderMarkedNoShow, OrderRated } from '../audit-events';
import { SlotsRepository } from '../slots/slots.repository';
import { SubsidiesService } from '../subsidies/subsidies.service';
import { mapAllowance } from '../subsidies/subsidy.dto';
import { VisitsRepository } from '../visits/visits.repository';
import { type BookDto, type CompleteDto, mapOrder, type OrderDto, type OrderQuery, type QuoteDto, type RateDto } from './order.dto';
import { type LockedOrder, type OrderSide, OrdersRepository } from './orders.repository';

registerConstraintMeanings({
  service_order_live_key: { field: 'slotId', message: 'the person is already booked into this slot' },
});

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
/** Staff may check in from this long before the start. */
const CHECK_IN_EARLY_MS = 2 * 60 * 60 * 1_000;

/** No place left for a booking (409). */
class SlotFullError extends ConflictError {
  constructor(message: string) {
    super(message, [{ field: 'slotId', messages: ['no places left'] }]);
  }
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
    private readonly orders: OrdersRepository,
    private readonly slots: SlotsRepository,
    private readonly visits: VisitsRepository,
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
    const resident = orNotFound(await this.residents.findInScope(input.residentId, scope, manager, 'noKeyUpdate'), 'Resident', input.residentId);
    const slot = orNotFound(await this.slots.findForBooking(input.slotId, manager), 'Slot', input.slotId);
    if (slot.status === 'cancelled') throw new ConflictError('The slot is cancelled', [{ field: 'slotId', messages: ['cancelled'] }]);
    if (slot.startsAt.getTime() <= Date.now()) throw new RuleViolationError('The slot has begun: book a later one');
    if (!slot.areaPrefixes.some((prefix) => resident.residenceRegionCode.startsWith(prefix))) {
      throw new RuleViolationError('The person lives outside the area this slot serves');
    }
    if (!slot.placeClaimed) {
      throw new SlotFullError(slot.booked >= slot.capacity ? 'The slot is full' : 'The slot is full: its last places are being booked right now (try again in a moment)');
    }
    const { month, rule, split } = await this.subsidies.priceFor(manager, input.residentId, slot);
    const id = await this.orders.insert(
      {
        slotId: slot.id,
        residentId: input.residentId,
        facilityId: slot.facilityId,
        serviceType: slot.serviceType,
        month,
        priceCents: slot.priceCents,
        subsidyCents: split.subsidyCents,
        selfPayCents: split.selfPayCents,
        subsidyRuleId: split.subsidyCents > 0 ? rule!.id : null,
        bookedBy: scope.user.id,
        idempotencyKey: key,
        requestHash,
        regionCode: resident.residenceRegionCode,
        serviceOn: slot.localDate,
      },
      manager,
    );
    // The counter last: a full slot refuses here, whatever raced in before (the CHECK holds it within capacity too).
    if (!(await this.slots.takePlace(slot.id, manager))) throw new SlotFullError('The slot is full');
    await this.audit.record(manager, OrderBooked, {
      entityId: id,
      after: { slotId: slot.id, residentId: input.residentId, subsidyCents: split.subsidyCents, selfPayCents: split.selfPayCents },
    });
    return id;
  }

  /**
   * What booking the person into the slot would cost, before they confirm: the split the booking would write now (the
   * same rule and the same month's use), and the allowance left before it. A person the caller may not act for is a 404.
   */
  async quote(slotId: string, residentId: string, scope: AccessScope): Promise<QuoteDto> {
    const manager = this.dataSource.manager;
    orNotFound(await this.residents.findInScope(residentId, scope, manager), 'Resident', residentId);
    const slot = orNotFound(await this.slots.findForQuote(slotId, manager), 'Slot', slotId);
    const { month, rule, use, split } = await this.subsidies.priceFor(manager, residentId, slot);
    await this.audit.recordReads(manager, 'resident', [residentId]);
    return { slotId, residentId, priceCents: slot.priceCents, ...split, month: monthOf(month), allowance: mapAllowance(rule, use) };
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
      await this.orders.cancel(id, scope.user.id, manager);
      await this.slots.releasePlace(order.slot_id, manager);
      await this.audit.record(manager, OrderCancelled, { entityId: id, before: { status: order.status }, after: { status: 'cancelled' } });
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
      await this.orders.checkIn(id, scope.user.id, manager);
      await this.audit.record(manager, OrderCheckedIn, { entityId: id, before: { status: order.status }, after: { status: 'checked_in' } });
    });
    return this.view(id, scope);
  }

  /** Check-out: the service is done. A caring visit (探访) is recorded as a visit with its outcome. */
  async complete(id: string, input: CompleteDto, scope: AccessScope): Promise<OrderDto> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.lockOrder(manager, id, scope, 'provider');
      if (order.status !== 'checked_in') throw new ConflictError(order.status === 'booked' ? 'Check in first' : `The order is ${order.status}`);
      if (input.outcome && order.service_type !== 'visit') throw InvalidInputError.of([{ field: 'outcome', message: 'an outcome is recorded for caring visits only' }]);
      const done = await this.orders.complete(id, scope.user.id, manager);
      if (order.service_type === 'visit') {
        await this.visits.insert(
          { residentId: order.resident_id, visitedAt: done.checkedInAt, mode: 'in_person', outcome: input.outcome ?? 'well', notes: input.notes ?? null, facilityId: done.facilityId, orderId: id, visitorId: scope.user.id },
          manager,
        );
      }
      const after = input.outcome ? { status: 'completed' as const, outcome: input.outcome } : { status: 'completed' as const };
      await this.audit.record(manager, OrderCompleted, { entityId: id, before: { status: order.status }, after });
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
      await this.orders.markNoShow(id, manager);
      await this.audit.record(manager, OrderMarkedNoShow, { entityId: id, before: { status: order.status }, after: { status: 'no_show' } });
    });
    return this.view(id, scope);
  }

  /** The family (or whoever booked for the person) rates a completed service, once. */
  async rate(id: string, input: RateDto, scope: AccessScope): Promise<OrderDto> {
    await this.dataSource.transaction(async (manager) => {
      const order = await this.lockOrder(manager, id, scope, 'person');
      if (order.status !== 'completed') throw new ConflictError('Only a completed service can be rated');
      if (!(await this.orders.rate(id, input.rating, input.comment ?? null, manager))) throw new ConflictError('The service is already rated');
      await this.audit.record(manager, OrderRated, { entityId: id, before: { rating: null }, after: { ...input } });
    });
    return this.view(id, scope);
  }

  async get(id: string, scope: AccessScope): Promise<OrderDto> {
    const manager = this.dataSource.manager;
    const row = orNotFound(await this.orders.findInScope(id, scope, manager), 'Order', id);
    await this.audit.recordReads(manager, 'resident', [row.residentId]);
    return mapOrder(row);
  }

  async list(query: OrderQuery, scope: AccessScope): Promise<Page<OrderDto>> {
    const manager = this.dataSource.manager;
    const page = await this.orders.page(query, scope, query, manager);
    await this.audit.recordReads(manager, 'resident', [...new Set(page.items.map((row) => row.residentId))]);
    return mapPage(page, mapOrder);
  }

  /** Marks the slot's bookings nobody checked in, once its end and the type's grace have passed, as no-shows. */
  markNoShows(slotId: string): Promise<number> {
    return this.orders.markNoShowsOfSlot(slotId, this.dataSource.manager);
  }

  /** The day-before reminder (in-app: the family sees it on the order). Sent once. */
  remind(orderId: string): Promise<boolean> {
    return this.orders.markReminded(orderId, this.dataSource.manager);
  }

  /**
   * Finds what is due — reminders for tomorrow's bookings, no-shows of slots over — and enqueues a job for each with
   * a deterministic id per hour (remind-<order>-<yyyymmddhh>, no-show-<slot>-<yyyymmddhh>): sweeping twice in an hour
   * enqueues nothing new, and work a failed job left undone is found and enqueued again by the next hour's sweeps.
   * The handlers are conditional updates, so a repeat changes nothing.
   */
  async sweep(now = new Date()): Promise<{ reminders: number; noShowSlots: number; window: string }> {
    const window = now.toISOString().slice(0, 13).replace(/[-T]/g, '');
    const due = await this.orders.dueReminders(today(), this.dataSource.manager);
    const over = await this.orders.slotsWithNoShows(this.dataSource.manager);
    for (const id of due) await this.queue.enqueue(JobName.ServicesRemind, { orderId: id }, { jobId: `remind-${id}-${window}` });
    for (const id of over) await this.queue.enqueue(JobName.ServicesNoShow, { slotId: id }, { jobId: `no-show-${id}-${window}` });
    return { reminders: due.length, noShowSlots: over.length, window };
  }

  private async replay(key: string, requestHash: string, scope: AccessScope): Promise<OrderDto | null> {
    const existing = await this.orders.findByKey(scope.user.id, key, this.dataSource.manager);
    if (!existing) return null;
    if (existing.requestHash !== requestHash) throw new RuleViolationError('This Idempotency-Key was used for another booking');
    return this.view(existing.id, scope);
  }

  /**
   * The order locked, if the caller may act on it: the provider's side (the slot's facility), the person's side
   * (family, officers, the facility serving them), or either (404 otherwise).
   */
  private async lockOrder(manager: EntityManager, id: string, scope: AccessScope, side: OrderSide, lock: { slot?: boolean } = {}): Promise<LockedOrder> {
    return orNotFound(await this.orders.lockInScope(id, scope, side, manager, lock), 'Order', id);
  }

  /** An order right after the caller's own write or replay: scoped like a read, not audited as one. */
  private async view(id: string, scope: AccessScope): Promise<OrderDto> {
    const row = orNotFound(await this.orders.findInScope(id, scope, this.dataSource.manager), 'Order', id);
    return mapOrder(row);
  }
}
