import { randomUUID } from 'node:crypto';
import { addDays, firstDayOf, localDateOf, monthOf, notClosedOn, shiftMonth, startOfLocalDay, today as todayInChina } from '@yiyang/core';
import { expandRecurrence } from '@yiyang/services';
import type { DataSource, EntityManager } from 'typeorm';
import type { LoadDemoOptions } from './index';
import type { SlotRow } from './services';

/** How many days of slots the demo keeps published from today on. */
export const DEMO_PUBLISHED_DAYS = 14;
/** The demo's series run until then: the recurring offer of its canteens and services, published two weeks ahead. */
const SERIES_UNTIL = '2035-12-31';
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** The chance that one of a series' regular users books one of its slots (as the loader draws them). */
const CHANCE: Record<SlotRow['serviceType'], number> = { meal: 0.08, cleaning: 0.4, bathing: 0.5, medical: 0.3 };

export interface SeriesRow {
  id: string;
  facilityId: string;
  serviceType: SlotRow['serviceType'];
  rrule: string;
  fromDate: string;
  startTime: string;
  endTime: string;
}

/**
 * The recurring series behind the loader's slots, one per provider, type and time of day: daily when the slots fall
 * on every weekday, weekly on their weekdays otherwise. The demo's series have no creator (people's series have one).
 */
export function demoSeries(slots: SlotRow[]): Map<string, SeriesRow> {
  const series = new Map<string, SeriesRow & { days: Set<number> }>();
  for (const slot of slots) {
    const date = slot.startsAt.slice(0, 10);
    let row = series.get(slot.seriesKey);
    if (!row) {
      row = {
        id: randomUUID(), facilityId: slot.facilityId, serviceType: slot.serviceType, rrule: '', fromDate: date,
        startTime: slot.startsAt.slice(11, 16), endTime: slot.endsAt.slice(11, 16), days: new Set(),
      };
      series.set(slot.seriesKey, row);
    }
    if (date < row.fromDate) row.fromDate = date;
    row.days.add(new Date(`${date}T00:00:00Z`).getUTCDay());
  }
  for (const row of series.values()) {
    row.rrule = row.days.size === 7 ? 'FREQ=DAILY' : `FREQ=WEEKLY;BYDAY=${[1, 2, 3, 4, 5, 6, 0].filter((d) => row.days.has(d)).map((d) => WEEKDAYS[d]).join(',')}`;
  }
  return series;
}

