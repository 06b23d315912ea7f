import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { addDays, ConflictError, InvalidInputError, MASKED_NAME, NotFoundError, offsetOf, type Page, regionSubtreePrefix, requestContext, SqlConditions, TIME_ZONE, today, toPage } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import { expandRecurrence, MAX_OCCURRENCES, recurrenceProblems } from './domain/recurrence';
import { ORDER_STATUS_LABELS, SERVICE_TYPE_DEFINITIONS } from './domain/service-types';
import type { CreateSeriesDto, CreateSlotDto, FacilitySlotDto, FacilitySlotsDto, FacilitySlotsQuery, SeriesResultDto, SlotBookingDto, SlotDto, SlotQuery } from './dto/service.dto';

export const FACILITY_SCOPE = { regionCode: 'f.region_code', facilityId: 'f.id' };
export const TYPE_LABELS = Object.fromEntries(SERVICE_TYPE_DEFINITIONS.map((type) => [type.code, type.label]));

/** A slot's Shanghai calendar date, in SQL. */
export const LOCAL_DATE = (column: string) => `(${column} AT TIME ZONE '${TIME_ZONE}')::date`;

const SLOT_SELECT = `
  SELECT s.id, s.facility_id AS "facilityId", f.name AS "facilityName", s.service_type AS "serviceType", t.at_home AS "atHome",
         s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.capacity, s.booked, s.capacity - s.booked AS remaining,
         s.price_cents AS "priceCents", s.area, s.status, s.series_id AS "seriesId"
    FROM service_slot s JOIN facility f ON f.id = s.facility_id JOIN service_type t ON t.code = s.service_type`;

/** The days a facility's schedule shows when asked without an end: the two weeks the slots are published for. */
const DEFAULT_SCHEDULE_DAYS = 14;
/** The longest range of days a facility's schedule is read for at once (six weeks). */
const MAX_SCHEDULE_DAYS = 42;

