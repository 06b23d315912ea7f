import { today } from '@yiyang/core';
import { YUBEI, YUBEI_TOWNSHIP } from '@yiyang/testing';
import { Client } from 'pg';
import { runBench, secondsArgument, startBenchApi, step } from './bench-api';
import { formatResults, load, meanThroughput, type LoadResult } from './http-load';

/**
 * Booking throughput (issue 6): POST /api/v1/service-orders from 100 concurrent clients spread over 1,000 slots
 * (10 canteens × 100 daily lunches), each request a new person–slot pair with its own Idempotency-Key, every price
 * split against a 特困 monthly allowance — against GET /api/v1/auth/me with the same account measured in the same run.
 */
const CONNECTIONS = 100;
const SECONDS = secondsArgument(10);
const ROUNDS = 2;
const FACILITIES = 10;
const DAYS = 100;
const PEOPLE = 500;

async function main(): Promise<void> {
  const bench = await startBenchApi();
  const { base, admin } = bench;
  try {
    step(`${FACILITIES} canteens, each publishing ${DAYS} daily lunches from one rule`);
    const from = new Date(Date.parse(`${today()}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const until = new Date(Date.parse(`${from}T00:00:00Z`) + (DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    for (let n = 0; n < FACILITIES; n++) {
      const facility = await bench.call<{ id: string }>('POST', '/api/v1/facilities', admin, {
        name: `基准助餐点${n + 1}`,
        regionCode: YUBEI_TOWNSHIP,
        kind: 'canteen',
        ownership: 'public',
        operation: 'government',
        openedOn: '2020-01-01',
      });
      await bench.call('POST', `/api/v1/facilities/${facility.id}/service-slots/series`, admin, {
        serviceType: 'meal',
        rrule: 'FREQ=DAILY',
        from,
        until,
        startTime: '11:30',
        endTime: '12:30',
        capacity: 100,
        priceCents: 1500,
        area: [YUBEI],
      });
    }
    await bench.call('POST', '/api/v1/subsidy-rules', admin, {
      regionCode: YUBEI,
      name: '特困人员居家服务补贴',
      conditions: [{ anyCategory: ['tekun'] }],
      monthlyCapCents: 30_000,
      validFrom: '2020-01-01',
    });
    step(`registering ${PEOPLE} older people (特困)`);
    const people = await bench.registerPeople(PEOPLE, { categories: ['tekun'] });
    const client = new Client({ connectionString: bench.database.url });
    await client.connect();
    const slots = (await client.query<{ id: string }>(`SELECT id FROM service_slot ORDER BY starts_at, facility_id`)).rows.map((row) => row.id);
    if (slots.length !== FACILITIES * DAYS) throw new Error(`expected ${FACILITIES * DAYS} slots, found ${slots.length}`);
    await bench.analyze();
    const officer = await bench.user({ username: 'bench.officer', role: 'civil_affairs', regionCode: YUBEI });

    // Request i books person i mod 500 into slot (i + ⌊i / 500⌋) mod 1000: consecutive requests hit different
    // people and slots, and no pair repeats for 500,000 requests (501 and 1,000 share no factor).
    let i = 0;
    const booking = () => {
      const n = i++;
      const body = JSON.stringify({ residentId: people[n % PEOPLE], slotId: slots[(n + Math.floor(n / PEOPLE)) % slots.length] });
      return { method: 'POST', path: '/api/v1/service-orders', body, headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${n}` } };
    };
    const results: { baseline: LoadResult[]; booking: LoadResult[] } = { baseline: [], booking: [] };
    for (let round = 1; round <= ROUNDS; round += 1) {
      step(`round ${round}/${ROUNDS}: ${CONNECTIONS} clients, ${SECONDS} s each (after a 2 s warm-up)`);
      results.baseline.push(await load(`GET /auth/me (round ${round})`, `${base}/api/v1/auth/me`, officer, CONNECTIONS, SECONDS));
      results.booking.push(await load(`POST service-orders (round ${round})`, `${base}/api/v1/service-orders`, officer, CONNECTIONS, SECONDS, { request: booking }));
    }
    const {
      rows: [check],
    } = await client.query<{ orders: number; overbooked: number; mismatched: number }>(
      `SELECT (SELECT count(*)::int FROM service_order) AS orders,
              (SELECT count(*)::int FROM service_slot WHERE booked > capacity) AS overbooked,
              (SELECT count(*)::int FROM service_slot s WHERE booked <> (SELECT count(*) FROM service_order o WHERE o.slot_id = s.id AND o.status <> 'cancelled')) AS mismatched`,
    );
    await client.end();
    const all = [...results.baseline, ...results.booking];
    process.stdout.write(`\n${formatResults(all)}\n\n`);
    const ratio = meanThroughput(results.booking) / meanThroughput(results.baseline);
    process.stdout.write(
      [
        `  booking throughput / baseline throughput: ${(ratio * 100).toFixed(1)} %`,
        `  booking p95 (worst round): ${Math.max(...results.booking.map((r) => r.p95)).toFixed(1)} ms; baseline p95 (worst round): ${Math.max(...results.baseline.map((r) => r.p95)).toFixed(1)} ms`,
        `  bookings made ${i} requested (warm-ups included), ${check.orders} orders stored; slots over capacity: ${check.overbooked}; counters out of step: ${check.mismatched}`,
        `  errors: ${all.reduce((sum, r) => sum + r.errors + r.non2xx, 0)}`,
        '',
      ].join('\n'),
    );
  } finally {
    await bench.stop();
  }
}

runBench(main);