export async function insertDemoSeries(m: EntityManager, series: SeriesRow[]): Promise<number> {
  const [row] = await m.query(
    `WITH ins AS (
       INSERT INTO slot_series (id, facility_id, service_type, rrule, from_date, until_date, start_time, end_time)
       SELECT id, f, t, r, fd, $7::date, st::time, et::time FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::text[], $8::text[]) AS x(id, f, t, r, fd, st, et)
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [series.map((s) => s.id), series.map((s) => s.facilityId), series.map((s) => s.serviceType), series.map((s) => s.rrule), series.map((s) => s.fromDate),
      series.map((s) => s.startTime), SERIES_UNTIL, series.map((s) => s.endTime)],
  );
  return row.n;
}

/** As the loader's: orders booked by `bookedBy`, up to the day before `today` (default today in Asia/Shanghai). */
export type ExtendDemoOptions = LoadDemoOptions;

export interface ExtendDemoResult {
  /** False when the database has no demo to extend (no demo_extension row). */
  extended: boolean;
  /** Orders written for the days (extendedFrom … extendedThrough]; publishing through publishedThrough. */
  extendedFrom: string | null;
  extendedThrough: string | null;
  publishedThrough: string | null;
  counts: { slots: number; orders: number };
  durationsMs: number;
}

const STEPS = 3;

/**
 * Brings the demo up to `today`: the slots of its series for the days since it was last extended, with orders of
 * their regular users (completed, some cancelled or missed, each with the subsidy share that person had before),
 * and the slots of the coming two weeks, empty, for people to book. Set-based and in one transaction, so a start
 * that stops half-way leaves the demo as it was; a second start on the same day writes nothing.
 */
export async function extendDemoData(dataSource: DataSource, options: ExtendDemoOptions): Promise<ExtendDemoResult> {
  const started = Date.now();
  const today = options.today ?? todayInChina();
  return dataSource.transaction(async (m) => {
    const [state]: { extended_through: string; published_through: string }[] = await m.query(
      `SELECT extended_through, published_through FROM demo_extension WHERE id FOR UPDATE`,
    );
    if (!state) return { extended: false, extendedFrom: null, extendedThrough: null, publishedThrough: null, counts: { slots: 0, orders: 0 }, durationsMs: 0 };
    const yesterday = addDays(today, -1);
    const publishTo = addDays(today, DEMO_PUBLISHED_DAYS - 1);
    // As the loader, at most the last twelve months: a demo left alone for years comes back with one year of history.
    const pastFrom = [addDays(state.extended_through, 1), firstDayOf(shiftMonth(monthOf(yesterday), -11))].sort().at(-1)!;
    const publishFrom = [addDays(state.published_through, 1), today].sort().at(-1)!;
    const counts = { slots: 0, orders: 0 };
    if (pastFrom > yesterday && publishFrom > publishTo) {
      options.log(`demo: extended through ${state.extended_through}, published through ${state.published_through}: nothing to add`);
      return { extended: true, extendedFrom: null, extendedThrough: state.extended_through, publishedThrough: state.published_through, counts, durationsMs: Date.now() - started };
    }
    const series: { id: string; rrule: string; from_date: string; until_date: string; start_time: string; end_time: string }[] = await m.query(
      `SELECT id, rrule, from_date, until_date, to_char(start_time, 'HH24:MI') AS start_time, to_char(end_time, 'HH24:MI') AS end_time
         FROM slot_series WHERE created_by IS NULL ORDER BY id`,
    );
    const ids = series.map((s) => s.id);
    options.progress?.('slots of the days since the last start', 0, STEPS, 0);
    if (pastFrom <= yesterday) counts.slots += await publish(m, series, pastFrom, yesterday, options.bookedBy);
    options.progress?.('orders of those days', 1, STEPS, counts.slots);
    if (pastFrom <= yesterday) counts.orders = await bookRegulars(m, ids, pastFrom, yesterday, options.bookedBy);
    options.progress?.(`slots of the coming ${DEMO_PUBLISHED_DAYS} days`, 2, STEPS, counts.slots + counts.orders);
    if (publishFrom <= publishTo) counts.slots += await publish(m, series, publishFrom, publishTo, options.bookedBy);
    const through = [state.extended_through, yesterday].sort().at(-1)!;
    await m.query(`UPDATE demo_extension SET extended_through = $1, published_through = $2, updated_at = now() WHERE id`, [through, publishTo]);
    options.log(`demo: extended from ${state.extended_through} through ${through} and published through ${publishTo}: ${counts.slots} slots, ${counts.orders} orders`);
    return {
      extended: true,
      extendedFrom: pastFrom <= yesterday ? pastFrom : null,
      extendedThrough: through,
      publishedThrough: publishTo,
      counts,
      durationsMs: Date.now() - started,
    };
  });
}

/** The series' slots from one date to another (inclusive), on the terms of each series' latest slot; none twice. */
async function publish(
  m: EntityManager,
  series: { id: string; rrule: string; from_date: string; until_date: string; start_time: string; end_time: string }[],
  from: string,
  to: string,
  createdBy: string,
): Promise<number> {
  const occurrences = series.flatMap((s) => {
    const [first, last] = [[s.from_date, from].sort()[1], [s.until_date, to].sort()[0]];
    if (first > last) return [];
    return expandRecurrence({ rrule: s.rrule, from: first, until: last, startTime: s.start_time, endTime: s.end_time }).map((o) => ({ seriesId: s.id, ...o }));
  });
  if (!occurrences.length) return 0;
  const [row] = await m.query(
    `WITH terms AS (
       SELECT DISTINCT ON (s.series_id) s.series_id, s.facility_id, s.service_type, s.capacity, s.price_cents, s.area, s.area_prefixes, f.closed_on
         FROM service_slot s JOIN facility f ON f.id = s.facility_id
        WHERE s.series_id = ANY($1::uuid[])
        ORDER BY s.series_id, s.starts_at DESC),
     ins AS (
       INSERT INTO service_slot (facility_id, service_type, starts_at, ends_at, capacity, price_cents, area, area_prefixes, series_id, created_by)
       SELECT t.facility_id, t.service_type, o.s, o.e, t.capacity, t.price_cents, t.area, t.area_prefixes, t.series_id, $4
         FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS o(series_id, s, e)
         JOIN terms t ON t.series_id = o.series_id
        WHERE ${notClosedOn('t', localDateOf('o.s'))}
       ON CONFLICT (series_id, starts_at) WHERE series_id IS NOT NULL DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [occurrences.map((o) => o.seriesId), occurrences.map((o) => o.startsAt), occurrences.map((o) => o.endsAt), createdBy],
  );
  return row.n;
}

/**
 * Orders in the series' slots of the days given, from the people who used each series before (its regulars), each
 * with the share of the price their subsidy covered last time: drawn from a hash of person and slot, so the same
 * days give the same people; never someone in a care home or dead on the day, nor twice in a slot, nor beyond the
 * places left.
 */
async function bookRegulars(m: EntityManager, seriesIds: string[], from: string, to: string, bookedBy: string): Promise<number> {
  const types = Object.keys(CHANCE) as SlotRow['serviceType'][];
  const [row] = await m.query(
    `WITH regular AS (
       SELECT DISTINCT ON (s.series_id, o.resident_id) s.series_id, o.resident_id, o.subsidy_cents::numeric / nullif(o.price_cents, 0) AS share
         FROM service_order o JOIN service_slot s ON s.id = o.slot_id
        WHERE s.series_id = ANY($1::uuid[]) AND o.service_on < $2::date
        ORDER BY s.series_id, o.resident_id, o.service_on DESC),
     slot AS (
       SELECT s.id, s.series_id, s.starts_at, s.ends_at, s.price_cents, s.capacity - s.booked AS room, s.service_type, ${localDateOf('s.starts_at')} AS day
         FROM service_slot s
        WHERE s.series_id = ANY($1::uuid[]) AND s.status = 'open'
          AND s.starts_at >= ${startOfLocalDay('$2::date')} AND s.starts_at < ${startOfLocalDay('($3::date + 1)')}),
     drawn AS (
       SELECT s.*, r.resident_id, r.share, sha256(convert_to(r.resident_id::text || s.series_id::text || s.day::text, 'UTF8')) AS h
         FROM slot s JOIN regular r ON r.series_id = s.series_id),
     chosen AS (
       SELECT d.*, row_number() OVER (PARTITION BY d.id ORDER BY d.h) AS k
         FROM drawn d JOIN unnest($5::text[], $6::float8[]) AS c(type, chance) ON c.type = d.service_type
        WHERE get_byte(d.h, 0) < 256 * c.chance
          AND NOT EXISTS (SELECT 1 FROM stay st WHERE st.resident_id = d.resident_id AND st.admitted_on <= d.day AND (st.discharged_on IS NULL OR st.discharged_on > d.day))
          AND NOT EXISTS (SELECT 1 FROM stay st WHERE st.resident_id = d.resident_id AND st.discharge_reason = 'death' AND st.discharged_on <= d.day)
          AND NOT EXISTS (SELECT 1 FROM service_order o WHERE o.slot_id = d.id AND o.resident_id = d.resident_id)),
     ins AS (
       INSERT INTO service_order (slot_id, resident_id, facility_id, service_type, month, status, price_cents, subsidy_cents, self_pay_cents, booked_by, booked_at,
                                  idempotency_key, request_hash, cancelled_at, cancelled_by, checked_in_at, checked_in_by, completed_at, completed_by, no_show_at, rating,
                                  region_code, service_on)
       SELECT c.id, c.resident_id, s.facility_id, s.service_type, date_trunc('month', c.day)::date, x.status, s.price_cents, x.subsidy, s.price_cents - x.subsidy,
              $4, s.starts_at - interval '2 days', 'demo-' || gen_random_uuid(), encode(c.h, 'hex'),
              CASE WHEN x.status = 'cancelled' THEN s.starts_at - interval '1 day' END, CASE WHEN x.status = 'cancelled' THEN $4::uuid END,
              CASE WHEN x.status = 'completed' THEN s.starts_at + interval '5 minutes' END, CASE WHEN x.status = 'completed' THEN $4::uuid END,
              CASE WHEN x.status = 'completed' THEN s.ends_at END, CASE WHEN x.status = 'completed' THEN $4::uuid END,
              CASE WHEN x.status = 'no_show' THEN s.starts_at + interval '30 minutes' END,
              CASE WHEN x.status = 'completed' AND get_byte(c.h, 2) < 60 THEN 4 + get_byte(c.h, 3) % 2 END,
              res.residence_region_code, c.day
         FROM chosen c JOIN service_slot s ON s.id = c.id JOIN resident res ON res.id = c.resident_id
         CROSS JOIN LATERAL (SELECT CASE WHEN get_byte(c.h, 1) < 10 THEN 'cancelled' WHEN get_byte(c.h, 1) < 18 THEN 'no_show' ELSE 'completed' END AS status,
                                    round(s.price_cents * coalesce(c.share, 0))::int AS subsidy) x
        WHERE c.k <= c.room
       RETURNING slot_id, status),
     counted AS (
       UPDATE service_slot s SET booked = s.booked + n.live
         FROM (SELECT slot_id, count(*) FILTER (WHERE status <> 'cancelled')::int AS live FROM ins GROUP BY slot_id) n
        WHERE s.id = n.slot_id)
     SELECT count(*)::int AS n FROM ins`,
    [seriesIds, from, to, bookedBy, types, types.map((type) => CHANCE[type])],
  );
  return row.n;
}
