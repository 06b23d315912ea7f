import { Injectable } from '@nestjs/common';
import type { AccessScope, ScopeColumns } from '@yiyang/auth';
import {
  CLAIM_PLACE,
  execute,
  localDateOf,
  MASKED_NAME,
  type Page,
  regionSubtreePrefix,
  selectPage,
  SqlConditions,
  startOfLocalDay,
} from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { OrderStatus, ServiceType } from '../domain/service-types';
import { ServiceSlot, ServiceTypeRow, SlotSeries } from './slot.entity';

/** A slot as reads show it, before its labels. */
export interface SlotRow {
  id: string;
  facilityId: string;
  facilityName: string;
  serviceType: ServiceType;
  atHome: boolean;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  booked: number;
  remaining: number;
  priceCents: number;
  area: string[];
  status: string;
  seriesId: string | null;
}

/** A booking as a facility's schedule lists it (times as the JSON aggregate gives them). */
export interface SlotBookingRow {
  id: string;
  residentId: string;
  residentName: string;
  status: OrderStatus;
  checkedInAt: string | null;
  completedAt: string | null;
  noShowAt: string | null;
}

export type FacilitySlotRow = SlotRow & { bookings: SlotBookingRow[] };

/** What booking needs of a slot, read with a claim on one of its places (see `findForBooking`). */
export interface SlotForBooking {
  id: string;
  facilityId: string;
  serviceType: ServiceType;
  startsAt: Date;
  status: string;
  booked: number;
  capacity: number;
  priceCents: number;
  areaPrefixes: string[];
  localDate: string;
  placeClaimed: boolean;
}

export type SlotTerms = Pick<ServiceSlot, 'facilityId' | 'serviceType' | 'capacity' | 'priceCents' | 'area' | 'createdBy'>;

export interface SlotFilter {
  regionCode?: string;
  serviceType?: ServiceType;
  facilityId?: string;
  from: string;
  to?: string;
  available?: boolean;
}

/** The provider's side of a slot: its facility, officers of the facility's region. */
const SLOT_SCOPE: ScopeColumns = { facilityId: 's.facility_id', regionCode: 'f.region_code' };

const SLOT_SELECT = `
  SELECT s.id, s.facility_id AS "facilityId", f.name AS "facilityName", s.service_type AS "serviceType", t.at_home AS "atHome",
         s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.capacity, s.booked, s.capacity - s.booked AS remaining,
         s.price_cents AS "priceCents", s.area, s.status, s.series_id AS "seriesId"
    FROM service_slot s JOIN facility f ON f.id = s.facility_id JOIN service_type t ON t.code = s.service_type`;

/** Slots, slot series and the service catalog: the SQL of the slots aggregate. */
@Injectable()
export class SlotsRepository {
  types(manager: EntityManager): Promise<ServiceTypeRow[]> {
    return manager.find(ServiceTypeRow, { order: { nationalCode: 'ASC', code: 'ASC' } });
  }

  async insert(slot: SlotTerms & Pick<ServiceSlot, 'startsAt' | 'endsAt'>, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.insert(ServiceSlot, { ...slot, areaPrefixes: slot.area.map(regionSubtreePrefix) });
    return identifiers[0].id;
  }

  async insertSeries(series: Omit<SlotSeries, 'id' | 'createdAt'>, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.insert(SlotSeries, series);
    return identifiers[0].id;
  }

  /** The series' slots in one statement; returns how many were made. */
  async insertSeriesSlots(terms: SlotTerms, seriesId: string, occurrences: { startsAt: Date; endsAt: Date }[], manager: EntityManager): Promise<number> {
    const created: unknown[] = await manager.query(
      `INSERT INTO service_slot (facility_id, service_type, starts_at, ends_at, capacity, price_cents, area, area_prefixes, series_id, created_by)
       SELECT $1, $2, o.starts_at, o.ends_at, $3, $4, $5, $6, $7, $8
         FROM unnest($9::timestamptz[], $10::timestamptz[]) AS o(starts_at, ends_at)
       RETURNING id`,
      [
        terms.facilityId,
        terms.serviceType,
        terms.capacity,
        terms.priceCents,
        terms.area,
        terms.area.map(regionSubtreePrefix),
        seriesId,
        terms.createdBy,
        occurrences.map((occurrence) => occurrence.startsAt),
        occurrences.map((occurrence) => occurrence.endsAt),
      ],
    );
    return created.length;
  }

  async findById(id: string, manager: EntityManager): Promise<SlotRow | null> {
    const [row] = await manager.query(`${SLOT_SELECT} WHERE s.id = $1`, [id]);
    return row ?? null;
  }