/** Slots: what facilities offer, one by one or from a recurrence rule; capacity is counted in the row. */
@Injectable()
export class SlotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(facilityId: string, input: CreateSlotDto, scope: AccessScope): Promise<SlotDto> {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (endsAt <= startsAt) throw InvalidInputError.of([{ field: 'endsAt', message: 'a slot ends after it starts' }]);
    if (startsAt.getTime() <= Date.now()) throw InvalidInputError.of([{ field: 'startsAt', message: 'a slot starts in the future' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.lockFacility(manager, facilityId, scope, startsAt);
      const [slot] = await manager.query(
        `INSERT INTO service_slot (facility_id, service_type, starts_at, ends_at, capacity, price_cents, area, area_prefixes, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [facilityId, input.serviceType, startsAt, endsAt, input.capacity, input.priceCents, input.area, input.area.map(regionSubtreePrefix), requestContext.current()?.userId ?? null],
      );
      await this.audit.record(manager, { action: 'create', entity: 'service_slot', entityId: slot.id, after: { ...input } });
      return slot.id as string;
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
      await this.lockFacility(manager, facilityId, scope, occurrences[occurrences.length - 1].startsAt);
      const [series] = await manager.query(
        `INSERT INTO slot_series (facility_id, service_type, rrule, from_date, until_date, start_time, end_time, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [facilityId, input.serviceType, input.rrule, input.from, input.until, input.startTime, input.endTime, requestContext.current()?.userId ?? null],
      );
      const created: unknown[] = await manager.query(
        `INSERT INTO service_slot (facility_id, service_type, starts_at, ends_at, capacity, price_cents, area, area_prefixes, series_id, created_by)
         SELECT $1, $2, o.starts_at, o.ends_at, $3, $4, $5, $6, $7, $8
           FROM unnest($9::timestamptz[], $10::timestamptz[]) AS o(starts_at, ends_at)
         RETURNING id`,
        [
          facilityId,
          input.serviceType,
          input.capacity,
          input.priceCents,
          input.area,
          input.area.map(regionSubtreePrefix),
          series.id,
          requestContext.current()?.userId ?? null,
          occurrences.map((occurrence) => occurrence.startsAt),
          occurrences.map((occurrence) => occurrence.endsAt),
        ],
      );
      await this.audit.record(manager, { action: 'create', entity: 'slot_series', entityId: series.id, after: { ...input, slots: created.length } });
      return { seriesId: series.id, created: created.length, firstStartsAt: occurrences[0].startsAt, lastStartsAt: occurrences[occurrences.length - 1].startsAt };
    });
  }

  /** The catalog as stored: labels, national type, cut-off and no-show grace per type. */
  types(): Promise<{ code: string; label: { zh: string; en: string }; nationalCode: string; atHome: boolean; cancelCutoffMinutes: number; noShowGraceMinutes: number }[]> {
    return this.dataSource.query(
      `SELECT code, json_build_object('zh', name_zh, 'en', name_en) AS label, national_code AS "nationalCode", at_home AS "atHome",
              cancel_cutoff_minutes AS "cancelCutoffMinutes", no_show_grace_minutes AS "noShowGraceMinutes"
         FROM service_type ORDER BY national_code, code`,
    );
  }

  async get(id: string): Promise<SlotDto> {
    const [row] = await this.dataSource.query(`${SLOT_SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw new NotFoundError('Slot', id);
    return this.view(row);
  }

  /**
   * Slots anyone signed in may browse (the public offer of a facility), filtered by the region whose people they
   * serve, type, facility, dates, and whether places are left.
   */
  async list(query: SlotQuery): Promise<Page<SlotDto>> {
    const filter = new SqlConditions();
    if (query.regionCode) {
      // The slot serves the region if an area code lies within it, or the region lies within an area code.
      const [prefix, code] = [filter.bind(`${regionSubtreePrefix(query.regionCode)}%`), filter.bind(query.regionCode)];
      filter.raw(`(EXISTS (SELECT 1 FROM unnest(s.area) a WHERE a LIKE ${prefix}) OR EXISTS (SELECT 1 FROM unnest(s.area_prefixes) p WHERE ${code} LIKE p || '%'))`);
    }
    if (query.serviceType) filter.add((p) => `s.service_type = ${p}`, query.serviceType);
    if (query.facilityId) filter.add((p) => `s.facility_id = ${p}`, query.facilityId);
    // Upcoming slots unless asked otherwise: from today (Shanghai), soonest first.
    filter.add((p) => `s.starts_at >= (${p}::date::timestamp AT TIME ZONE '${TIME_ZONE}')`, query.from ?? today());
    if (query.to) filter.add((p) => `s.starts_at < ((${p}::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')`, query.to);
    if (query.available) filter.raw(`s.status = 'open' AND s.booked < s.capacity AND s.starts_at > now()`);
    const { params, sql: where } = filter;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM service_slot s WHERE ${where}`, params);
    const rows = await this.dataSource.query(`${SLOT_SELECT} WHERE ${where} ORDER BY s.starts_at, f.name, s.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      query.limit,
      offsetOf(query),
    ]);
    return toPage(
      rows.map((row: SlotDto) => this.view(row)),
      total,
      query,
    );
  }

  /**
   * A facility's own schedule: its slots between two dates with their bookings (names masked), in one statement, for
   * its staff and the officers of its region (404 otherwise). Every person shown is an audited read.
   */
  async schedule(facilityId: string, asked: FacilitySlotsQuery, scope: AccessScope): Promise<FacilitySlotsDto> {
    const from = asked.from ?? today();
    const query = { from, to: asked.to ?? addDays(from, DEFAULT_SCHEDULE_DAYS - 1) };
    if (query.to < query.from) throw InvalidInputError.of([{ field: 'to', message: 'to comes on or after from' }]);
    if ((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000 >= MAX_SCHEDULE_DAYS) {
      throw InvalidInputError.of([{ field: 'to', message: `at most ${MAX_SCHEDULE_DAYS} days at once` }]);
    }
    const params: unknown[] = [facilityId];
    const [facility] = await this.dataSource.query(`SELECT f.id FROM facility f WHERE f.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)}`, params);
    if (!facility) throw new NotFoundError('Facility', facilityId);
    const rows: (Omit<FacilitySlotDto, 'serviceTypeLabel' | 'bookings'> & { bookings: Omit<SlotBookingDto, 'statusLabel'>[] })[] = await this.dataSource.query(
      `SELECT slot.*, b.bookings
         FROM (${SLOT_SELECT}
                WHERE s.facility_id = $1
                  AND s.starts_at >= ($2::date::timestamp AT TIME ZONE '${TIME_ZONE}')
                  AND s.starts_at < (($3::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')) slot
         CROSS JOIN LATERAL (
           SELECT coalesce(json_agg(json_build_object(
                    'id', o.id, 'residentId', o.resident_id, 'residentName', ${MASKED_NAME('r.name')}, 'status', o.status,
                    'checkedInAt', o.checked_in_at, 'completedAt', o.completed_at, 'noShowAt', o.no_show_at)
                  ORDER BY o.status = 'cancelled', r.name, o.id), '[]') AS bookings
             FROM service_order o JOIN resident r ON r.id = o.resident_id
            WHERE o.slot_id = slot.id) b
        ORDER BY slot."startsAt", slot.id`,
      [facilityId, query.from, query.to],
    );
    const slots = rows.map((slot) => ({
      ...this.view(slot),
      bookings: slot.bookings.map((booking) => ({ ...booking, statusLabel: ORDER_STATUS_LABELS[booking.status] })),
    }));
    await this.audit.recordReads(this.dataSource.manager, 'resident', [...new Set(slots.flatMap((slot) => slot.bookings.map((booking) => booking.residentId)))]);
    return { facilityId, from: query.from, to: query.to, slots };
  }

  /**
   * Cancels a slot before it begins, and every booking in it (their subsidies return to the people's allowances).
   * Locks the slot, then its orders — the order a single cancellation takes them in after the person.
   */
  async cancel(id: string, reason: string, scope: AccessScope): Promise<SlotDto> {
    await this.dataSource.transaction(async (manager) => {
      const params: unknown[] = [id];
      const [slot] = await manager.query(
        `SELECT s.id, s.status, s.starts_at <= now() AS begun FROM service_slot s JOIN facility f ON f.id = s.facility_id WHERE s.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)} FOR NO KEY UPDATE OF s`,
        params,
      );
      if (!slot) throw new NotFoundError('Slot', id);
      if (slot.status === 'cancelled') throw new ConflictError('The slot is already cancelled');
      // Once it has begun, its orders are being served, done or missed: they end as checked in, completed or no-show.
      if (slot.begun) throw new ConflictError('The slot has begun: it can no longer be cancelled');
      const [, cancelled]: [unknown, number] = await manager.query(
        `UPDATE service_order SET status = 'cancelled', cancelled_at = now(), cancelled_by = $2 WHERE slot_id = $1 AND status = 'booked'`,
        [id, requestContext.current()?.userId ?? null],
      );
      await manager.query(`UPDATE service_slot SET status = 'cancelled', cancel_reason = $2, booked = booked - $3 WHERE id = $1`, [id, reason, cancelled]);
      await this.audit.record(manager, { action: 'cancel', entity: 'service_slot', entityId: id, after: { reason, ordersCancelled: cancelled } });
    });
    return this.get(id);
  }

  /** The facility the slots belong to, locked, if the caller may run it and it operates on the date (404 / 409). */
  private async lockFacility(manager: EntityManager, facilityId: string, scope: AccessScope, until: Date): Promise<void> {
    const params: unknown[] = [facilityId];
    const [facility] = await manager.query(
      `SELECT f.opened_on AS "openedOn", f.closed_on AS "closedOn" FROM facility f WHERE f.id = $1 AND ${scope.sql(FACILITY_SCOPE, params)} FOR NO KEY UPDATE OF f`,
      params,
    );
    if (!facility) throw new NotFoundError('Facility', facilityId);
    const last = today(until);
    if (facility.closedOn && facility.closedOn <= last) throw new ConflictError(`The facility closes on ${facility.closedOn}`);
  }

  view(row: Omit<SlotDto, 'serviceTypeLabel'>): SlotDto {
    return { ...row, serviceTypeLabel: TYPE_LABELS[row.serviceType] };
  }
}
