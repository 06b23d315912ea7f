import { randomBytes, randomUUID } from 'node:crypto';
import { createDataSourceOptions, PersonalDataCipher } from '@yiyang/core';
import { createTestDatabase, type TestDatabase } from '@yiyang/testing';
import { DataSource } from 'typeorm';
import { extendDemoData, loadDemoData } from './index';

/**
 * The demo extending itself at each start: the days since the last start get their slots and orders, the coming two
 * weeks their slots; a second start on the same day writes nothing, a start a week later fills the gap, and no
 * series ever has two slots at one time nor a person two orders in one slot.
 */
describe('the demo extended to today at every start', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  const bookedBy = randomUUID();
  const extend = (today: string) => extendDemoData(dataSource, { bookedBy, today, log: () => undefined });

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(createDataSourceOptions({ url: db.url, poolSize: 2, applicationName: 'yiyang-demo-extend-test' }));
    await dataSource.initialize();
    const cipher = new PersonalDataCipher(`k1:${randomBytes(32).toString('base64')}`, randomBytes(32).toString('base64'));
    await loadDemoData(dataSource, cipher, { bookedBy, log: () => undefined, today: '2026-10-02' });
  }, 180_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  /** Per Shanghai day from one date to another: the demo series' slots and the orders in them. */
  async function byDay(from: string, to: string): Promise<Record<string, { slots: number; orders: number }>> {
    const rows: { day: string; slots: number; orders: number }[] = await dataSource.query(
      `SELECT d::date::text AS day,
              (SELECT count(*) FROM service_slot s JOIN slot_series ss ON ss.id = s.series_id AND ss.created_by IS NULL
                WHERE (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date = d::date)::int AS slots,
              (SELECT count(*) FROM service_order o WHERE o.service_on = d::date)::int AS orders
         FROM generate_series($1::date, $2::date, interval '1 day') d ORDER BY 1`,
      [from, to],
    );
    return Object.fromEntries(rows.map((row) => [row.day, { slots: row.slots, orders: row.orders }]));
  }

  async function integrity() {
    const [row] = await dataSource.query(
      `SELECT (SELECT count(*) FROM (SELECT series_id, starts_at FROM service_slot WHERE series_id IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) x)::int AS "twiceAtOnce",
              (SELECT count(*) FROM (SELECT slot_id, resident_id FROM service_order GROUP BY 1, 2 HAVING count(*) > 1) x)::int AS "twiceInASlot",
              (SELECT count(*) FROM service_slot s
                WHERE s.booked <> (SELECT count(*) FROM service_order o WHERE o.slot_id = s.id AND o.status <> 'cancelled'))::int AS "miscounted",
              (SELECT count(*) FROM service_order o JOIN stay st ON st.resident_id = o.resident_id
                WHERE o.service_on > '2026-09-30' AND st.admitted_on <= o.service_on AND (st.discharged_on IS NULL OR st.discharged_on > o.service_on))::int AS "servedInACareHome"`,
    );
    return row;
  }

  it('the loader ends the demo on the last day of the month before its date, with every slot in a series', async () => {
    const [state] = await dataSource.query(`SELECT extended_through, published_through FROM demo_extension`);
    expect(state).toEqual({ extended_through: '2026-09-30', published_through: '2026-09-30' });
    const [{ loose }] = await dataSource.query(`SELECT count(*)::int AS loose FROM service_slot WHERE series_id IS NULL`);
    expect(loose).toBe(0);
    const days = await byDay('2026-09-30', '2026-10-01');
    expect(days['2026-09-30'].orders).toBeGreaterThan(0);
    expect(days['2026-10-01']).toEqual({ slots: 0, orders: 0 });
  });

  it('a start extends through yesterday and publishes the coming 14 days; a second start that day adds nothing', async () => {
    const first = await extend('2026-10-02');
    expect(first).toMatchObject({ extended: true, extendedFrom: '2026-10-01', extendedThrough: '2026-10-01', publishedThrough: '2026-10-15' });
    const days = await byDay('2026-10-01', '2026-10-16');
    // Every day of the fortnight has the canteens' daily meals; the past day has orders, the coming days none yet.
    const [{ daily }] = await dataSource.query(`SELECT count(*)::int AS daily FROM slot_series WHERE created_by IS NULL AND rrule = 'FREQ=DAILY'`);
    for (const day of Object.keys(days).filter((d) => d <= '2026-10-15')) expect(days[day].slots).toBeGreaterThanOrEqual(daily);
    expect(days['2026-10-01'].orders).toBeGreaterThan(0);
    expect(days['2026-10-02'].orders).toBe(0);
    expect(days['2026-10-16']).toEqual({ slots: 0, orders: 0 });
    expect(first.counts.slots).toBe(Object.values(days).reduce((sum, day) => sum + day.slots, 0));

    const again = await extend('2026-10-02');
    expect(again).toMatchObject({ extended: true, extendedFrom: null, counts: { slots: 0, orders: 0 } });
    expect(await byDay('2026-10-01', '2026-10-16')).toEqual(days);
  });

  it('a start a week later fills the week with orders and publishes the days up to two weeks ahead, without duplicates', async () => {
    const before = await byDay('2026-10-01', '2026-10-23');
    const later = await extend('2026-10-09');
    expect(later).toMatchObject({ extendedFrom: '2026-10-02', extendedThrough: '2026-10-08', publishedThrough: '2026-10-22' });
    const after = await byDay('2026-10-01', '2026-10-23');
    // The week's slots were published at the last start: they are kept (no second slot) and get their orders.
    for (const day of ['2026-10-02', '2026-10-05', '2026-10-08']) {
      expect(after[day].slots).toBe(before[day].slots);
      expect(after[day].orders).toBeGreaterThan(0);
    }
    expect(after['2026-10-09'].orders).toBe(0);
    expect(after['2026-10-01']).toEqual(before['2026-10-01']);
    for (const day of ['2026-10-16', '2026-10-22']) expect(after[day].slots).toBeGreaterThan(0);
    expect(after['2026-10-23'].slots).toBe(0);
    expect(later.counts.slots).toBe(Object.keys(after).reduce((sum, day) => sum + after[day].slots - before[day].slots, 0));
    expect(await integrity()).toEqual({ twiceAtOnce: 0, twiceInASlot: 0, miscounted: 0, servedInACareHome: 0 });
    expect((await extend('2026-10-09')).counts).toEqual({ slots: 0, orders: 0 });
  });

  it('orders of the new days are split as each person’s were before', async () => {
    const [row] = await dataSource.query(
      `SELECT count(*) FILTER (WHERE subsidy_cents > 0)::int AS subsidised, count(*) FILTER (WHERE status = 'completed')::int AS completed, count(*)::int AS total
         FROM service_order WHERE service_on BETWEEN '2026-10-01' AND '2026-10-08'`,
    );
    expect(row.subsidised).toBeGreaterThan(0);
    expect(row.completed / row.total).toBeGreaterThan(0.8);
  });
});
