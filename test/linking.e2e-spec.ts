import { Role } from '@yiyang/auth';
import { addMonths, today } from '@yiyang/core';
import {
  adminToken,
  assessAtLevel,
  assessSafetyRisks,
  bedsLayout,
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
  type CreatedUser,
  type TestApp,
  type TestRedis,
} from '@yiyang/testing';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const SERVICE_DAY = `${addMonths(today(), 1).slice(0, 7)}-15`;

/**
 * POST /residents/link is not an oracle: it needs the ID number and the name, each account may try a bounded number of
 * times, and a facility that links a person sees their profile, level and risks and its own records — not what other
 * facilities recorded about them (issue 13: 61 guesses found a person of another province and opened their file).
 */
describe('linking a registered person to a facility', () => {
  let t: TestApp;
  let admin: string;
  /** A 宁波 facility where the person stays, and its operator. */
  let haishuHome: string;
  let haishuOperator: CreatedUser;
  let haishuOfficer: CreatedUser;
  /** A 重庆 facility that links the person, and its operator. */
  let yubeiHome: string;
  let yubeiOperator: CreatedUser;
  const birthDate = '1941-04-12';
  const idNumber = makeIdNumber('330203', birthDate, '437');
  const name = '周桂英';
  let person: string;
  let theirOrder: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    haishuHome = await createFacility(t, admin, { name: '海曙区颐乐园', regionCode: HAISHU_TOWNSHIP });
    yubeiHome = await createFacility(t, admin, { name: '渝北区康养院' });
    haishuOperator = await createUser(t, { role: Role.Operator, facilityIds: [haishuHome] });
    haishuOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
    yubeiOperator = await createUser(t, { role: Role.Operator, facilityIds: [yubeiHome] });
    person = (
      await createResident(t, haishuOfficer.token, {
        name,
        idNumber,
        birthDate,
        sex: 'male',
        hukouRegionCode: HAISHU_TOWNSHIP,
        residenceRegionCode: HAISHU_TOWNSHIP,
        facilityId: haishuHome,
      })
    ).id;

    // What the 海曙 facility recorded: a stay, an incident, a visit and its visit plan, an order it provided.
    const { body: beds } = await t.http
      .post(`/api/v1/facilities/${haishuHome}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2024-01-01', beds: bedsLayout(2) })
      .expect(201);
    await assessAtLevel(t, admin, person, 1, { assessedOn: addMonths(today(), -12) });
    await assessAtLevel(t, admin, person, 2);
    await assessSafetyRisks(t, haishuOperator.token, person);
    await t.http.post('/api/v1/admissions').set(auth(haishuOperator.token)).send({ residentId: person, bedId: beds.items[0].id, admittedOn: today() }).expect(201);
    await t.http
      .post(`/api/v1/residents/${person}/incidents`)
      .set(auth(haishuOperator.token))
      .send({ occurredAt: new Date(Date.now() - 3_600_000).toISOString(), risk: 'fall', description: '夜间如厕跌倒' })
      .expect(201);
    await t.http.put(`/api/v1/residents/${person}/visit-plan`).set(auth(haishuOperator.token)).send({ frequency: 'weekly' }).expect(200);
    await t.http
      .post(`/api/v1/residents/${person}/visits`)
      .set(auth(haishuOperator.token))
      .send({ visitedAt: new Date(Date.now() - 60_000).toISOString(), mode: 'in_person', outcome: 'well' })
      .expect(201);
    const { body: slot } = await t.http
      .post(`/api/v1/facilities/${haishuHome}/service-slots`)
      .set(auth(haishuOperator.token))
      .send({ serviceType: 'meal', startsAt: `${SERVICE_DAY}T11:30:00+08:00`, endsAt: `${SERVICE_DAY}T12:30:00+08:00`, capacity: 5, priceCents: 1500, area: [HAISHU] })
      .expect(201);
    const { body: order } = await t.http
      .post('/api/v1/service-orders')
      .set(auth(haishuOperator.token))
      .set('Idempotency-Key', 'linking-order')
      .send({ residentId: person, slotId: slot.id })
      .expect(201);
    theirOrder = order.id;
    // Delivered (the slot lies next month; the statement shows delivered services only).
    await t.dataSource.query(`UPDATE service_order SET status = 'completed', checked_in_at = now(), completed_at = now() WHERE id = $1`, [theirOrder]);
  });
  afterAll(() => t?.close());

  const link = (token: string, body: object) => t.http.post('/api/v1/residents/link').set(auth(token)).send(body);

  it('needs the name with the ID number, and answers a wrong name as it answers an unknown number', async () => {
    const withoutName = await link(yubeiOperator.token, { idNumber, facilityId: yubeiHome }).expect(400);
    expect(withoutName.body.details.map((detail: { field: string }) => detail.field)).toContain('name');
    const wrongName = await link(yubeiOperator.token, { idNumber, name: '周桂兰', facilityId: yubeiHome }).expect(404);
    const unknown = await link(yubeiOperator.token, { idNumber: makeIdNumber('330203', birthDate, '439'), name, facilityId: yubeiHome }).expect(404);
    const { requestId: _a, ...wrongNameAnswer } = wrongName.body;
    const { requestId: _b, ...unknownAnswer } = unknown.body;
    expect(wrongNameAnswer).toEqual(unknownAnswer);
    const [{ linked }] = await t.dataSource.query(`SELECT count(*)::int AS linked FROM resident_facility WHERE resident_id = $1 AND facility_id = $2`, [person, yubeiHome]);
    expect(linked).toBe(0);

    const { body } = await link(yubeiOperator.token, { idNumber, name: ' 周 桂英', facilityId: yubeiHome }).expect(200);
    expect(body).toMatchObject({ id: person, name });
    expect(body.idNumber).not.toContain(birthDate.replace(/-/g, ''));
    const attempts = await t.dataSource.query(`SELECT action, entity_id AS "entityId" FROM audit_log WHERE action LIKE 'link%' ORDER BY id`);
    expect(attempts).toEqual([
      { action: 'link_name_mismatch', entityId: person },
      { action: 'link_not_found', entityId: null },
      { action: 'link', entityId: person },
    ]);
  });

  it('limits each account to 20 attempts an hour, then 429 with Retry-After; each attempt audited', async () => {
    const guesser = await createUser(t, { role: Role.Operator, facilityIds: [yubeiHome] });
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'link%'`);
    const answers: number[] = [];
    // The reproduction: one birth date, sequences 400–460.
    for (let sequence = 400; sequence <= 460; sequence++) {
      const response = await link(guesser.token, { idNumber: makeIdNumber('330203', birthDate, String(sequence)), name: '王秀英', facilityId: yubeiHome });
      answers.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(3000);
        break;
      }
    }
    expect(answers).toEqual([...Array(20).fill(404), 429]);
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'link%'`);
    expect(after[0].n - before[0].n).toBe(21);
    const [limited] = await t.dataSource.query(`SELECT actor_id AS "actorId" FROM audit_log WHERE action = 'link_limited'`);
    expect(limited.actorId).toBe(guesser.id);
    // Another account is counted on its own.
    await link(yubeiOperator.token, { idNumber, name, facilityId: yubeiHome }).expect(200);
  });

  describe('once linked, the 渝北 facility', () => {
    it("sees the person's profile (masked), assessment level and safety risks", async () => {
      const { body: profile } = await t.http.get(`/api/v1/residents/${person}`).set(auth(yubeiOperator.token)).expect(200);
      expect(profile.idNumber).toMatch(/^330203\*+\d{3}[\dX]$/);
      // The assessment in force, not the earlier one the 海曙 side made; the person's officers see both.
      const { body: assessments } = await t.http.get(`/api/v1/residents/${person}/assessments`).set(auth(yubeiOperator.token)).expect(200);
      expect(assessments.map((a: { finalLevel: number }) => a.finalLevel)).toEqual([2]);
      const { body: history } = await t.http.get(`/api/v1/residents/${person}/assessments`).set(auth(haishuOfficer.token)).expect(200);
      expect(history.map((a: { finalLevel: number }) => a.finalLevel)).toEqual([2, 1]);
      const { body: risks } = await t.http.get(`/api/v1/residents/${person}/safety-risks`).set(auth(yubeiOperator.token)).expect(200);
      expect(risks).toHaveLength(1);
    });

    it("does not see the 海曙 facility's stays, incidents, visits, orders or statement lines", async () => {
      const read = (path: string) => t.http.get(`/api/v1${path}`).set(auth(yubeiOperator.token)).expect(200);
      expect((await read(`/admissions?residentId=${person}`)).body.total).toBe(0);
      expect((await read(`/residents/${person}/incidents`)).body).toEqual([]);
      expect((await read(`/residents/${person}/visits`)).body).toEqual([]);
      expect((await read(`/service-orders?residentId=${person}`)).body.total).toBe(0);
      await t.http.get(`/api/v1/service-orders/${theirOrder}`).set(auth(yubeiOperator.token)).expect(404);
      await t.http.post(`/api/v1/service-orders/${theirOrder}/cancel`).set(auth(yubeiOperator.token)).send({}).expect(404);
      expect((await read(`/residents/${person}/service-statement?month=${SERVICE_DAY.slice(0, 7)}`)).body.lines).toEqual([]);
    });

    it('may not take over the visit plan the 海曙 facility holds', async () => {
      await t.http.put(`/api/v1/residents/${person}/visit-plan`).set(auth(yubeiOperator.token)).send({ frequency: 'monthly' }).expect(403);
      await t.http.put(`/api/v1/residents/${person}/visit-plan`).set(auth(yubeiOperator.token)).send({ frequency: 'monthly', facilityId: haishuHome }).expect(400);
      const [plan] = await t.dataSource.query(`SELECT frequency, facility_id AS "facilityId" FROM visit_plan WHERE resident_id = $1`, [person]);
      expect(plan).toEqual({ frequency: 'weekly', facilityId: haishuHome });
    });

    it("finds a person at home due for a visit without learning when another facility last visited", async () => {
      const idAtHome = makeIdNumber('330203', '1943-09-09', '515');
      const atHome = (
        await createResident(t, haishuOfficer.token, {
          name: '吴秀珍',
          idNumber: idAtHome,
          birthDate: '1943-09-09',
          sex: 'male',
          hukouRegionCode: HAISHU_TOWNSHIP,
          residenceRegionCode: HAISHU_TOWNSHIP,
          livingArrangement: 'alone',
          facilityId: haishuHome,
        })
      ).id;
      const lastWeek = new Date(Date.now() - 8 * 86_400_000).toISOString();
      await t.http.post(`/api/v1/residents/${atHome}/visits`).set(auth(haishuOperator.token)).send({ visitedAt: lastWeek, mode: 'phone', outcome: 'well' }).expect(201);
      await link(yubeiOperator.token, { idNumber: idAtHome, name: '吴秀珍', facilityId: yubeiHome }).expect(200);
      const dueFor = async (token: string) =>
        (await t.http.get('/api/v1/visits/due').set(auth(token)).expect(200)).body.find((row: { residentId: string }) => row.residentId === atHome);
      expect((await dueFor(haishuOfficer.token)).lastVisitedAt).toBe(lastWeek);
      expect(await dueFor(yubeiOperator.token)).toMatchObject({ residentId: atHome, lastVisitedAt: null });
    });

    it('sees the records it makes itself, which the 海曙 facility does not; officers of the region see both', async () => {
      const { body: incident } = await t.http
        .post(`/api/v1/residents/${person}/incidents`)
        .set(auth(yubeiOperator.token))
        .send({ occurredAt: new Date(Date.now() - 60_000).toISOString(), risk: 'choking', description: '进食呛咳' })
        .expect(201);
      expect(incident.facilityId).toBe(yubeiHome);
      const incidentsOf = async (token: string) =>
        (await t.http.get(`/api/v1/residents/${person}/incidents`).set(auth(token)).expect(200)).body.map((row: { description: string }) => row.description).sort();
      expect(await incidentsOf(yubeiOperator.token)).toEqual(['进食呛咳']);
      expect(await incidentsOf(haishuOperator.token)).toEqual(['夜间如厕跌倒']);
      expect(await incidentsOf(haishuOfficer.token)).toEqual(['夜间如厕跌倒', '进食呛咳']);
      const { body: visits } = await t.http.get(`/api/v1/residents/${person}/visits`).set(auth(haishuOfficer.token)).expect(200);
      expect(visits).toHaveLength(1);
      const { body: orders } = await t.http.get(`/api/v1/service-orders?residentId=${person}`).set(auth(haishuOfficer.token)).expect(200);
      expect(orders.items.map((order: { id: string }) => order.id)).toEqual([theirOrder]);
      // The officer may change the plan whoever holds it.
      await t.http.put(`/api/v1/residents/${person}/visit-plan`).set(auth(haishuOfficer.token)).send({ frequency: 'monthly', facilityId: haishuHome }).expect(200);
    });
  });
});

describeWithRedis('link attempts counted through Redis', () => {
  let redis: TestRedis;
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    redis = await createTestRedis();
    // One secret, so an account's token is good on both API processes.
    const env = { LINK_RATE_LIMIT: '3', JWT_SECRET: 'link-limit-shared-secret-of-at-least-32-characters' };
    first = await createTestApp({ redis, env });
    second = await createTestApp({ redis, env, database: first.database });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await redis?.cleanup();
  });

  it('counts one account across API processes', async () => {
    const admin = await adminToken(first);
    await importTestRegions(first, admin);
    const facility = await createFacility(first, admin);
    const operator = await createUser(first, { role: Role.Operator, facilityIds: [facility] });
    const attempt = (t: TestApp, sequence: number) =>
      t.http.post('/api/v1/residents/link').set(auth(operator.token)).send({ idNumber: makeIdNumber('330203', '1941-04-12', String(sequence)), name: '王秀英', facilityId: facility });
    const statuses = [(await attempt(first, 401)).status, (await attempt(second, 402)).status, (await attempt(first, 403)).status, (await attempt(second, 404)).status];
    expect(statuses).toEqual([404, 404, 404, 429]);
    expect((await attempt(first, 405)).status).toBe(429);
  });
});
