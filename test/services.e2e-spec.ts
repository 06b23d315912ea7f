import { NestFactory } from '@nestjs/core';
import { WorkerModule } from '../apps/worker/src/worker.module';
import { Role } from '@yiyang/auth';
import { addDays, addMonths, createRootLogger, JobName, JobQueue, today } from '@yiyang/core';
import {
  adminToken,
  assessAtLevel,
  createFacility,
  createResident,
  createTestApp,
  createTestRedis,
  createUser,
  describeWithRedis,
  HAISHU,
  HAISHU_TOWNSHIP,
  importTestRegions,
  makeIdNumber,
  waitUntil,
  YUBEI,
  type CreatedUser,
  type TestApp,
  type TestRedis,
} from '@yiyang/testing';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

interface SweepResult {
  reminders: number;
  noShowSlots: number;
  /** The hour its job ids carry. */
  window: string;
}

/** Runs the services sweep now and waits for it. */
async function sweep(jobs: JobQueue, name: string): Promise<SweepResult> {
  const { id } = await jobs.enqueue(JobName.ServicesSweep, {}, { jobId: `sweep-${name}-${Date.now()}` });
  await waitUntil(async () => (await jobs.getJob(id))?.state === 'completed', `the sweep ${name}`);
  return (await jobs.getJob(id))?.result as SweepResult;
}
const MINUTE = 60_000;

/** The 15th of next month, China time: far enough ahead that every cut-off is open, in one month whatever today is. */
const SERVICE_DAY = `${addMonths(today(), 1).slice(0, 7)}-15`;
const SERVICE_MONTH = SERVICE_DAY.slice(0, 7);
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
const tomorrow = () => addDays(today(), 1);

interface SlotInput {
  serviceType?: string;
  startsAt?: string;
  endsAt?: string;
  capacity?: number;
  priceCents?: number;
  area?: string[];
}

