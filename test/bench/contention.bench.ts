import { addMonths, today } from '@yiyang/core';
import { bedsLayout, NINE_RISKS, YUBEI, YUBEI_TOWNSHIP } from '@yiyang/testing';
import { Client } from 'pg';
import { runBench, startBenchApi, step } from './bench-api';
import { percentile } from './http-load';

/**
 * Fast refusals (issue 13): bursts of requests fired at once at one contested resource — 50 admissions into the 20
 * beds of one facility (two or three people per bed), and 500 bookings for a slot of 50 places — with the latency of
 * the 201s and of the 409s apart, against GET /api/v1/auth/me fired in a burst of the same size in the same run.
 * The refusals should not queue behind the winners' locks: the goal is a 409 p95 under 200 ms.
 */
const ADMISSION_ROUNDS = 3;
const ADMISSIONS = 50;
const BEDS = 20;
const BOOKING_ROUNDS = 2;
const BOOKINGS = 500;
const PLACES = 50;

interface Answer {
  status: number;
  ms: number;
}

/** Fires every request at once; each answer with its status and the time from sending to the whole body read. */
async function burst(requests: (() => Promise<Response>)[]): Promise<Answer[]> {
  return Promise.all(
    requests.map(async (send) => {
      const started = performance.now();
      const response = await send();
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    }),
  );
}

