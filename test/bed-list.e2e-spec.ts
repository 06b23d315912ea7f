import { Role } from '@yiyang/auth';
import {
  adminToken,
  assessSafetyRisks,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  HAISHU_TOWNSHIP,
  importTestRegions,
  YUBEI_TOWNSHIP,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';
import { today } from '@yiyang/core';

describe('bed list and board revalidation', () => {
  let t: TestApp;
  let admin: string;
  let facilityA: string;
  let facilityB: string;
  let operatorA: CreatedUser;
  let stayId: string;

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const bedId = async (code: string) => (await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = $2`, [facilityA, code]))[0].id as string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    facilityA = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP, openedOn: '2020-01-01' });
    facilityB = await createFacility(t, admin, { regionCode: HAISHU_TOWNSHIP, openedOn: '2020-01-01' });
    operatorA = await createUser(t, { role: Role.Operator, facilityIds: [facilityA] });
    // Two floors of ten rooms of two beds; the first six care-type.
    await t.http.post(`/api/v1/facilities/${facilityA}/beds/bulk`).set(auth(admin)).send({ openedOn: '2024-01-01', beds: bedsLayout(40, { careType: 6 }) }).expect(201);
    await t.http.post(`/api/v1/facilities/${facilityB}/beds/bulk`).set(auth(admin)).send({ openedOn: '2024-01-01', beds: bedsLayout(2) }).expect(201);
    const person = await createResident(t, operatorA.token, { name: '张三丰', facilityId: facilityA });
    await assessSafetyRisks(t, operatorA.token, person.id);
    const admitted = await t.http
      .post('/api/v1/admissions')
      .set(auth(operatorA.token))
      .send({ residentId: person.id, bedId: await bedId('1-101-2'), admittedOn: today() })
      .expect(201);
    stayId = admitted.body.id;
    await t.http.post(`/api/v1/beds/${await bedId('2-201-1')}/out-of-service`).set(auth(admin)).send({ from: '2025-01-01', reason: '维修' }).expect(200);
  });
  afterAll(() => t?.close());

  const list = (query: Record<string, string | number>, token = operatorA.token, facility = facilityA) =>
    t.http.get(`/api/v1/facilities/${facility}/beds`).query(query).set(auth(token));

  describe('GET /facilities/:id/beds', () => {
    it('lists every bed of the facility today in floor, room and code order, a page at a time, with the total', async () => {
      const { body } = await list({ limit: 5 }).expect(200);
      expect(body).toMatchObject({ total: 40, page: 1, limit: 5 });
      expect(body.items.map((b: { code: string }) => b.code)).toEqual(['1-101-1', '1-101-2', '1-102-1', '1-102-2', '1-103-1']);
      expect(body.items[1]).toMatchObject({ room: '101', floor: 1, status: 'occupied', careType: true, dementiaCare: false, stayId, occupant: '张*丰', asOf: today() });
      expect(body.items[0]).toMatchObject({ status: 'vacant', stayId: null, occupant: null });
      const last = await list({ limit: 6, page: 7 }).expect(200);
      expect(last.body.items.map((b: { code: string }) => b.code)).toEqual(['2-209-1', '2-209-2', '2-210-1', '2-210-2']);
      const past = await list({ limit: 100, page: 2 }).expect(200);
      expect(past.body).toMatchObject({ total: 40, items: [] });
    });

    it('filters by status, care-type and floor on the date asked', async () => {
      expect((await list({ status: 'occupied' }).expect(200)).body.items.map((b: { code: string }) => b.code)).toEqual(['1-101-2']);
      expect((await list({ status: 'out_of_service' }).expect(200)).body.items.map((b: { code: string }) => b.code)).toEqual(['2-201-1']);
      expect((await list({ careType: 'true', limit: 100 }).expect(200)).body.total).toBe(6);
      expect((await list({ careType: 'false', floor: 2, limit: 100 }).expect(200)).body.total).toBe(20);
      expect((await list({ status: 'vacant', floor: 1, careType: 'true' }).expect(200)).body.total).toBe(5);
      // Before the beds opened: every one is not yet open, and none is occupied.
      expect((await list({ date: '2023-12-31', status: 'not_yet_open', limit: 1 }).expect(200)).body.total).toBe(40);
      expect((await list({ date: '2024-06-01', status: 'out_of_service' }).expect(200)).body.total).toBe(0);
    });

    it('refuses bad filters with 400 naming each field', async () => {
      const { body } = await list({ status: 'sleeping', careType: 'yes', floor: 'two', date: '2025-02-30', limit: 0 }).expect(400);
      expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['careType', 'date', 'floor', 'limit', 'status']);
    });

    it('answers 404 for a facility outside the caller\'s scope, as the board does', async () => {
      await list({}, operatorA.token, facilityB).expect(404);
      await t.http.get(`/api/v1/facilities/${facilityB}/bed-board`).set(auth(operatorA.token)).expect(404);
      await list({}, operatorA.token, '00000000-0000-4000-8000-000000000000').expect(404);
      expect((await list({}, admin, facilityB).expect(200)).body.total).toBe(2);
    });
  });

  describe('GET /facilities/:id/bed-board revalidation', () => {
    const board = (headers: Record<string, string> = {}, token = operatorA.token) =>
      t.http.get(`/api/v1/facilities/${facilityA}/bed-board`).set({ ...auth(token), 'Accept-Encoding': 'gzip', ...headers });

    it('answers 304 without a body while the board is unchanged, and 200 with a new tag after an admission', async () => {
      const first = await board().expect(200);
      const etag = first.headers.etag;
      expect(etag).toMatch(/^W\/"\d+\.\d{4}-\d{2}-\d{2}\.n"$/);
      expect(first.headers['cache-control']).toBe('private, no-cache');
      expect(first.body.totals.occupied).toBe(1);

      const unchanged = await board({ 'If-None-Match': etag }).expect(304);
      expect(unchanged.text ?? '').toBe('');
      expect(unchanged.headers.etag).toBe(etag);
      expect(unchanged.headers['content-encoding']).toBeUndefined();
      // The same tag for another date is another board.
      await t.http.get(`/api/v1/facilities/${facilityA}/bed-board?date=2025-01-01`).set({ ...auth(operatorA.token), 'If-None-Match': etag }).expect(200);

      const person = await createResident(t, operatorA.token, { name: '李四', facilityId: facilityA });
      await assessSafetyRisks(t, operatorA.token, person.id);
      await t.http.post('/api/v1/admissions').set(auth(operatorA.token)).send({ residentId: person.id, bedId: await bedId('1-102-1'), admittedOn: today() }).expect(201);

      const changed = await board({ 'If-None-Match': etag }).expect(200);
      expect(changed.headers.etag).not.toBe(etag);
      expect(changed.body.totals.occupied).toBe(2);
      await board({ 'If-None-Match': `"other", ${changed.headers.etag}` }).expect(304);
    });

    it('never answers 304 outside the caller\'s scope', async () => {
      const { headers } = await t.http.get(`/api/v1/facilities/${facilityB}/bed-board`).set(auth(admin)).expect(200);
      await t.http.get(`/api/v1/facilities/${facilityB}/bed-board`).set({ ...auth(operatorA.token), 'If-None-Match': headers.etag }).expect(404);
    });

    it('shows the tag to a page served from another allowed origin', async () => {
      const cors = await createTestApp({ env: { CORS_ORIGINS: 'https://web.example.gov.cn' }, database: t.database });
      try {
        // Another process signs its own tokens; the CORS headers come with any answer.
        const response = await cors.http.get(`/api/v1/facilities/${facilityA}/bed-board`).set({ Origin: 'https://web.example.gov.cn' });
        expect(response.headers['access-control-expose-headers']).toContain('ETag');
      } finally {
        await cors.close();
      }
    });
  });
});
