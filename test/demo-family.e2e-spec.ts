import { randomUUID } from 'node:crypto';
import { today } from '@yiyang/core';
import { createTestApp, type TestApp } from '@yiyang/testing';
import { DemoDataService } from '../apps/api/src/demo/demo-data.service';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const DEMO_PASSWORD = 'yiyang-demo-2025';
const DAY_MS = 86_400_000;

/**
 * The embedded demo as a new family meets it: started as `npm start` does (PGlite, no ADMIN_PASSWORD), its family
 * account has relatives at home in 宁波 with slots to book in the coming two weeks, priced with a subsidy; and slot
 * lists start today, soonest first, though the demo's slots go back years.
 */
describe('the embedded demo for a family', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp({ databaseBackend: 'pglite', env: { ADMIN_PASSWORD: undefined, DEMO_DATA: 'true' } });
    await t.app.get(DemoDataService).loadOnFirstStart();
    admin = await t.login('admin', DEMO_PASSWORD);
  }, 240_000);

  afterAll(() => t?.close());

  const midnightToday = () => Date.parse(`${today()}T00:00:00+08:00`);
  const ascending = (times: string[]) => times.every((time, i) => i === 0 || Date.parse(times[i - 1]) <= Date.parse(time));

  it('lists slots from today, soonest first, unless asked for earlier ones', async () => {
    const upcoming = await t.http.get('/api/v1/service-slots?limit=100').set(auth(admin)).expect(200);
    const starts: string[] = upcoming.body.items.map((slot: { startsAt: string }) => slot.startsAt);
    expect(starts.length).toBe(100);
    expect(Date.parse(starts[0])).toBeGreaterThanOrEqual(midnightToday());
    expect(Date.parse(starts[0])).toBeLessThan(midnightToday() + DAY_MS);
    expect(ascending(starts)).toBe(true);
    const history = await t.http.get('/api/v1/service-slots?from=2020-12-01&limit=5').set(auth(admin)).expect(200);
    expect(history.body.items[0].startsAt.slice(0, 7)).toBe('2020-12');
    expect(history.body.total).toBeGreaterThan(upcoming.body.total);

    const facilityId = upcoming.body.items[0].facilityId;
    const schedule = await t.http.get(`/api/v1/facilities/${facilityId}/service-slots`).set(auth(admin)).expect(200);
    expect(schedule.body.from).toBe(today());
    expect(schedule.body.slots.length).toBeGreaterThan(0);
    expect(ascending(schedule.body.slots.map((slot: { startsAt: string }) => slot.startsAt))).toBe(true);
  });

  it('signs the family in, and its relatives at home have slots to book near them in the coming two weeks, with a subsidy', async () => {
    const family = await t.login('ningbo.family', DEMO_PASSWORD);
    const me = await t.http.get('/api/v1/auth/me').set(auth(family)).expect(200);
    expect(me.body).toMatchObject({ role: 'family', residentIds: [expect.any(String), expect.any(String)] });
    const residentId: string = me.body.residentIds[0];
    const person = await t.http.get(`/api/v1/residents/${residentId}`).set(auth(family)).expect(200);
    expect(person.body.residenceRegionCode).toMatch(/^3302/);

    const slots = await t.http
      .get(`/api/v1/service-slots?regionCode=${person.body.residenceRegionCode}&available=true&limit=100`)
      .set(auth(family))
      .expect(200);
    const starts: string[] = slots.body.items.map((slot: { startsAt: string }) => slot.startsAt);
    expect(starts.length).toBeGreaterThan(0);
    expect(ascending(starts)).toBe(true);
    expect(Date.parse(starts[0])).toBeGreaterThan(Date.now());
    expect(Date.parse(starts.at(-1)!)).toBeLessThan(midnightToday() + 14 * DAY_MS);
    const meal = slots.body.items.find((slot: { serviceType: string }) => slot.serviceType === 'meal');
    expect(meal).toBeDefined();

    const order = await t.http
      .post('/api/v1/service-orders')
      .set(auth(family))
      .set('Idempotency-Key', randomUUID())
      .send({ residentId, slotId: meal.id })
      .expect(201);
    expect(order.body.subsidyCents).toBeGreaterThan(0);
    expect(order.body.subsidyCents + order.body.selfPayCents).toBe(meal.priceCents);
  });
});