  page(filter: SlotFilter, query: { page: number; limit: number }, manager: EntityManager): Promise<Page<SlotRow>> {
    const conditions = new SqlConditions();
    if (filter.regionCode) {
      // The slot serves the region if an area code lies within it, or the region lies within an area code.
      const [prefix, code] = [conditions.bind(`${regionSubtreePrefix(filter.regionCode)}%`), conditions.bind(filter.regionCode)];
      conditions.raw(`(EXISTS (SELECT 1 FROM unnest(s.area) a WHERE a LIKE ${prefix}) OR EXISTS (SELECT 1 FROM unnest(s.area_prefixes) p WHERE ${code} LIKE p || '%'))`);
    }
    if (filter.serviceType) conditions.add((p) => `s.service_type = ${p}`, filter.serviceType);
    if (filter.facilityId) conditions.add((p) => `s.facility_id = ${p}`, filter.facilityId);
    conditions.add((p) => `s.starts_at >= ${startOfLocalDay(`${p}::date`)}`, filter.from);
    if (filter.to) conditions.add((p) => `s.starts_at < ${startOfLocalDay(`(${p}::date + 1)`)}`, filter.to);
    if (filter.available) conditions.raw(`s.status = 'open' AND s.booked < s.capacity AND s.starts_at > now()`);
    const { params, sql: where } = conditions;
    return selectPage<SlotRow>(
      manager,
      { count: `FROM service_slot s WHERE ${where}`, rows: `${SLOT_SELECT} WHERE ${where} ORDER BY s.starts_at, f.name, s.id`, params },
      query,
    );
  }

  /** A facility's slots between two dates with their bookings (names masked), in one statement. */
  schedule(facilityId: string, from: string, to: string, manager: EntityManager): Promise<FacilitySlotRow[]> {
    return manager.query(
      `SELECT slot.*, b.bookings
         FROM (${SLOT_SELECT}
                WHERE s.facility_id = $1
                  AND s.starts_at >= ${startOfLocalDay('$2::date')}
                  AND s.starts_at < ${startOfLocalDay('($3::date + 1)')}) slot
         CROSS JOIN LATERAL (
           SELECT coalesce(json_agg(json_build_object(
                    'id', o.id, 'residentId', o.resident_id, 'residentName', ${MASKED_NAME('r.name')}, 'status', o.status,
                    'checkedInAt', o.checked_in_at, 'completedAt', o.completed_at, 'noShowAt', o.no_show_at)
                  ORDER BY o.status = 'cancelled', r.name, o.id), '[]') AS bookings
             FROM service_order o JOIN resident r ON r.id = o.resident_id
            WHERE o.slot_id = slot.id) b
        ORDER BY slot."startsAt", slot.id`,
      [facilityId, from, to],
    );
  }

  /**
   * The slot with a claim on one of its places: only as many bookings go on to queue for the counter as there are
   * places left, and a booking that gets none is refused at once instead of waiting behind the winners' lock on the
   * slot row to learn that it is full.
   */
  async findForBooking(id: string, manager: EntityManager): Promise<SlotForBooking | null> {
    const [slot] = await manager.query(
      `SELECT id, facility_id AS "facilityId", service_type AS "serviceType", starts_at AS "startsAt", status, booked, capacity,
              price_cents AS "priceCents", area_prefixes AS "areaPrefixes", ${localDateOf('starts_at')}::text AS "localDate",
              ${CLAIM_PLACE("'slot ' || id", 'capacity - booked')} AS "placeClaimed"
         FROM service_slot WHERE id = $1`,
      [id],
    );
    return slot ?? null;
  }

  /** What a quote needs of a slot: its price, type and date. */
  async findForQuote(id: string, manager: EntityManager): Promise<Pick<SlotForBooking, 'priceCents' | 'serviceType' | 'localDate'> | null> {
    const [slot] = await manager.query(
      `SELECT service_type AS "serviceType", price_cents AS "priceCents", ${localDateOf('starts_at')}::text AS "localDate" FROM service_slot WHERE id = $1`,
      [id],
    );
    return slot ?? null;
  }

  /** Takes a place, unless the slot is full, cancelled or begun (the CHECK holds it within capacity too). */
  async takePlace(id: string, manager: EntityManager): Promise<boolean> {
    const { affected } = await execute(manager, `UPDATE service_slot SET booked = booked + 1 WHERE id = $1 AND status = 'open' AND booked < capacity AND starts_at > now()`, [id]);
    return affected > 0;
  }

  async releasePlace(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE service_slot SET booked = booked - 1 WHERE id = $1`, [id]);
  }

  async lock(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT 1 FROM service_slot WHERE id = $1 FOR NO KEY UPDATE`, [id]);
  }

  /** The slot locked, if the caller's scope covers its facility, with whether it has begun. */
  async lockInScope(id: string, scope: AccessScope, manager: EntityManager): Promise<{ id: string; status: string; begun: boolean } | null> {
    const params: unknown[] = [id];
    const [slot] = await manager.query(
      `SELECT s.id, s.status, s.starts_at <= now() AS begun FROM service_slot s JOIN facility f ON f.id = s.facility_id WHERE s.id = $1 AND ${scope.sql(SLOT_SCOPE, params)} FOR NO KEY UPDATE OF s`,
      params,
    );
    return slot ?? null;
  }

  /** Cancels the slot and gives back the places of the orders cancelled with it. */
  async cancel(id: string, reason: string, ordersCancelled: number, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE service_slot SET status = 'cancelled', cancel_reason = $2, booked = booked - $3 WHERE id = $1`, [id, reason, ordersCancelled]);
  }
}