function servicesApi(t: TestApp) {
  let keys = 0;
  const api = {
    async slot(token: string, facility: string, input: SlotInput = {}): Promise<string> {
      const { body } = await t.http
        .post(`/api/v1/facilities/${facility}/service-slots`)
        .set(auth(token))
        .send({ serviceType: 'meal', startsAt: at(SERVICE_DAY, '11:30'), endsAt: at(SERVICE_DAY, '12:30'), capacity: 10, priceCents: 1500, area: [YUBEI], ...input })
        .expect(201);
      return body.id;
    },
    book: (token: string, residentId: string, slotId: string, key = `key-${process.pid}-${++keys}`) =>
      t.http.post('/api/v1/service-orders').set(auth(token)).set('Idempotency-Key', key).send({ residentId, slotId }),
    /**
     * Books, as a client does: a 409 saying the last places are being booked right now means "busy, try again" (a
     * place claim still held for a moment by a booking that has just committed), so it is asked again, a few times.
     */
    async booked(token: string, residentId: string, slotId: string) {
      let response = await api.book(token, residentId, slotId);
      for (let retry = 0; retry < 5 && response.status === 409 && /being booked right now/.test(response.body.message); retry++) {
        await new Promise((resolve) => setTimeout(resolve, 50 * (retry + 1)));
        response = await api.book(token, residentId, slotId);
      }
      if (response.status !== 201) throw new Error(`booking failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as { id: string; subsidyCents: number; selfPayCents: number; status: string };
    },
    act: (token: string, order: string, action: 'cancel' | 'check-in' | 'complete' | 'no-show' | 'rate', body: object = {}) =>
      t.http.post(`/api/v1/service-orders/${order}/${action}`).set(auth(token)).send(body),
    order: (token: string, order: string) => t.http.get(`/api/v1/service-orders/${order}`).set(auth(token)),
    /** What the slot row and its orders hold right now. */
    async slotState(slotId: string) {
      const [slot] = await t.dataSource.query(`SELECT booked, capacity, status FROM service_slot WHERE id = $1`, [slotId]);
      const orders: { status: string }[] = await t.dataSource.query(`SELECT status FROM service_order WHERE slot_id = $1`, [slotId]);
      return { ...slot, orders: orders.length, live: orders.filter((order) => order.status !== 'cancelled').length };
    },
    /**
     * Time passes: the slots now start in `inMinutes` (negative: they are over). The API refuses to make slots in
     * the past, and check-in opens two hours before the start, so tests move the clock of the slot, not the app.
     */
    async moveSlots(slotIds: string[], inMinutes: number) {
      await t.dataSource.query(
        `UPDATE service_slot SET starts_at = now() + make_interval(mins => $2), ends_at = now() + make_interval(mins => $2 + 60) WHERE id = ANY($1::uuid[])`,
        [slotIds, inMinutes],
      );
    },
  };
  return api;
}

describe('meal and home services (助餐 · 居家上门服务)', () => {
  let t: TestApp;
  let admin: string;
  let api: ReturnType<typeof servicesApi>;
  let canteen: string;
  let otherProvider: string;
  let operator: CreatedUser;
  let otherOperator: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    api = servicesApi(t);
    canteen = await createFacility(t, admin, { name: '双龙湖老年食堂', kind: 'canteen' });
    otherProvider = await createFacility(t, admin, { name: '回兴居家服务站', kind: 'community_station' });
    operator = await createUser(t, { role: Role.Operator, facilityIds: [canteen] });
    otherOperator = await createUser(t, { role: Role.Operator, facilityIds: [otherProvider] });
  });
  afterAll(() => t?.close());

  describe('catalog and slots', () => {
    it('lists the service types with Chinese and English names and their cut-offs', async () => {
      const { body } = await t.http.get('/api/v1/service-types').set(auth(admin)).expect(200);
      expect(body.map((type: { code: string }) => type.code).sort()).toEqual(['bathing', 'cleaning', 'emergency', 'meal', 'medical', 'recreation', 'visit', 'walking']);
      expect(body.find((type: { code: string }) => type.code === 'meal')).toMatchObject({ label: { zh: '助餐', en: 'Meals' }, cancelCutoffMinutes: 120, atHome: false });
      expect(body.find((type: { code: string }) => type.code === 'visit')).toMatchObject({ label: { zh: '探访关爱' }, nationalCode: '03', atHome: true });
    });

    it('makes every weekday lunch of two weeks from one rule, at 11:30 China time', async () => {
      const from = SERVICE_DAY;
      const until = new Date(Date.parse(`${from}T00:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10);
      const { body } = await t.http
        .post(`/api/v1/facilities/${canteen}/service-slots/series`)
        .set(auth(operator.token))
        .send({ serviceType: 'meal', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', from, until, startTime: '11:30', endTime: '12:30', capacity: 40, priceCents: 1200, area: [YUBEI] })
        .expect(201);
      const weekdays = Array.from({ length: 14 }, (_, day) => new Date(Date.parse(`${from}T00:00:00Z`) + day * 86_400_000)).filter((date) => date.getUTCDay() % 6 !== 0);
      expect(body.created).toBe(weekdays.length);
      const { body: page } = await t.http.get(`/api/v1/service-slots?facilityId=${canteen}&from=${from}&to=${until}&limit=100`).set(auth(admin)).expect(200);
      const series = page.items.filter((slot: { seriesId: string }) => slot.seriesId === body.seriesId);
      expect(series.map((slot: { startsAt: string }) => slot.startsAt)).toEqual(weekdays.map((date) => `${date.toISOString().slice(0, 10)}T03:30:00.000Z`));
      expect(series[0]).toMatchObject({ capacity: 40, booked: 0, remaining: 40, priceCents: 1200, serviceTypeLabel: { zh: '助餐' } });
    });

    it('refuses a rule that makes too many slots, a slot in the past, and another facility\'s slots', async () => {
      const tooMany = await t.http
        .post(`/api/v1/facilities/${canteen}/service-slots/series`)
        .set(auth(operator.token))
        .send({ serviceType: 'meal', rrule: 'FREQ=DAILY', from: SERVICE_DAY, until: addMonths(SERVICE_DAY, 14), startTime: '11:30', endTime: '12:30', capacity: 4, priceCents: 1200, area: [YUBEI] })
        .expect(400);
      expect(tooMany.body.details).toEqual([{ field: 'until', messages: [expect.stringMatching(/more than 400/)] }]);
      // Occurrences already past do not count against the limit, nor cut the series short.
      const fromPast = await t.http
        .post(`/api/v1/facilities/${canteen}/service-slots/series`)
        .set(auth(operator.token))
        .send({ serviceType: 'meal', rrule: 'FREQ=WEEKLY;BYDAY=SA', from: addMonths(today(), -11), until: addMonths(today(), 6), startTime: '08:00', endTime: '09:00', capacity: 4, priceCents: 1200, area: [YUBEI] })
        .expect(201);
      expect(Date.parse(fromPast.body.lastStartsAt)).toBeGreaterThan(Date.parse(`${addMonths(today(), 6)}T00:00:00+08:00`) - 8 * 86_400_000);
      expect(fromPast.body.created).toBeLessThan(30);
      const stuck = await t.http
        .post(`/api/v1/facilities/${canteen}/service-slots/series`)
        .set(auth(operator.token))
        .send({ serviceType: 'meal', rrule: 'FREQ=DAILY;INTERVAL=-1', from: SERVICE_DAY, until: SERVICE_DAY, startTime: '11:30', endTime: '12:30', capacity: 4, priceCents: 1200, area: [YUBEI] })
        .expect(400);
      expect(stuck.body.details).toEqual([expect.objectContaining({ field: 'rrule' })]);
      const naive = await t.http
        .post(`/api/v1/facilities/${canteen}/service-slots`)
        .set(auth(operator.token))
        .send({ serviceType: 'meal', startsAt: `${SERVICE_DAY}T11:30:00`, endsAt: `${SERVICE_DAY}T12:30:00`, capacity: 4, priceCents: 1200, area: [YUBEI] })
        .expect(400);
      expect(naive.body.details.map((detail: { field: string }) => detail.field)).toEqual(['startsAt', 'endsAt']);
      const past = await t.http
        .post(`/api/v1/facilities/${canteen}/service-slots`)
        .set(auth(operator.token))
        .send({ serviceType: 'meal', startsAt: '2024-01-01T11:30:00+08:00', endsAt: '2024-01-01T12:30:00+08:00', capacity: 4, priceCents: 1200, area: [YUBEI] })
        .expect(400);
      expect(past.body.details).toEqual([expect.objectContaining({ field: 'startsAt' })]);
      await t.http
        .post(`/api/v1/facilities/${otherProvider}/service-slots`)
        .set(auth(operator.token))
        .send({ serviceType: 'meal', startsAt: at(SERVICE_DAY, '11:30'), endsAt: at(SERVICE_DAY, '12:30'), capacity: 4, priceCents: 1200, area: [YUBEI] })
        .expect(404);
    });
  });

  describe('booking', () => {
    let person: string;
    let personIdNumber: string;
    let family: CreatedUser;

    beforeAll(async () => {
      personIdNumber = makeIdNumber('500112', '1946-06-06', '124');
      person = (await createResident(t, admin, { name: '陈秀兰', birthDate: '1946-06-06', sex: 'female', idNumber: personIdNumber })).id;
      family = await createUser(t, { role: Role.Family, residentIds: [person] });
    });

    it('gives the same order for the same key, and refuses the key for another booking', async () => {
      const [slotA, slotB] = [await api.slot(operator.token, canteen), await api.slot(operator.token, canteen)];
      const first = await api.book(family.token, person, slotA, 'family-key-1').expect(201);
      const again = await api.book(family.token, person, slotA, 'family-key-1').expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body.id).toBe(first.body.id);
      const shouted = await api.book(family.token, person.toUpperCase(), slotA.toUpperCase(), 'family-key-1').expect(201);
      expect(shouted.body.id).toBe(first.body.id);
      const reused = await api.book(family.token, person, slotB, 'family-key-1').expect(422);
      expect(reused.body.message).toMatch(/Idempotency-Key/);
      expect(await api.slotState(slotB)).toMatchObject({ booked: 0, orders: 0 });
      const racing = await Promise.all(Array.from({ length: 10 }, () => api.book(family.token, person, slotB, 'family-key-3')));
      expect(new Set(racing.map((response) => `${response.status} ${response.body.id}`)).size).toBe(1);
      expect(racing[0].status).toBe(201);
      expect(await api.slotState(slotB)).toMatchObject({ booked: 1, orders: 1 });
      await api.act(family.token, racing[0].body.id, 'cancel').expect(200);
      const missing = await t.http.post('/api/v1/service-orders').set(auth(family.token)).send({ residentId: person, slotId: slotB }).expect(400);
      expect(missing.body.details).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
      const second = await api.book(family.token, person, slotA, 'family-key-2').expect(409);
      expect(second.body.details).toEqual([expect.objectContaining({ field: 'slotId' })]);
      expect(await api.slotState(slotA)).toMatchObject({ booked: 1, orders: 1 });
    });

    it('refuses full, begun, cancelled and out-of-area slots and people not linked to the caller, changing nothing', async () => {
      const stranger = (await createResident(t, admin, { name: '李建国' })).id;
      const full = await api.slot(operator.token, canteen, { capacity: 1 });
      await api.booked(admin, stranger, full);
      expect((await api.book(family.token, person, full).expect(409)).body.message).toMatch(/full/);
      expect(await api.slotState(full)).toMatchObject({ booked: 1, orders: 1 });

      const begun = await api.slot(operator.token, canteen);
      await api.moveSlots([begun], -10);
      expect((await api.book(family.token, person, begun).expect(422)).body.message).toMatch(/begun/);

      const cancelled = await api.slot(operator.token, canteen);
      await t.http.post(`/api/v1/service-slots/${cancelled}/cancel`).set(auth(operator.token)).send({ reason: '厨房检修' }).expect(200);
      await api.book(family.token, person, cancelled).expect(409);

      const late = await api.slot(operator.token, canteen);
      await api.booked(admin, stranger, late);
      await api.moveSlots([late], -5);
      expect((await t.http.post(`/api/v1/service-slots/${late}/cancel`).set(auth(operator.token)).send({ reason: '太晚了' }).expect(409)).body.message).toMatch(/begun/);
      expect(await api.slotState(late)).toMatchObject({ status: 'open', booked: 1, live: 1 });

      const haishu = await api.slot(operator.token, canteen, { area: [HAISHU] });
      expect((await api.book(family.token, person, haishu).expect(422)).body.message).toMatch(/outside the area/);

      const open = await api.slot(operator.token, canteen);
      await api.book(family.token, stranger, open).expect(404);
      await api.book(operator.token, stranger, open).expect(404); // the canteen does not serve them
      for (const slot of [begun, cancelled, haishu, open]) expect(await api.slotState(slot)).toMatchObject({ booked: 0, orders: 0 });
    });

    it('lets the family cancel before the cut-off, giving the place back, and not after', async () => {
      const slot = await api.slot(operator.token, canteen, { capacity: 1 });
      const order = await api.booked(family.token, person, slot);
      const { body } = await api.act(family.token, order.id, 'cancel').expect(200);
      expect(body).toMatchObject({ status: 'cancelled', statusLabel: { zh: '已取消' } });
      expect(await api.slotState(slot)).toMatchObject({ booked: 0, live: 0 });
      const rebooked = await api.booked(family.token, person, slot);
      await api.moveSlots([slot], 60); // the meal cut-off is two hours before the start
      const late = await api.act(family.token, rebooked.id, 'cancel').expect(409);
      expect(late.body.message).toMatch(/Too late to cancel/);
      expect((await api.order(family.token, rebooked.id).expect(200)).body.status).toBe('booked');
      expect(await api.slotState(slot)).toMatchObject({ booked: 1, live: 1 });
    });

    it('shows the family who came and when; only the slot\'s provider checks in; the family rates once', async () => {
      const slot = await api.slot(operator.token, canteen, { serviceType: 'bathing', priceCents: 5000 });
      const order = await api.booked(family.token, person, slot);
      await api.act(operator.token, order.id, 'check-in').expect(409); // too early: the 15th of next month
      await api.moveSlots([slot], 30);
      await api.act(otherOperator.token, order.id, 'check-in').expect(404);
      await api.act(family.token, order.id, 'check-in').expect(403);
      await api.act(operator.token, order.id, 'complete').expect(409);
      const checkedIn = await api.act(operator.token, order.id, 'check-in').expect(200);
      expect(checkedIn.body).toMatchObject({ status: 'checked_in', checkedInByName: operator.username });
      const seen = await api.order(family.token, order.id).expect(200);
      expect(seen.body).toMatchObject({ status: 'checked_in', statusLabel: { zh: '已签到' }, residentName: '陈*兰' });
      expect(Date.parse(seen.body.checkedInAt)).toBeGreaterThan(Date.now() - MINUTE);
      await api.act(family.token, order.id, 'rate', { rating: 5 }).expect(409);
      const done = await api.act(operator.token, order.id, 'complete').expect(200);
      expect(done.body.completedAt).not.toBeNull();
      await api.act(family.token, order.id, 'rate', { rating: 6 }).expect(400);
      await api.act(family.token, order.id, 'rate', { rating: 4, comment: '很细心' }).expect(200);
      await api.act(family.token, order.id, 'rate', { rating: 1 }).expect(409);
      expect((await api.order(family.token, order.id)).body).toMatchObject({ rating: 4, comment: '很细心' });
    });

    it('gives the provider its slots of a day with their bookings, masked, and lets it mark a no-show once the slot has begun', async () => {
      const day = `${SERVICE_MONTH}-16`;
      const lunch = await api.slot(operator.token, canteen, { startsAt: at(day, '11:30'), endsAt: at(day, '12:30'), capacity: 2 });
      const supper = await api.slot(operator.token, canteen, { startsAt: at(day, '17:00'), endsAt: at(day, '18:00') });
      const missed = await api.booked(family.token, person, lunch);
      const schedule = (token: string, to = day) => t.http.get(`/api/v1/facilities/${canteen}/service-slots?from=${day}&to=${to}`).set(auth(token));
      const { body } = await schedule(operator.token).expect(200);
      // In time order; the canteen's Saturday series from the test above may hold a breakfast that day too.
      const mine = body.slots.filter((slot: { id: string }) => slot.id === lunch || slot.id === supper);
      expect(mine.map((slot: { id: string }) => slot.id)).toEqual([lunch, supper]);
      expect(mine[0]).toMatchObject({
        capacity: 2,
        booked: 1,
        remaining: 1,
        serviceTypeLabel: { zh: '助餐' },
        bookings: [{ id: missed.id, residentId: person, residentName: '陈*兰', status: 'booked', statusLabel: { zh: '已预约', en: 'Booked' }, checkedInAt: null }],
      });
      expect(mine[1].bookings).toEqual([]);
      const [{ reads }] = await t.dataSource.query(`SELECT count(*)::int AS reads FROM audit_log WHERE action = 'read' AND entity = 'resident' AND entity_id = $1 AND actor_id = $2`, [
        person,
        operator.id,
      ]);
      expect(reads).toBeGreaterThan(0);
      await schedule(otherOperator.token).expect(404);
      await schedule(family.token).expect(403);
      const backwards = await schedule(operator.token, `${SERVICE_MONTH}-01`).expect(400);
      expect(backwards.body.details).toEqual([expect.objectContaining({ field: 'to' })]);
      await schedule(operator.token, addMonths(day, 2)).expect(400);

      await api.act(operator.token, missed.id, 'no-show').expect(409); // the slot has not begun
      const served = await api.booked(family.token, person, supper);
      await api.moveSlots([lunch, supper], -10);
      await api.act(otherOperator.token, missed.id, 'no-show').expect(404);
      await api.act(family.token, missed.id, 'no-show').expect(403);
      const marked = await api.act(operator.token, missed.id, 'no-show').expect(200);
      expect(marked.body).toMatchObject({ status: 'no_show', statusLabel: { zh: '未到' } });
      expect(Date.parse(marked.body.noShowAt)).toBeGreaterThan(Date.now() - MINUTE);
      await api.act(operator.token, missed.id, 'no-show').expect(409);
      await api.act(operator.token, missed.id, 'check-in').expect(409);
      await api.act(operator.token, served.id, 'check-in').expect(200);
      const came = await api.act(operator.token, served.id, 'no-show').expect(409);
      expect(came.body.message).toBe('The order is checked_in');
    });

    it('shows each caller only their own side of the orders', async () => {
      const slot = await api.slot(operator.token, canteen);
      const order = await api.booked(family.token, person, slot);
      await api.order(otherOperator.token, order.id).expect(404);
      const haishuOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
      await api.order(haishuOfficer.token, order.id).expect(404);
      const yubeiOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
      await api.order(yubeiOfficer.token, order.id).expect(200);
      const { body: providerView } = await t.http.get(`/api/v1/service-orders?slotId=${slot}`).set(auth(operator.token)).expect(200);
      expect(providerView.items.map((item: { id: string }) => item.id)).toEqual([order.id]);
      const { body: otherView } = await t.http.get(`/api/v1/service-orders?slotId=${slot}`).set(auth(otherOperator.token)).expect(200);
      expect(otherView.total).toBe(0);
      // The facility serving the person books them elsewhere: it may read and cancel what it booked.
      await t.http.post('/api/v1/residents/link').set(auth(admin)).send({ idNumber: personIdNumber, name: '陈秀兰', facilityId: otherProvider }).expect(200);
      const elsewhere = await api.booked(otherOperator.token, person, await api.slot(operator.token, canteen));
      await api.order(otherOperator.token, elsewhere.id).expect(200);
      const { body: linkedView } = await t.http.get(`/api/v1/service-orders?residentId=${person}`).set(auth(otherOperator.token)).expect(200);
      expect(linkedView.items.map((item: { id: string }) => item.id)).toContain(elsewhere.id);
      await api.act(otherOperator.token, elsewhere.id, 'cancel').expect(200);
      const otherFamily = await createUser(t, { role: Role.Family, residentIds: [(await createResident(t, admin)).id] });
      const { body: theirs } = await t.http.get('/api/v1/service-orders').set(auth(otherFamily.token)).expect(200);
      expect(theirs.total).toBe(0);
    });
  });

  describe('cancelling a slot while its people cancel', () => {
    it('ends with every order cancelled once, the counter at zero, and no deadlock', async () => {
      for (let round = 0; round < 5; round++) {
        const slot = await api.slot(operator.token, canteen, { capacity: 20 });
        const people = await Promise.all(Array.from({ length: 20 }, () => createResident(t, admin, { birthDate: '1947-07-07', livingArrangement: 'with_family' })));
        const booked = await Promise.all(people.map((person) => api.booked(admin, person.id, slot)));
        // The slot's cancellation goes out amid its people's, so their locks interleave.
        const first = booked.slice(0, 10).map((order) => api.act(admin, order.id, 'cancel').then((response) => response));
        const slotCancelled = t.http.post(`/api/v1/service-slots/${slot}/cancel`).set(auth(operator.token)).send({ reason: '停电' }).then((response) => response);
        const rest = booked.slice(10).map((order) => api.act(admin, order.id, 'cancel').then((response) => response));
        const [slotCancel, ...orderCancels] = await Promise.all([slotCancelled, ...first, ...rest]);
        expect(slotCancel.status).toBe(200);
        for (const response of orderCancels) {
          expect([200, 409]).toContain(response.status);
          if (response.status === 409) expect(response.body.message).toBe('The order is cancelled');
        }
        expect(await api.slotState(slot)).toEqual({ booked: 0, capacity: 20, status: 'cancelled', orders: 20, live: 0 });
      }
    });
  });

  describe('500 people racing for 50 places', () => {
    it('books exactly 50, refuses 450 with 409, and a replay of the successes creates nothing', async () => {
      const slot = await api.slot(operator.token, canteen, { capacity: 50 });
      const people: string[] = [];
      for (let batch = 0; batch < 10; batch++) {
        const created = await Promise.all(Array.from({ length: 50 }, () => createResident(t, admin, { birthDate: '1944-05-05', name: '抢餐老人', livingArrangement: 'with_family' })));
        people.push(...created.map((person) => person.id));
      }
      const responses = await Promise.all(people.map((person, index) => api.book(admin, person, slot, `race-${index}`)));
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 201)).toHaveLength(50);
      expect(statuses.filter((status) => status === 409)).toHaveLength(450);
      expect(await api.slotState(slot)).toEqual({ booked: 50, capacity: 50, status: 'open', orders: 50, live: 50 });

      const winners = responses.flatMap((response, index) => (response.status === 201 ? [{ index, id: response.body.id as string }] : []));
      const replays = await Promise.all([...winners, ...winners].map(({ index }) => api.book(admin, people[index], slot, `race-${index}`)));
      expect(replays.map((response) => response.status)).toEqual(Array(100).fill(201));
      expect(replays.every((response) => response.headers['idempotent-replayed'] === 'true')).toBe(true);
      expect(replays.map((response) => response.body.id)).toEqual([...winners, ...winners].map((winner) => winner.id));
      expect(await api.slotState(slot)).toEqual({ booked: 50, capacity: 50, status: 'open', orders: 50, live: 50 });
    });
  });

  /**
   * A month of orders at one provider, with three subsidy rules of 渝北区, each total worked out by hand:
   * - 特困 monthly allowance ¥100.00 (all services);
   * - 80+ meal vouchers: ¥5.00 off a meal, three a month;
   * - assessed level 3+: 70 % of the price, at most ¥50.00 a month (70 % of ¥13.33 is ¥9.331: 933 cents).
   */
  describe('subsidies and monthly statements', () => {
    let tekun: string; // 特困, 76
    let oldest: string; // 86, no category
    let disabled: string; // 76, assessed level 3
    let payer: string; // 76, no subsidy
    let tekunOld: string; // 特困 and 86: both the allowance and the vouchers apply; the allowance is worth more
    const orders: Record<string, { id: string; subsidyCents: number; selfPayCents: number }[]> = {};
    const slots: Record<string, string> = {};
    let kitchen: string;
    let provider: CreatedUser;

    beforeAll(async () => {
      kitchen = await createFacility(t, admin, { name: '统景镇中心食堂', kind: 'canteen' });
      provider = await createUser(t, { role: Role.Operator, facilityIds: [kitchen] });
      const rule = (body: object) => t.http.post('/api/v1/subsidy-rules').set(auth(admin)).send({ regionCode: YUBEI, validFrom: '2020-01-01', ...body }).expect(201);
      await rule({ name: '特困人员居家服务补贴', conditions: [{ anyCategory: ['tekun'] }], monthlyCapCents: 10_000 });
      await rule({ name: '高龄老人助餐券', conditions: [{ minAge: 80 }], perOrderCapCents: 500, ordersPerMonth: 3, serviceTypes: ['meal'] });
      await rule({ name: '失能老人服务补贴', conditions: [{ minLevel: 3 }], ratePercent: 70, monthlyCapCents: 5_000 });
      tekun = (await createResident(t, admin, { name: '王特困', birthDate: '1950-02-02', categories: ['tekun'] })).id;
      oldest = (await createResident(t, admin, { name: '赵高龄', birthDate: '1940-02-02' })).id;
      disabled = (await createResident(t, admin, { name: '孙失能', birthDate: '1950-02-02' })).id;
      await assessAtLevel(t, admin, disabled, 3, { assessedOn: today() });
      payer = (await createResident(t, admin, { name: '周自费', birthDate: '1950-02-02' })).id;
      tekunOld = (await createResident(t, admin, { name: '吴特困', birthDate: '1940-02-02', categories: ['tekun'] })).id;
      for (const [name, input] of [
        ...[1, 2, 3, 4, 5].map((n) => [`meal${n}`, { startsAt: at(SERVICE_DAY, `1${n}:00`), endsAt: at(SERVICE_DAY, `1${n}:45`) }] as const),
        ...[1, 2, 3, 4, 5, 6].map((n) => [`odd${n}`, { priceCents: 1333, startsAt: at(SERVICE_DAY, `0${n}:00`), endsAt: at(SERVICE_DAY, `0${n}:30`) }] as const),
        ['clean1', { serviceType: 'cleaning', priceCents: 4000, startsAt: at(SERVICE_DAY, '09:00'), endsAt: at(SERVICE_DAY, '11:00') }] as const,
        ['clean2', { serviceType: 'cleaning', priceCents: 4000, startsAt: at(SERVICE_DAY, '15:00'), endsAt: at(SERVICE_DAY, '17:00') }] as const,
      ]) {
        slots[name] = await api.slot(provider.token, kitchen, input);
      }
      const book = async (person: string, who: string, names: string[]) => {
        for (const name of names) (orders[who] ??= []).push(await api.booked(admin, person, slots[name]));
      };
      await book(tekun, 'tekun', ['meal1', 'meal2', 'meal3', 'meal4', 'meal5', 'clean1']);
      await api.act(admin, orders.tekun[4].id, 'cancel').expect(200); // meal5: ¥15.00 back to the allowance
      await book(tekun, 'tekun', ['clean2']);
      await book(oldest, 'oldest', ['meal1', 'meal2', 'meal3', 'meal4', 'clean1']);
      await book(disabled, 'disabled', ['odd1', 'odd2', 'odd3', 'odd4', 'odd5', 'odd6']);
      await book(payer, 'payer', ['meal1', 'meal2', 'meal3']);
      await book(tekunOld, 'tekunOld', ['meal5']);
    });

    it('splits each price at booking, the allowance counted across the month and given back on cancelling', () => {
      const split = (who: string) => orders[who].map((order) => [order.subsidyCents, order.selfPayCents]);
      // meal1–4 ¥15 each from the ¥100 allowance; meal5 ¥15 (cancelled); clean1 gets ¥25 of ¥40; after the
      // cancellation ¥15 is back, so clean2 gets ¥15.
      expect(split('tekun')).toEqual([[1500, 0], [1500, 0], [1500, 0], [1500, 0], [1500, 0], [2500, 1500], [1500, 2500]]);
      expect(split('oldest')).toEqual([[500, 1000], [500, 1000], [500, 1000], [0, 1500], [0, 4000]]);
      expect(split('disabled')).toEqual([[933, 400], [933, 400], [933, 400], [933, 400], [933, 400], [335, 998]]);
      expect(split('payer')).toEqual([[0, 1500], [0, 1500], [0, 1500]]);
      expect(split('tekunOld')).toEqual([[1500, 0]]);
    });

    it('quotes the split a booking would make before it is made, with the allowance left, to those who act for the person', async () => {
      const family = await createUser(t, { role: Role.Family, residentIds: [tekunOld, disabled] });
      const stranger = await createUser(t, { role: Role.Family, residentIds: [payer] });
      const quote = (token: string, slot: string, residentId?: string) =>
        t.http.get(`/api/v1/service-slots/${slot}/quote`).query(residentId ? { residentId } : {}).set(auth(token));
      // 吴特困 has ¥15 of the ¥100 allowance held by meal5: a ¥40 cleaning is covered whole.
      expect((await quote(family.token, slots.clean1, tekunOld).expect(200)).body).toEqual({
        slotId: slots.clean1,
        residentId: tekunOld,
        priceCents: 4000,
        subsidyCents: 4000,
        selfPayCents: 0,
        month: SERVICE_MONTH,
        allowance: { ruleId: expect.any(String), ruleName: '特困人员居家服务补贴', monthlyCapCents: 10_000, usedCents: 1500, remainingCents: 8500 },
      });
      // 孙失能's ¥50 is used up by the six odd slots: the next meal is self-paid.
      expect((await quote(family.token, slots.meal1, disabled).expect(200)).body).toMatchObject({ subsidyCents: 0, selfPayCents: 1500, allowance: { usedCents: 5000, remainingCents: 0 } });
      await quote(stranger.token, slots.meal1, tekunOld).expect(404);
      await quote(operator.token, slots.meal1, tekunOld).expect(404);
      expect((await quote(family.token, slots.meal1).expect(400)).body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'residentId' })]));
      await quote(family.token, '00000000-0000-4000-8000-000000000000', tekunOld).expect(404);
    });

    it('gives statements per person and per provider that match the hand-computed totals to the cent', async () => {
      // The month is served: every live order checked in and out, but the payer's third meal is a no-show.
      await api.moveSlots(Object.values(slots), 30);
      const live = Object.values(orders)
        .flat()
        .filter((order) => order.id !== orders.tekun[4].id && order.id !== orders.payer[2].id);
      for (const order of live) {
        await api.act(provider.token, order.id, 'check-in').expect(200);
        await api.act(provider.token, order.id, 'complete').expect(200);
      }
      await api.moveSlots([slots.meal3], -200);
      const { window } = await sweep(t.app.get(JobQueue), 'statements');
      await waitUntil(async () => (await t.app.get(JobQueue).getJob(`no-show-${slots.meal3}-${window}`))?.state === 'completed', 'the no-show job');
      expect((await api.order(admin, orders.payer[2].id)).body.status).toBe('no_show');

      const statement = async (person: string) => (await t.http.get(`/api/v1/residents/${person}/service-statement?month=${SERVICE_MONTH}`).set(auth(admin)).expect(200)).body;
      expect(await statement(tekun)).toMatchObject({
        totals: { orders: 6, priceCents: 14_000, subsidyCents: 10_000, selfPayCents: 4_000, price: '140.00', subsidy: '100.00', selfPay: '40.00' },
        allowance: { ruleName: '特困人员居家服务补贴', monthlyCapCents: 10_000, usedCents: 10_000, remainingCents: 0 },
      });
      expect(await statement(oldest)).toMatchObject({
        totals: { orders: 5, priceCents: 10_000, subsidyCents: 1_500, selfPayCents: 8_500 },
        allowance: { ruleName: '高龄老人助餐券', monthlyCapCents: null },
      });
      expect(await statement(disabled)).toMatchObject({
        totals: { orders: 6, priceCents: 7_998, subsidyCents: 5_000, selfPayCents: 2_998, price: '79.98', selfPay: '29.98' },
        allowance: { monthlyCapCents: 5_000, usedCents: 5_000, remainingCents: 0 },
      });
      const payerStatement = await statement(payer);
      expect(payerStatement).toMatchObject({ allowance: null, totals: { orders: 2, priceCents: 3_000, subsidyCents: 0, selfPayCents: 3_000 } });
      expect(payerStatement.lines).toHaveLength(2);

      const { body: byProvider } = await t.http.get(`/api/v1/facilities/${kitchen}/service-statement?month=${SERVICE_MONTH}`).set(auth(provider.token)).expect(200);
      // meal: 4 + 4 + 2 + 1 at ¥15, 6 at ¥13.33; cleaning: 3 at ¥40.
      expect(byProvider.byServiceType).toEqual([
        { serviceType: 'cleaning', people: 2, orders: 3, priceCents: 12_000, subsidyCents: 4_000, selfPayCents: 8_000, price: '120.00', subsidy: '40.00', selfPay: '80.00' },
        { serviceType: 'meal', people: 5, orders: 17, priceCents: 24_498, subsidyCents: 14_000, selfPayCents: 10_498, price: '244.98', subsidy: '140.00', selfPay: '104.98' },
      ]);
      expect(byProvider.totals).toMatchObject({ orders: 20, priceCents: 36_498, subsidyCents: 18_000, selfPayCents: 18_498 });
      expect(await statement(tekunOld)).toMatchObject({ allowance: { ruleName: '特困人员居家服务补贴', usedCents: 1_500, remainingCents: 8_500 } });
      await t.http.get(`/api/v1/facilities/${kitchen}/service-statement?month=${SERVICE_MONTH}`).set(auth(otherOperator.token)).expect(404);
      await t.http.get(`/api/v1/facilities/${kitchen}/service-statement?month=2026-13`).set(auth(provider.token)).expect(400);
    });
  });

  describe('reminders', () => {
    it('reminds the day before, once, under a deterministic job id', async () => {
      const slot = await api.slot(operator.token, canteen, { startsAt: at(tomorrow(), '11:30'), endsAt: at(tomorrow(), '12:30') });
      const order = await api.booked(admin, (await createResident(t, admin)).id, slot);
      const jobs = t.app.get(JobQueue);
      const { window } = await sweep(jobs, 'reminders');
      await waitUntil(async () => (await jobs.getJob(`remind-${order.id}-${window}`))?.state === 'completed', 'the reminder');
      const { body } = await api.order(admin, order.id).expect(200);
      expect(body.remindedAt).not.toBeNull();
      expect(await sweep(jobs, 'reminders-again')).toMatchObject({ reminders: 0 }); // reminded: not due any more
      expect((await api.order(admin, order.id)).body.remindedAt).toBe(body.remindedAt);
    });
  });

  describe('caring visits (探访关爱)', () => {
    it('lists who is due, counts visits into the rate, and records a visit order as a visit', async () => {
      const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
      const kitchenOfHaishu = await createFacility(t, admin, { regionCode: HAISHU_TOWNSHIP, kind: 'canteen' });
      const alone = (await createResident(t, admin, { name: '独居老人', livingArrangement: 'alone' })).id;
      const emptyNest = (await createResident(t, admin, { name: '空巢老人', livingArrangement: 'empty_nest' })).id;
      const withFamily = (await createResident(t, admin, { name: '同住老人', livingArrangement: 'with_family' })).id;
      const dueIds = async () => ((await t.http.get('/api/v1/visits/due').set(auth(officer.token)).expect(200)).body as { residentId: string }[]).map((row) => row.residentId);
      expect(await dueIds()).toEqual(expect.arrayContaining([alone, emptyNest]));
      expect(await dueIds()).not.toContain(withFamily);
      const rateBefore = (await t.http.get(`/api/v1/visits/rate?regionCode=${YUBEI}&period=week&on=${today()}`).set(auth(officer.token)).expect(200)).body;

      await t.http.put(`/api/v1/residents/${emptyNest}/visit-plan`).set(auth(officer.token)).send({ frequency: 'weekly', facilityId: kitchenOfHaishu }).expect(400);
      await t.http.put(`/api/v1/residents/${emptyNest}/visit-plan`).set(auth(officer.token)).send({ frequency: 'monthly' }).expect(200);
      await t.http
        .post(`/api/v1/residents/${alone}/visits`)
        .set(auth(officer.token))
        .send({ visitedAt: new Date(Date.now() - 10 * MINUTE).toISOString(), mode: 'in_person', outcome: 'not_home' })
        .expect(201);
      expect(await dueIds()).toContain(alone); // nobody was home: still due
      const slot = await api.slot(operator.token, canteen, { serviceType: 'visit', priceCents: 0 });
      const visitOrder = await api.booked(officer.token, alone, slot);
      await api.moveSlots([slot], 30);
      await api.act(operator.token, visitOrder.id, 'check-in').expect(200);
      await api.act(operator.token, visitOrder.id, 'complete', { outcome: 'needs_help', notes: '需要助浴' }).expect(200);
      const { body: visits } = await t.http.get(`/api/v1/residents/${alone}/visits`).set(auth(officer.token)).expect(200);
      expect(visits[0]).toMatchObject({ outcome: 'needs_help', orderId: visitOrder.id, mode: 'in_person' });
      expect(await dueIds()).not.toContain(alone);

      const rateAfter = (await t.http.get(`/api/v1/visits/rate?regionCode=${YUBEI}&period=week&on=${today()}`).set(auth(officer.token)).expect(200)).body;
      expect(rateAfter.roster).toBe(rateBefore.roster);
      expect(rateAfter.visited).toBe(rateBefore.visited + 1);
      expect(rateAfter.townships.reduce((sum: number, row: { roster: number }) => sum + row.roster, 0)).toBe(rateAfter.roster);
      await t.http.get(`/api/v1/visits/rate?regionCode=${YUBEI}&period=week&on=2999-01-01`).set(auth(officer.token)).expect(400);
      await api.act(operator.token, (await api.booked(admin, alone, await api.slot(operator.token, canteen))).id, 'complete', { outcome: 'well' }).expect(409);
    });
  });
});

