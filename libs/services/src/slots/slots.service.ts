import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { addDays, ConflictError, daysBetween, InvalidInputError, mapPage, NotFoundError, orNotFound, type Page, requestContext, today } from '@yiyang/core';
import { FacilitiesRepository } from '@yiyang/facilities';
import type { DataSource, EntityManager } from 'typeorm';
import { SlotCancelled, SlotCreated, SlotSeriesCreated } from '../audit-events';
import { expandRecurrence, MAX_OCCURRENCES, recurrenceProblems } from '../domain/recurrence';
import { OrdersRepository } from '../orders/orders.repository';
import {
  type CreateSeriesDto,
  type CreateSlotDto,
  type FacilitySlotsDto,
  type FacilitySlotsQuery,
  mapFacilitySlot,
  mapServiceType,
  mapSlot,
  type SeriesResultDto,
  type ServiceTypeDto,
  type SlotDto,
  type SlotQuery,
} from './slot.dto';
import { SlotsRepository } from './slots.repository';

/** The days a facility's schedule shows when asked without an end: the two weeks the slots are published for. */
const DEFAULT_SCHEDULE_DAYS = 14;
/** The longest range of days a facility's schedule is read for at once (six weeks). */
const MAX_SCHEDULE_DAYS = 42;

/** Slots: what facilities offer, one by one or from a recurrence rule; capacity is counted in the row. */
@Injectable()
export class SlotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly slots: SlotsRepository,
    private readonly orders: OrdersRepository,
    private readonly facilities: FacilitiesRepository,
    private readonly audit: AuditService,
  ) {}

  async create(facilityId: string, input: CreateSlotDto, scope: AccessScope): Promise<SlotDto> {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt) throw InvalidInputError.of([{ field: 'endsAt', message: 'a slot ends after it starts' }]);
    if (startsAt.getTime() <= Date.now()) throw InvalidInputError.of([{ field: 'startsAt', message: 'a slot starts in the future' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.lockOperatingFacility(manager, facilityId, scope, startsAt);
      const slotId = await this.slots.insert(
        { facilityId, serviceType: input.serviceType, startsAt, endsAt, capacity: input.capacity, priceCents: input.priceCents, area: input.area, createdBy: requestContext.current()?.userId ?? null },
        manager,
      );
      await this.audit.record(manager, SlotCreated, { entityId: slotId, after: { ...input } });
      return slotId;
    });
    return this.get(id);
  }

  /**
   * Slots from a rule — every weekday lunch — in one statement: the rule is expanded (at most 400 occurrences),
   * occurrences already past are skipped, and the slots share the series id.
   */
  async createSeries(facilityId: string, input: CreateSeriesDto, scope: AccessScope): Promise<SeriesResultDto> {
    const problems = recurrenceProblems(input);
    if (problems.length) throw InvalidInputError.of(problems);
    const occurrences = expandRecurrence(input).filter((occurrence) => occurrence.startsAt.getTime() > Date.now());
    if (occurrences.length > MAX_OCCURRENCES) throw InvalidInputError.of([{ field: 'until', message: `the rule makes more than ${MAX_OCCURRENCES} slots: shorten the range` }]);
    if (!occurrences.length) throw InvalidInputError.of([{ field: 'rrule', message: 'the rule makes no slot in the future between from and until' }]);
    return this.dataSource.transaction(async (manager) => {
      await this.lockOperatingFacility(manager, facilityId, scope, occurrences[occurrences.length - 1].startsAt);
      const createdBy = requestContext.current()?.userId ?? null;
      const seriesId = await this.slots.insertSeries(
        { facilityId, serviceType: input.serviceType, rrule: input.rrule, fromDate: input.from, untilDate: input.until, startTime: input.startTime, endTime: input.endTime, createdBy },
        manager,
      );
      const terms = { facilityId, serviceType: input.serviceType, capacity: input.capacity, priceCents: input.priceCents, area: input.area, createdBy };
      const created = await this.slots.insertSeriesSlots(terms, seriesId, occurrences, manager);
      await this.audit.record(manager, SlotSeriesCreated, { entityId: seriesId, after: { ...input, slots: created } });
      return { seriesId, created, firstStartsAt: occurrences[0].startsAt, lastStartsAt: occurrences[occurrences.length - 1].startsAt };
    });
  }

  /** The catalog as stored: labels, national type, cut-off and no-show grace per type. */
  async types(): Promise<ServiceTypeDto[]> {
    return (await this.slots.types(this.dataSource.manager)).map(mapServiceType);
  }

  async get(id: string): Promise<SlotDto> {
    const row = orNotFound(await this.slots.findById(id, this.dataSource.manager), 'Slot', id);
    return mapSlot(row);
  }

  /**
   * Slots anyone signed in may browse (the public offer of a facility), filtered by the region whose people they
   * serve, type, facility, dates, and whether places are left.
   */
  async list(query: SlotQuery): Promise<Page<SlotDto>> {
    // Upcoming slots unless asked otherwise: from today (Shanghai), soonest first.
    const filter = { ...query, from: query.from ?? today() };
    return mapPage(await this.slots.page(filter, query, this.dataSource.manager), mapSlot);
  }

  /**
   * A facility's own schedule: its slots between two dates with their bookings (names masked), in one statement, for
   * its staff and the officers of its region (404 otherwise). Every person shown is an audited read.
   */
  async schedule(facilityId: string, asked: FacilitySlotsQuery, scope: AccessScope): Promise<FacilitySlotsDto> {
    const from = asked.from ?? today();
    const to = asked.to ?? addDays(from, DEFAULT_SCHEDULE_DAYS - 1);
    if (to < from) throw InvalidInputError.of([{ field: 'to', message: 'to comes on or after from' }]);
    if (daysBetween(from, to) >= MAX_SCHEDULE_DAYS) throw InvalidInputError.of([{ field: 'to', message: `at most ${MAX_SCHEDULE_DAYS} days at once` }]);
    const manager = this.dataSource.manager;
    if (!(await this.facilities.findInScope(facilityId, today(), scope, manager))) throw new NotFoundError('Facility', facilityId);
    const slots = (await this.slots.schedule(facilityId, from, to, manager)).map(mapFacilitySlot);
    await this.audit.recordReads(manager, 'resident', [...new Set(slots.flatMap((slot) => slot.bookings.map((booking) => booking.residentId)))]);
    return { facilityId, from, to, slots };
  }

  /**
   * Cancels a slot before it begins, and every booking in it (their subsidies return to the people's allowances).
   * Locks the slot, then its orders — the order a single cancellation takes them in after the person.
   */
  async cancel(id: string, reason: string, scope: AccessScope): Promise<SlotDto> {
    await this.dataSource.transaction(async (manager) => {
      const slot = orNotFound(await this.slots.lockInScope(id, scope, manager), 'Slot', id);
      if (slot.status === 'cancelled') throw new ConflictError('The slot is already cancelled');
      // Once it has begun, its orders are being served, done or missed: they end as checked in, completed or no-show.
      if (slot.begun) throw new ConflictError('The slot has begun: it can no longer be cancelled');
      const ordersCancelled = await this.orders.cancelBookedOfSlot(id, requestContext.current()?.userId ?? null, manager);
      await this.slots.cancel(id, reason, ordersCancelled, manager);
      await this.audit.record(manager, SlotCancelled, { entityId: id, before: { status: slot.status }, after: { status: 'cancelled', reason, ordersCancelled } });
    });
    return this.get(id);
  }

  /**
   * The facility the slots belong to, locked with the one facility lock, if the caller may run it (404); it must not
   * close before the last slot's day (409).
   */
  private async lockOperatingFacility(manager: EntityManager, facilityId: string, scope: AccessScope, until: Date): Promise<void> {
    const facility = orNotFound(await this.facilities.lockInScope(facilityId, scope, manager), 'Facility', facilityId);
    if (facility.closedOn && facility.closedOn <= today(until)) throw new ConflictError(`The facility closes on ${facility.closedOn}`);
  }
}
