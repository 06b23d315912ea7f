import { addMonths, today } from '@yiyang/core';
import { adminToken, assessAtLevel, assessSafetyRisks, bedsLayout, createFacility, createResident, createTestApp, importTestRegions, NINE_RISKS, waitUntil, YUBEI, type TestApp } from '@yiyang/testing';
import { Client } from 'pg';
import type { Response } from 'supertest';

/**
 * A request that will be refused learns it without queueing behind the winners' locks (issue 13). A separate
 * connection holds the lock a winner would hold — the facility row for stays, the slot row for bookings — and the
 * losing request must be answered before that lock is released: the order of the two events is asserted, not a time.
 */
describe('fast refusals: a request bound to lose is answered without waiting for the winners\' locks', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
  });
  afterAll(() => t?.close());

  const bearer = () => ({ Authorization: `Bearer ${admin}` });
  const admit = (residentId: string, bedId: string) =>
    t.http.post('/api/v1/admissions').set(bearer()).send({ residentId, bedId, admittedOn: today(), safetyRisks: NINE_RISKS });
  let keys = 0;
  const book = (residentId: string, slotId: string) =>
    t.http.post('/api/v1/service-orders').set(bearer()).set('Idempotency-Key', `fast-${++keys}`).send({ residentId, slotId });

  /** Backends of the test database waiting for a lock right now. */
  const lockWaiters = async (): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n;

  /** Takes a row lock in a transaction of its own connection, as a winner in the middle of its work holds it. */
  async function holdLock(sql: string, params: unknown[]) {
    const client = new Client({ connectionString: t.database.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query(sql, params);
    return {
      async release() {
        await client.query('ROLLBACK');
        await client.end();
      },
    };
  }

  const holdFacility = (facilityId: string) => holdLock(`SELECT 1 FROM facility WHERE id = $1 FOR NO KEY UPDATE`, [facilityId]);
  // What a winning booking holds from taking its place until it commits.
  const holdSlot = (slotId: string) => holdLock(`SELECT 1 FROM service_slot WHERE id = $1 FOR NO KEY UPDATE`, [slotId]);

  /**
   * Sends the request while `lock` is held and records, in order, its answer and the release of the lock. The lock is
   * released once the request is answered, or once one more backend than `waitersBefore` is seen waiting for a lock
   * (the request, which then cannot be answered first): nothing depends on how long anything takes.
   */
  async function answeredWhileHeld(request: PromiseLike<Response>, lock: { release(): Promise<void> }, waitersBefore = 0) {
    const events: string[] = [];
    const answer = Promise.resolve(request).then((response) => {
      events.push('answered');
      return response;
    });
    await waitUntil(async () => events.length > 0 || (await lockWaiters()) > waitersBefore, 'an answer or a wait for the lock', 30_000);
    events.push('lock released');
    await lock.release();
    return { events, response: await answer };
  }

  /** Sends `first` while `lock` is held and, once it waits for the lock, `second`: as answeredWhileHeld, and the first's answer. */
  async function secondWhileFirstWaits(lock: { release(): Promise<void> }, first: PromiseLike<Response>, second: PromiseLike<Response>) {
    const winner = Promise.resolve(first);
    await waitUntil(async () => (await lockWaiters()) === 1, 'the first request waiting for the lock');
    const { events, response } = await answeredWhileHeld(second, lock, 1);
    return { events, response, first: await winner };
  }

  /** A facility with `count` beds opened 2024-01-01: their ids. */
  async function facilityWithBeds(count: number) {
    const facility = await createFacility(t, admin);
    const { body } = await t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(bearer()).send({ openedOn: '2024-01-01', beds: bedsLayout(count) }).expect(201);
    return { facility, beds: body.items.map((bed: { id: string }) => bed.id) as string[] };
  }

  async function slotOf(capacity: number) {
    const canteen = await createFacility(t, admin, { kind: 'canteen' });
    const day = `${addMonths(today(), 1).slice(0, 7)}-15`;
    const { body } = await t.http
      .post(`/api/v1/facilities/${canteen}/service-slots`)
      .set(bearer())
      .send({ serviceType: 'meal', startsAt: `${day}T11:30:00+08:00`, endsAt: `${day}T12:30:00+08:00`, capacity, priceCents: 1500, area: [YUBEI] })
      .expect(201);
    return body.id as string;
  }

  const person = async () => (await createResident(t, admin)).id;

  // On embedded PGlite one transaction holds every other connection: there is no "meanwhile" to test.
  const sideBySide = () => t.database.backend === 'postgres';

  describe('stays', () => {
    it('refuses a bed taken by a committed stay while another writer holds the facility', async () => {
      if (!sideBySide()) return;
      const { facility, beds } = await facilityWithBeds(2);
      await admit(await person(), beds[0]).expect(201);
      const lock = await holdFacility(facility);
      const { events, response } = await answeredWhileHeld(admit(await person(), beds[0]), lock);
      expect(response.status).toBe(409);
      expect(response.body.details).toEqual([{ field: 'bedId', messages: ['the bed is occupied on that date'] }]);
      expect(events).toEqual(['answered', 'lock released']);
    });

    it('refuses a person who already stays somewhere while another writer holds the facility', async () => {
      if (!sideBySide()) return;
      const { facility, beds } = await facilityWithBeds(2);
      const staying = await person();
      await admit(staying, beds[0]).expect(201);
      const lock = await holdFacility(facility);
      const { events, response } = await answeredWhileHeld(admit(staying, beds[1]), lock);
      expect(response.status).toBe(409);
      expect(response.body.details).toEqual([{ field: 'residentId', messages: ['the person already has a stay on that date'] }]);
      expect(events).toEqual(['answered', 'lock released']);
    });

    it('refuses the second of two admissions into one bed while the first still waits for the facility, and admits the first', async () => {
      if (!sideBySide()) return;
      const { facility, beds } = await facilityWithBeds(1);
      const [first, second] = [await person(), await person()];
      const { events, response, first: winner } = await secondWhileFirstWaits(await holdFacility(facility), admit(first, beds[0]), admit(second, beds[0]));
      expect(response.status).toBe(409);
      expect(response.body.details[0].field).toBe('bedId');
      expect(events).toEqual(['answered', 'lock released']);
      expect(winner.status).toBe(201);
      expect(await t.dataSource.query(`SELECT resident_id FROM stay WHERE bed_id = $1`, [beds[0]])).toEqual([{ resident_id: first }]);
    });

    it('refuses a second admission of one person while the first still waits for the facility', async () => {
      if (!sideBySide()) return;
      const { facility, beds } = await facilityWithBeds(2);
      const mover = await person();
      const { events, response, first } = await secondWhileFirstWaits(await holdFacility(facility), admit(mover, beds[0]), admit(mover, beds[1]));
      expect(response.status).toBe(409);
      expect(response.body.details[0].field).toBe('residentId');
      expect(events).toEqual(['answered', 'lock released']);
      expect(first.status).toBe(201);
    });
  });

  describe('waiting-list offers', () => {
    it('refuses the second of two applicants accepting offers of one bed while the first still waits for the facility', async () => {
      if (!sideBySide()) return;
      const { facility, beds } = await facilityWithBeds(1);
      const entries: string[] = [];
      for (let n = 0; n < 2; n++) {
        const { id } = await createResident(t, admin, { birthDate: '1940-01-01' });
        await assessAtLevel(t, admin, id, 2, { assessedOn: today() });
        await assessSafetyRisks(t, admin, id);
        const { body } = await t.http.post(`/api/v1/facilities/${facility}/waitlist`).set(bearer()).send({ residentId: id }).expect(201);
        entries.push(body.entryId);
      }
      for (const entry of entries) await t.http.post(`/api/v1/waitlist/${entry}/offer`).set(bearer()).send({ bedId: beds[0], skipReason: '同一张床' }).expect(201);
      const accept = (entry: string) => t.http.post(`/api/v1/waitlist/${entry}/accept`).set(bearer()).send({});
      const { events, response, first } = await secondWhileFirstWaits(await holdFacility(facility), accept(entries[0]), accept(entries[1]));
      expect(response.status).toBe(409);
      expect(response.body.details[0].field).toBe('bedId');
      expect(events).toEqual(['answered', 'lock released']);
      expect(first.status).toBe(201);
    });
  });

  describe('bookings', () => {
    it('refuses a full slot while a winner holds the slot row', async () => {
      if (!sideBySide()) return;
      const slot = await slotOf(1);
      await book(await person(), slot).expect(201);
      const lock = await holdSlot(slot);
      const { events, response } = await answeredWhileHeld(book(await person(), slot), lock);
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(/full/);
      expect(events).toEqual(['answered', 'lock released']);
    });

    it('refuses a booking for the last place while another booking of it waits for the slot row, and books that one', async () => {
      if (!sideBySide()) return;
      const slot = await slotOf(1);
      const [first, second] = [await person(), await person()];
      const { events, response, first: winner } = await secondWhileFirstWaits(await holdSlot(slot), book(first, slot), book(second, slot));
      expect(response.status).toBe(409);
      expect(response.body.message).toMatch(/full/);
      expect(events).toEqual(['answered', 'lock released']);
      expect(winner.status).toBe(201);
      expect((await t.dataSource.query(`SELECT booked FROM service_slot WHERE id = $1`, [slot]))[0].booked).toBe(1);
    });
  });
});
