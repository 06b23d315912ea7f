import { Role } from '@yiyang/auth';
import {
  adminToken,
  createFacility,
  createTestApp,
  createUser,
  HAISHU,
  HAISHU_TOWNSHIP,
  importTestRegions,
  YUBEI,
  YUBEI_TOWNSHIP,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';

describe('facilities', () => {
  let t: TestApp;
  let admin: string;
  let yubeiOfficer: CreatedUser;
  let haishuOfficer: CreatedUser;
  let facilityA: string;
  let facilityB: string;
  let operatorA: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    yubeiOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    haishuOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
    facilityA = await createFacility(t, yubeiOfficer.token, { name: '渝北区社会福利院', regionCode: YUBEI_TOWNSHIP, openedOn: '2019-03-01' });
    facilityB = await createFacility(t, haishuOfficer.token, { name: '海曙区颐乐园', regionCode: HAISHU_TOWNSHIP, ownership: 'private', operation: 'social' });
    operatorA = await createUser(t, { role: Role.Operator, facilityIds: [facilityA] });
  });
  afterAll(() => t?.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('registers a facility with its profile from the opening date', async () => {
    const { body } = await t.http.get(`/api/v1/facilities/${facilityA}?date=2019-03-01`).set(auth(admin)).expect(200);
    expect(body).toMatchObject({
      name: '渝北区社会福利院',
      regionCode: YUBEI_TOWNSHIP,
      openedOn: '2019-03-01',
      profile: { validFrom: '2019-03-01', validTo: null, kind: 'institution', kindLabel: { zh: '养老机构' }, ownership: 'public', operation: 'government', comprehensive: false },
    });
    const before = await t.http.get(`/api/v1/facilities/${facilityA}?date=2019-02-28`).set(auth(admin)).expect(200);
    expect(before.body.profile).toBeNull();
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM facility`);
    const bad = await t.http
      .post('/api/v1/facilities')
      .set(auth(admin))
      .send({ name: 'x', regionCode: YUBEI_TOWNSHIP, kind: 'hotel', ownership: 'public', operation: 'government', openedOn: '2020-02-30', functions: ['karaoke'] })
      .expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['functions', 'kind', 'openedOn']);
    const county = await t.http
      .post('/api/v1/facilities')
      .set(auth(admin))
      .send({ name: 'x', regionCode: YUBEI, kind: 'institution', ownership: 'public', operation: 'government', openedOn: '2020-01-01' })
      .expect(400);
    expect(county.body.details).toEqual([{ field: 'regionCode', messages: [expect.stringContaining('township')] }]);
    const privateGovernment = await t.http
      .post('/api/v1/facilities')
      .set(auth(admin))
      .send({ name: 'x', regionCode: YUBEI_TOWNSHIP, kind: 'institution', ownership: 'private', operation: 'government', openedOn: '2020-01-01' })
      .expect(400);
    expect(privateGovernment.body.details[0].field).toBe('operation');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM facility`))[0].n).toBe(n);
  });

  it('refuses a region that does not exist with 422 naming the field, not a conflict', async () => {
    const { body } = await t.http
      .post('/api/v1/facilities')
      .set(auth(admin))
      .send({ name: 'x', regionCode: '500112999000', kind: 'institution', ownership: 'public', operation: 'government', openedOn: '2020-01-01' })
      .expect(422);
    expect(body).toMatchObject({ error: 'Unprocessable Entity', details: [{ field: 'regionCode', messages: ['no such region'] }] });
  });

  describe('scope', () => {
    it('keeps an officer to their district: 403 to register elsewhere, 404 to read elsewhere', async () => {
      await t.http
        .post('/api/v1/facilities')
        .set(auth(yubeiOfficer.token))
        .send({ name: 'x', regionCode: HAISHU_TOWNSHIP, kind: 'institution', ownership: 'public', operation: 'government', openedOn: '2020-01-01' })
        .expect(403);
      await t.http.get(`/api/v1/facilities/${facilityB}`).set(auth(yubeiOfficer.token)).expect(404);
      const list = await t.http.get('/api/v1/facilities?limit=100').set(auth(yubeiOfficer.token)).expect(200);
      expect(list.body.items.map((f: { id: string }) => f.id)).toContain(facilityA);
      expect(list.body.items.map((f: { id: string }) => f.id)).not.toContain(facilityB);
      const haishu = await t.http.get(`/api/v1/facilities?regionCode=${HAISHU}`).set(auth(yubeiOfficer.token)).expect(200);
      expect(haishu.body).toMatchObject({ items: [], total: 0 });
    });

    it('shows an operator their own facility only, and keeps official fields from them', async () => {
      await t.http.get(`/api/v1/facilities/${facilityA}`).set(auth(operatorA.token)).expect(200);
      await t.http.get(`/api/v1/facilities/${facilityB}`).set(auth(operatorA.token)).expect(404);
      await t.http.post('/api/v1/facilities').set(auth(operatorA.token)).send({}).expect(403);
      await t.http.patch(`/api/v1/facilities/${facilityA}`).set(auth(operatorA.token)).send({ operation: 'social' }).expect(403);
      const { body } = await t.http.patch(`/api/v1/facilities/${facilityA}`).set(auth(operatorA.token)).send({ phone: '023-6781 2345' }).expect(200);
      expect(body.phone).toBe('023-6781 2345');
    });
  });

  it('lets a station be run only by a township centre the caller can see, and not by itself', async () => {
    const centre = await createFacility(t, yubeiOfficer.token, { kind: 'township_centre', openedOn: '2021-01-01' });
    const haishuCentre = await createFacility(t, haishuOfficer.token, { regionCode: HAISHU_TOWNSHIP, kind: 'township_centre', openedOn: '2021-01-01' });
    const station = await createFacility(t, yubeiOfficer.token, { kind: 'community_station', ownership: 'public', operation: 'social', openedOn: '2022-01-01' });
    const set = (id: string, token: string) =>
      t.http.patch(`/api/v1/facilities/${station}`).set(auth(token)).send({ managedByFacilityId: id, effectiveFrom: '2023-01-01' });
    const elsewhere = await set(haishuCentre, yubeiOfficer.token).expect(400);
    const unknown = await set('7d2c0b1e-0000-4000-8000-00000000dead', yubeiOfficer.token).expect(400);
    expect(elsewhere.body.details).toEqual(unknown.body.details);
    await set(facilityA, yubeiOfficer.token).expect(400); // an institution, not a centre
    await set(station, yubeiOfficer.token).expect(400);
    const { body } = await set(centre, yubeiOfficer.token).expect(200);
    expect(body.profile.managedByFacilityId).toBe(centre);
  });

  describe('effective-dated profile', () => {
    it('hands the home to a social operator from June: May keeps 公办公营, June shows 公建民营', async () => {
      await t.http
        .patch(`/api/v1/facilities/${facilityA}`)
        .set(auth(yubeiOfficer.token))
        .send({ operation: 'social', functions: ['full_time_care', 'day_care', 'home_outreach', 'meals'], effectiveFrom: '2025-06-01' })
        .expect(200);
      const may = await t.http.get(`/api/v1/facilities/${facilityA}?date=2025-05-31`).set(auth(admin)).expect(200);
      expect(may.body.profile).toMatchObject({ operation: 'government', publicBuiltPrivatelyOperated: false, comprehensive: false, validTo: '2025-06-01' });
      const june = await t.http.get(`/api/v1/facilities/${facilityA}?date=2025-06-01`).set(auth(admin)).expect(200);
      expect(june.body.profile).toMatchObject({ operation: 'social', publicBuiltPrivatelyOperated: true, comprehensive: true, validFrom: '2025-06-01' });
      const history = await t.http.get(`/api/v1/facilities/${facilityA}/history`).set(auth(admin)).expect(200);
      expect(history.body.map((v: { validFrom: string; validTo: string | null; operation: string }) => [v.validFrom, v.validTo, v.operation])).toEqual([
        ['2019-03-01', '2025-06-01', 'government'],
        ['2025-06-01', null, 'social'],
      ]);
      expect(history.body[1].changedBy).toBe(yubeiOfficer.id);
    });

    it('applies a backdated change only until the next change', async () => {
      await t.http.patch(`/api/v1/facilities/${facilityA}`).set(auth(admin)).send({ dementiaZone: true, effectiveFrom: '2024-01-01' }).expect(200);
      const history = await t.http.get(`/api/v1/facilities/${facilityA}/history`).set(auth(admin)).expect(200);
      expect(history.body.map((v: { validFrom: string; dementiaZone: boolean }) => [v.validFrom, v.dementiaZone])).toEqual([
        ['2019-03-01', false],
        ['2024-01-01', true],
        ['2025-06-01', false],
      ]);
    });

    it('refuses a change before the facility opened, or in a closed reporting period', async () => {
      const early = await t.http.patch(`/api/v1/facilities/${facilityA}`).set(auth(admin)).send({ smart: true, effectiveFrom: '2018-01-01' }).expect(400);
      expect(early.body.details[0].field).toBe('effectiveFrom');
      await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: '2024-12-31' }).expect(200);
      try {
        const closed = await t.http.patch(`/api/v1/facilities/${facilityA}`).set(auth(admin)).send({ smart: true, effectiveFrom: '2024-06-01' }).expect(409);
        expect(closed.body.details).toEqual([{ field: 'effectiveFrom', messages: [expect.stringContaining('closed reporting period')] }]);
        await t.http.patch(`/api/v1/facilities/${facilityA}`).set(auth(admin)).send({ smart: true, effectiveFrom: '2025-01-01' }).expect(200);
      } finally {
        await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: null }).expect(200);
      }
    });
  });

  describe('ratings, inspections, staff, closing', () => {
    it('derives the star level from GB/T 37276 section scores', async () => {
      const { body } = await t.http
        .post(`/api/v1/facilities/${facilityA}/star-ratings`)
        .set(auth(yubeiOfficer.token))
        .send({ ratedOn: '2024-11-20', scores: { environment: 100, facilities: 110, operations: 125, services: 500 } })
        .expect(201);
      expect(body).toMatchObject({ total: 835, starLevel: 4, edition: 'GB/T 37276-2018' });
      const facility = await t.http.get(`/api/v1/facilities/${facilityA}?date=2025-01-01`).set(auth(admin)).expect(200);
      expect(facility.body).toMatchObject({ starLevel: 4, starRatedOn: '2024-11-20' });
      const over = await t.http
        .post(`/api/v1/facilities/${facilityA}/star-ratings`)
        .set(auth(admin))
        .send({ ratedOn: '2025-01-10', scores: { environment: 121, facilities: 110, operations: 125, services: 500 } })
        .expect(400);
      expect(over.body.details[0].field).toBe('scores.environment');
      await t.http.post(`/api/v1/facilities/${facilityA}/star-ratings`).set(auth(operatorA.token)).send({}).expect(403);
    });

    it('records one inspection a year, on the date it was made', async () => {
      // No date, no record: the date is when the result starts to count, never silently "today".
      const undated = await t.http.post(`/api/v1/facilities/${facilityA}/inspections`).set(auth(admin)).send({ year: 2024, passed: true, score: 86.5 }).expect(400);
      expect(undated.body.details.map((d: { field: string }) => d.field)).toEqual(['inspectedOn']);
      await t.http.get(`/api/v1/facilities/${facilityA}/inspections`).set(auth(admin)).expect(200, []);
      await t.http.post(`/api/v1/facilities/${facilityA}/inspections`).set(auth(admin)).send({ year: 2024, passed: true, score: 86.5, inspectedOn: '2024-09-12' }).expect(201);
      const twice = await t.http.post(`/api/v1/facilities/${facilityA}/inspections`).set(auth(admin)).send({ year: 2024, passed: false, inspectedOn: '2024-10-01' }).expect(409);
      expect(twice.body.details[0].field).toBe('year');
      const { body } = await t.http.get(`/api/v1/facilities/${facilityA}/inspections`).set(auth(operatorA.token)).expect(200);
      expect(body).toEqual([{ id: expect.any(String), year: 2024, passed: true, score: 86.5, inspectedOn: '2024-09-12', notes: null }]);
      await t.http.post(`/api/v1/facilities/${facilityA}/inspections`).set(auth(operatorA.token)).send({ year: 2023, passed: true, inspectedOn: '2023-09-12' }).expect(403);
    });

    it('keeps staff with their certificates, employed over a period', async () => {
      const { body: caregiver } = await t.http
        .post(`/api/v1/facilities/${facilityA}/staff`)
        .set(auth(operatorA.token))
        .send({ name: '李护理', role: 'caregiver', hiredOn: '2023-03-01', certificates: [{ kind: 'caregiver_skill', level: 4, issuedOn: '2022-10-01' }, { kind: 'first_aid', issuedOn: '2023-05-01', validUntil: '2026-05-01' }] })
        .expect(201);
      expect(caregiver.certificates).toHaveLength(2);
      expect(caregiver.roleLabel.zh).toBe('养老护理员');
      await t.http.post(`/api/v1/staff/${caregiver.id}/leave`).set(auth(operatorA.token)).send({ on: '2025-08-01' }).expect(200);
      const july = await t.http.get(`/api/v1/facilities/${facilityA}/staff?date=2025-07-31`).set(auth(admin)).expect(200);
      expect(july.body.items.map((s: { name: string }) => s.name)).toEqual(['李护理']);
      const august = await t.http.get(`/api/v1/facilities/${facilityA}/staff?date=2025-08-01`).set(auth(admin)).expect(200);
      expect(august.body.total).toBe(0);
      await t.http.post(`/api/v1/staff/${caregiver.id}/leave`).set(auth(haishuOfficer.token)).send({ on: '2025-08-01' }).expect(404);
      const bad = await t.http.post(`/api/v1/facilities/${facilityA}/staff`).set(auth(admin)).send({ name: 'x', role: 'caregiver', hiredOn: '2023-01-01', certificates: [{ kind: 'x', issuedOn: 'x' }] }).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['certificates[0].issuedOn', 'certificates[0].kind']);
    });

    it('refuses a closing date before the opening date, then closes and ends the profile there — later versions too', async () => {
      const facility = await createFacility(t, admin, { openedOn: '2021-01-01' });
      await t.http.patch(`/api/v1/facilities/${facility}`).set(auth(admin)).send({ smart: true, effectiveFrom: '2025-09-01' }).expect(200);
      const early = await t.http.post(`/api/v1/facilities/${facility}/close`).set(auth(admin)).send({ on: '2020-12-31' }).expect(400);
      expect(early.body.details[0].field).toBe('on');
      await t.http.post(`/api/v1/facilities/${facility}/close`).set(auth(admin)).send({ on: '2025-07-01', reason: '合并' }).expect(200);
      const after = await t.http.get(`/api/v1/facilities/${facility}?date=2025-07-01`).set(auth(admin)).expect(200);
      expect(after.body).toMatchObject({ closedOn: '2025-07-01', closeReason: '合并', profile: null });
      await t.http.post(`/api/v1/facilities/${facility}/close`).set(auth(admin)).send({ on: '2025-08-01' }).expect(422);
      const history = await t.http.get(`/api/v1/facilities/${facility}/history`).set(auth(admin)).expect(200);
      expect(history.body.map((v: { validFrom: string; validTo: string | null }) => [v.validFrom, v.validTo])).toEqual([['2021-01-01', '2025-07-01']]);
    });

    it('keeps ratings, inspections and staff changes out of closed reporting periods', async () => {
      await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: '2025-06-30' }).expect(200);
      try {
        const rating = await t.http
          .post(`/api/v1/facilities/${facilityA}/star-ratings`)
          .set(auth(admin))
          .send({ ratedOn: '2025-01-01', scores: { environment: 100, facilities: 110, operations: 125, services: 500 } })
          .expect(409);
        expect(rating.body.details[0].field).toBe('ratedOn');
        await t.http.post(`/api/v1/facilities/${facilityA}/inspections`).set(auth(admin)).send({ year: 2025, passed: true, inspectedOn: '2025-03-01' }).expect(409);
        await t.http.post(`/api/v1/facilities/${facilityA}/staff`).set(auth(admin)).send({ name: '王', role: 'nurse', hiredOn: '2025-06-30' }).expect(409);
        await t.http.post(`/api/v1/facilities/${facilityA}/staff`).set(auth(admin)).send({ name: '王', role: 'nurse', hiredOn: '2025-07-01' }).expect(201);
      } finally {
        await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: null }).expect(200);
      }
    });
  });

  it('audits every write', async () => {
    const rows = await t.dataSource.query(
      `SELECT entity, action, count(*)::int AS n FROM audit_log WHERE entity LIKE 'facility%' OR entity = 'staff' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { entity: 'facility', action: 'create', n: expect.any(Number) },
        { entity: 'facility', action: 'close', n: 1 },
        { entity: 'facility_profile', action: 'update', n: expect.any(Number) },
        { entity: 'facility_star_rating', action: 'create', n: 1 },
        { entity: 'facility_inspection', action: 'create', n: 1 },
        { entity: 'staff', action: 'create', n: 2 },
        { entity: 'staff', action: 'update', n: 1 },
      ]),
    );
  });
});