/** A fixed shuffle (so runs compare): the requests for one bed, or the first to arrive at a slot, are not all sent first. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 13;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Latencies {
  p50: number;
  p95: number;
  count: number;
}

function latencies(answers: Answer[], status?: number): Latencies {
  const sorted = answers.filter((answer) => status === undefined || answer.status === status).map((answer) => answer.ms).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length };
}

const line = (label: string, l: Latencies) => `  ${label.padEnd(28)} ${String(l.count).padStart(5)} answers   p50 ${l.p50.toFixed(1).padStart(7)} ms   p95 ${l.p95.toFixed(1).padStart(7)} ms`;

function report(title: string, answers: Answer[], baseline: Answer[]): string {
  const created = latencies(answers, 201);
  const refused = latencies(answers, 409);
  const me = latencies(baseline);
  const other = answers.filter((answer) => answer.status !== 201 && answer.status !== 409);
  return [
    title,
    line('201 created', created),
    line('409 refused', refused),
    line('GET /auth/me (same burst size)', me),
    `  409 p50 / 201 p50: ${(refused.p50 / created.p50).toFixed(2)}   409 p95 / 201 p95: ${(refused.p95 / created.p95).toFixed(2)}`,
    `  409 p50 / auth-me p50: ${(refused.p50 / me.p50).toFixed(2)}   409 p95 / auth-me p95: ${(refused.p95 / me.p95).toFixed(2)}`,
    `  other statuses: ${other.length ? other.map((answer) => answer.status).join(', ') : 'none'}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const bench = await startBenchApi();
  const { base, admin } = bench;
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => () =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}`, ...headers }, body: JSON.stringify(body) });
  const me = () => fetch(`${base}/api/v1/auth/me`, { headers: { authorization: `Bearer ${admin}` } });
  const client = new Client({ connectionString: bench.database.url });
  await client.connect();
  try {
    step(`registering ${BOOKINGS} older people`);
    const people = await bench.registerPeople(BOOKINGS);
    const facility = (name: string, kind: string) =>
      bench.call<{ id: string }>('POST', '/api/v1/facilities', admin, { name, regionCode: YUBEI_TOWNSHIP, kind, ownership: 'private', operation: 'social', openedOn: '2020-01-01' });
    const homes: { id: string; beds: string[] }[] = [];
    for (let round = 0; round < ADMISSION_ROUNDS; round++) {
      const { id } = await facility(`基准养老院${round + 1}`, 'institution');
      const beds = await bench.call<{ items: { id: string }[] }>('POST', `/api/v1/facilities/${id}/beds/bulk`, admin, { openedOn: '2024-01-01', beds: bedsLayout(BEDS) });
      homes.push({ id, beds: beds.items.map((bed) => bed.id) });
    }
    const canteen = await facility('基准助餐点', 'canteen');
    const day = `${addMonths(today(), 1).slice(0, 7)}-15`;
    const slots: string[] = [];
    for (let round = 0; round < BOOKING_ROUNDS; round++) {
      const hour = String(11 + round * 6).padStart(2, '0');
      const slot = await bench.call<{ id: string }>('POST', `/api/v1/facilities/${canteen.id}/service-slots`, admin, {
        serviceType: 'meal',
        startsAt: `${day}T${hour}:30:00+08:00`,
        endsAt: `${day}T${hour}:59:00+08:00`,
        capacity: PLACES,
        priceCents: 1500,
        area: [YUBEI],
      });
      slots.push(slot.id);
    }
    await bench.analyze();
    // One warm-up burst of each kind, so the first round does not pay for cold caches and pool connections.
    await burst(Array.from({ length: BOOKINGS }, () => me));

    const admissions: Answer[] = [];
    const admissionBaseline: Answer[] = [];
    for (const [round, home] of homes.entries()) {
      step(`round ${round + 1}/${ADMISSION_ROUNDS}: ${ADMISSIONS} admissions at once into ${BEDS} beds of one facility`);
      const cohort = people.slice(round * ADMISSIONS, (round + 1) * ADMISSIONS);
      admissionBaseline.push(...(await burst(Array.from({ length: ADMISSIONS }, () => me))));
      const requests = cohort.map((residentId, n) => post('/api/v1/admissions', { residentId, bedId: home.beds[n % BEDS], admittedOn: today(), safetyRisks: NINE_RISKS }));
      admissions.push(...(await burst(shuffled(requests))));
    }
    const bookings: Answer[] = [];
    const bookingBaseline: Answer[] = [];
    for (const [round, slot] of slots.entries()) {
      step(`round ${round + 1}/${BOOKING_ROUNDS}: ${BOOKINGS} bookings at once for a slot of ${PLACES} places`);
      bookingBaseline.push(...(await burst(Array.from({ length: BOOKINGS }, () => me))));
      const requests = people.map((residentId, n) => post('/api/v1/service-orders', { residentId, slotId: slot }, { 'idempotency-key': `contention-${round}-${n}` }));
      bookings.push(...(await burst(shuffled(requests))));
    }

    const {
      rows: [check],
    } = await client.query<{ stays: number; doubled_beds: number; doubled_people: number; orders: number; overbooked: number }>(
      `SELECT (SELECT count(*)::int FROM stay) AS stays,
              (SELECT count(*)::int FROM (SELECT bed_id FROM stay GROUP BY bed_id HAVING count(*) > 1) x) AS doubled_beds,
              (SELECT count(*)::int FROM (SELECT resident_id FROM stay GROUP BY resident_id HAVING count(*) > 1) x) AS doubled_people,
              (SELECT count(*)::int FROM service_order) AS orders,
              (SELECT count(*)::int FROM service_slot WHERE booked > capacity) AS overbooked`,
    );
    process.stdout.write(
      [
        '',
        report(`${ADMISSION_ROUNDS} × ${ADMISSIONS} admissions into ${BEDS} beds (one facility per round)`, admissions, admissionBaseline),
        '',
        report(`${BOOKING_ROUNDS} × ${BOOKINGS} bookings for ${PLACES} places (one slot per round)`, bookings, bookingBaseline),
        '',
        `  stays ${check.stays} (beds with two: ${check.doubled_beds}, people with two: ${check.doubled_people}); orders ${check.orders}, slots over capacity: ${check.overbooked}`,
        '',
      ].join('\n'),
    );
  } finally {
    await client.end();
    await bench.stop();
  }
}

runBench(main);