describeWithRedis('service jobs on BullMQ (API and worker apart)', () => {
  let redis: TestRedis;
  let t: TestApp;
  let worker: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>;

  beforeAll(async () => {
    redis = await createTestRedis();
    t = await createTestApp({ redis });
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config: t.config, logger: createRootLogger('silent'), databaseUrl: t.database.url }), {
      logger: false,
    });
  });
  afterAll(async () => {
    await worker?.close();
    await t?.close();
    await redis?.cleanup();
  });

  it('marks no-shows and sends reminders from the sweep, each job once under its own id', async () => {
    const admin = await adminToken(t);
    await importTestRegions(t, admin);
    const api = servicesApi(t);
    const facility = await createFacility(t, admin);
    const person = (await createResident(t, admin)).id;
    const tomorrowSlot = await api.slot(admin, facility, { startsAt: at(tomorrow(), '11:30'), endsAt: at(tomorrow(), '12:30') });
    const overSlot = await api.slot(admin, facility);
    const reminded = await api.booked(admin, person, tomorrowSlot);
    const missed = await api.booked(admin, person, overSlot);
    await api.moveSlots([overSlot], -200);
    const jobs = t.app.get(JobQueue);
    // Two sweeps at once: the same due work, one job for each piece of it.
    const sweeps = await Promise.all([sweep(jobs, 'bullmq-1'), sweep(jobs, 'bullmq-2')]);
    const window = sweeps.find((result) => result.reminders > 0)!.window;
    await waitUntil(async () => (await jobs.getJob(`no-show-${overSlot}-${window}`))?.state === 'completed', 'the no-show job');
    await waitUntil(async () => (await jobs.getJob(`remind-${reminded.id}-${window}`))?.state === 'completed', 'the reminder job');
    expect((await jobs.getJob(`no-show-${overSlot}-${window}`))?.attemptsMade).toBe(1);
    expect((await jobs.getJob(`remind-${reminded.id}-${window}`))?.attemptsMade).toBe(1);
    expect((await api.order(admin, missed.id)).body.status).toBe('no_show');
    expect((await api.order(admin, reminded.id)).body.remindedAt).not.toBeNull();
    expect(await sweep(jobs, 'bullmq-3')).toMatchObject({ reminders: 0, noShowSlots: 0 });
  });
});
