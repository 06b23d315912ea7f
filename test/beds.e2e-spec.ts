import { Role } from '@yiyang/auth';
import {
  adminToken,
  bedsLayout,
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

describe('beds', () => {
  let t: TestApp;
  let admin: string;
  let facilityA: string;
  let facilityB: string;
  let operatorA: CreatedUser;
  let yubeiOfficer: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://yiyang.example.gov.cn/' } });
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    facilityA = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP, openedOn: '2020-01-01' });
    facilityB = await createFacility(t, admin, { regionCode: HAISHU_TOWNSHIP, openedOn: '2020-01-01' });
    operatorA = await createUser(t, { role: Role.Operator, facilityIds: [facilityA] });
    yubeiOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
  });
  afterAll(() => t?.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const bulk = (token: string, facility: string, body: object) => t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(auth(token)).send(body);
  const bedCount = async (facility: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM bed WHERE facility_id = $1`, [facility]))[0].n;

  describe('creation', () => {
    it('creates a floor plan of beds in one call, and the bed board totals equal what was created', async () => {
      const beds = bedsLayout(40, { perRoom: 2, careType: 12 });
      beds[0] = { ...beds[0], dementiaCare: true } as (typeof beds)[number];
      const { body } = await bulk(operatorA.token, facilityA, { openedOn: '2024-01-01', beds }).expect(201);
      expect(body).toMatchObject({ created: 40, roomsCreated: 20 });
      expect(body.items).toHaveLength(40);
      const board = await t.http.get(`/api/v1/facilities/${facilityA}/bed-board?date=2024-01-01`).set(auth(operatorA.token)).expect(200);
      expect(board.body.totals).toEqual({
        listed: 40, open: 40, careType: 12, general: 28, dementiaCare: 1, vacant: 40, occupied: 0, reserved: 0, outOfService: 0, closed: 0,
      });
      expect(board.body.floors.map((f: { floor: number; rooms: unknown[] }) => [f.floor, f.rooms.length])).toEqual([
        [1, 10],
        [2, 10],
      ]);
      const firstRoom = board.body.floors[0].rooms[0];
      expect(firstRoom).toMatchObject({ name: '101', beds: [{ code: '1-101-1', status: 'vacant', careType: true, dementiaCare: true, occupant: null }, { code: '1-101-2' }] });
    });

    it('writes none of the beds when one is bad, and names it', async () => {
      const before = await bedCount(facilityA);
      const beds = bedsLayout(5, { prefix: 'X' });
      beds[3] = { ...beds[3], careType: false, dementiaCare: true } as (typeof beds)[number];
      const { body } = await bulk(admin, facilityA, { openedOn: '2024-01-01', beds: [...beds, { ...beds[0] }] }).expect(400);
      expect(body.details.map((d: { field: string }) => d.field)).toEqual(['beds[3].dementiaCare', 'beds[5].code']);
      expect(await bedCount(facilityA)).toBe(before);
    });

    it('refuses a bed code used twice in one facility with 409, but allows it in another facility', async () => {
      const { body } = await t.http
        .post(`/api/v1/facilities/${facilityA}/beds`)
        .set(auth(admin))
        .send({ code: '1-101-1', room: '101', careType: false, openedOn: '2024-02-01' })
        .expect(409);
      expect(body.details).toEqual([{ field: 'code', messages: ['this bed code is already used in the facility'] }]);
      await t.http.post(`/api/v1/facilities/${facilityB}/beds`).set(auth(admin)).send({ code: '1-101-1', room: '101', careType: false, openedOn: '2024-02-01' }).expect(201);
    });

    it('refuses an opening date before the facility opened and an unknown setting', async () => {
      const early = await t.http.post(`/api/v1/facilities/${facilityA}/beds`).set(auth(admin)).send({ code: 'E1', room: '901', careType: false, openedOn: '2019-12-31' }).expect(400);
      expect(early.body.details[0].field).toBe('openedOn');
      const setting = await t.http.post(`/api/v1/facilities/${facilityA}/beds`).set(auth(admin)).send({ code: 'E1', room: '901', careType: false, openedOn: '2024-01-01', setting: 'hotel' }).expect(400);
      expect(setting.body.details[0].field).toBe('setting');
    });

    it('keeps 家庭养老床位 apart: no room, a home region, listed under homeBeds', async () => {
      const noRegion = await t.http.post(`/api/v1/facilities/${facilityA}/beds`).set(auth(admin)).send({ code: 'H1', careType: true, setting: 'home', openedOn: '2024-03-01' }).expect(400);
      expect(noRegion.body.details[0].field).toBe('homeRegionCode');
      const { body } = await t.http
        .post(`/api/v1/facilities/${facilityA}/beds`)
        .set(auth(admin))
        .send({ code: 'H1', careType: true, setting: 'home', homeRegionCode: '500112002001', openedOn: '2024-03-01' })
        .expect(201);
      expect(body).toMatchObject({ setting: 'home', room: null, homeRegionCode: '500112002001' });
      const province = await t.http.post(`/api/v1/facilities/${facilityA}/beds`).set(auth(admin)).send({ code: 'H2', careType: true, setting: 'home', homeRegionCode: '330000000000', openedOn: '2024-03-01' }).expect(400);
      expect(province.body.details[0].messages[0]).toContain('township');
      const otherCounty = await t.http.post(`/api/v1/facilities/${facilityA}/beds`).set(auth(admin)).send({ code: 'H2', careType: true, setting: 'home', homeRegionCode: '330203001000', openedOn: '2024-03-01' }).expect(400);
      expect(otherCounty.body.details[0].messages[0]).toContain("facility's county");
      const board = await t.http.get(`/api/v1/facilities/${facilityA}/bed-board?date=2024-03-01`).set(auth(admin)).expect(200);
      expect(board.body.homeBeds.map((b: { code: string }) => b.code)).toEqual(['H1']);
    });
  });

  describe('effective dating', () => {
    it('reclassifies a bed in June and leaves May\'s counts unchanged', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '2-201-1'`, [facilityA]);
      const summary = async (date: string) =>
        (await t.http.get(`/api/v1/beds/summary?regionCode=${YUBEI}&date=${date}`).set(auth(yubeiOfficer.token)).expect(200)).body.rows.find(
          (r: { setting: string }) => r.setting === 'institution',
        );
      expect(await summary('2025-05-31')).toMatchObject({ facilityKind: 'institution', beds: 40, careTypeBeds: 12, facilities: 1 });
      const { body } = await t.http.patch(`/api/v1/beds/${id}`).set(auth(operatorA.token)).send({ careType: true, effectiveFrom: '2025-06-01' }).expect(200);
      expect(body).toMatchObject({ careType: true, asOf: '2025-06-01' });
      expect(await summary('2025-05-31')).toMatchObject({ beds: 40, careTypeBeds: 12 });
      expect(await summary('2025-06-01')).toMatchObject({ beds: 40, careTypeBeds: 13 });
      const may = await t.http.get(`/api/v1/beds/${id}?date=2025-05-31`).set(auth(operatorA.token)).expect(200);
      expect(may.body.careType).toBe(false);
      const history = await t.http.get(`/api/v1/beds/${id}/history`).set(auth(operatorA.token)).expect(200);
      expect(history.body.map((h: { validFrom: string; validTo: string | null; careType: boolean; changedBy: string }) => [h.validFrom, h.validTo, h.careType])).toEqual([
        ['2024-01-01', '2025-06-01', false],
        ['2025-06-01', null, true],
      ]);
      expect(history.body[1].changedBy).toBe(operatorA.id);
      const audit = await t.dataSource.query(`SELECT actor_id FROM audit_log WHERE entity = 'bed' AND action = 'reclassify' AND entity_id = $1`, [id]);
      expect(audit).toEqual([{ actor_id: operatorA.id }]);
    });

    it('keeps periods contiguous and apart when twenty reclassifications of one bed race', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '2-205-1'`, [facilityA]);
      const dates = Array.from({ length: 20 }, (_, n) => `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + Math.floor(n / 12) * 14).padStart(2, '0')}`);
      const responses = await Promise.all(
        dates.map((date, n) => t.http.patch(`/api/v1/beds/${id}`).set(auth(admin)).send({ careType: n % 2 === 0, effectiveFrom: date })),
      );
      expect(responses.map((r) => r.status)).toEqual(dates.map(() => 200));
      const periods: { validFrom: string; validTo: string | null }[] = (await t.http.get(`/api/v1/beds/${id}/history`).set(auth(admin)).expect(200)).body;
      expect(periods).toHaveLength(new Set(dates).size + 1);
      periods.slice(1).forEach((period, index) => expect(period.validFrom).toBe(periods[index].validTo));
      expect(periods[periods.length - 1].validTo).toBeNull();
    });

    it('refuses a dementia-care bed that is not care-type', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '2-202-1'`, [facilityA]);
      const { body } = await t.http.patch(`/api/v1/beds/${id}`).set(auth(admin)).send({ dementiaCare: true, effectiveFrom: '2025-06-01' }).expect(400);
      expect(body.details).toEqual([{ field: 'dementiaCare', messages: ['a dementia-care bed is also a care-type bed'] }]);
    });

    it('refuses an effective date in a closed reporting period with 409, and changes nothing', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '2-203-1'`, [facilityA]);
      await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: '2025-06-30' }).expect(200);
      try {
        const { body } = await t.http.patch(`/api/v1/beds/${id}`).set(auth(admin)).send({ careType: true, effectiveFrom: '2025-06-15' }).expect(409);
        expect(body.details[0]).toEqual({ field: 'effectiveFrom', messages: [expect.stringContaining('closed through 2025-06-30')] });
        await t.http.post(`/api/v1/beds/${id}/close`).set(auth(admin)).send({ on: '2025-06-30' }).expect(409);
        expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM bed_classification WHERE bed_id = $1`, [id])).toEqual([{ n: 1 }]);
      } finally {
        await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: null }).expect(200);
      }
    });

    it('closes a bed from a date: it counts before and not after; a closing date before opening is refused', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '2-210-2'`, [facilityA]);
      const early = await t.http.post(`/api/v1/beds/${id}/close`).set(auth(admin)).send({ on: '2023-12-31' }).expect(400);
      expect(early.body.details[0].field).toBe('on');
      await t.http.post(`/api/v1/beds/${id}/close`).set(auth(operatorA.token)).send({ on: '2025-09-01', reason: '改建' }).expect(200);
      const board = async (date: string) => (await t.http.get(`/api/v1/facilities/${facilityA}/bed-board?date=${date}`).set(auth(admin)).expect(200)).body.totals;
      expect(await board('2025-08-31')).toMatchObject({ open: 41, closed: 0 }); // 40 in rooms and the home bed
      expect(await board('2025-09-01')).toMatchObject({ open: 40, closed: 1 });
      await t.http.patch(`/api/v1/beds/${id}`).set(auth(admin)).send({ careType: true, effectiveFrom: '2025-10-01' }).expect(400);
    });

    it('ends out-of-service periods where the bed closes, and says a bed is not yet open before it opens', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '2-209-2'`, [facilityA]);
      await t.http.post(`/api/v1/beds/${id}/out-of-service`).set(auth(admin)).send({ from: '2025-08-01', reason: '维修' }).expect(200);
      await t.http.post(`/api/v1/beds/${id}/close`).set(auth(admin)).send({ on: '2025-09-01' }).expect(200);
      expect(await t.dataSource.query(`SELECT valid_from, valid_to FROM bed_out_of_service WHERE bed_id = $1`, [id])).toEqual([
        { valid_from: '2025-08-01', valid_to: '2025-09-01' },
      ]);
      await t.http.post(`/api/v1/beds/${id}/back-in-service`).set(auth(admin)).send({ on: '2025-12-01' }).expect(400);
      const before = await t.http.get(`/api/v1/beds/${id}?date=2023-12-31`).set(auth(admin)).expect(200);
      expect(before.body.status).toBe('not_yet_open');
    });

    it('shows a bed out of service for the period, and back after; a bed in service cannot be put back', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '1-105-1'`, [facilityA]);
      await t.http.post(`/api/v1/beds/${id}/out-of-service`).set(auth(operatorA.token)).send({ from: '2025-07-01', reason: '维修' }).expect(200);
      await t.http.post(`/api/v1/beds/${id}/out-of-service`).set(auth(operatorA.token)).send({ from: '2025-07-05', reason: '再次' }).expect(409);
      await t.http.post(`/api/v1/beds/${id}/back-in-service`).set(auth(operatorA.token)).send({ on: '2025-07-10' }).expect(200);
      const status = async (date: string) => (await t.http.get(`/api/v1/beds/${id}?date=${date}`).set(auth(admin)).expect(200)).body.status;
      expect([await status('2025-06-30'), await status('2025-07-01'), await status('2025-07-09'), await status('2025-07-10')]).toEqual([
        'vacant',
        'out_of_service',
        'out_of_service',
        'vacant',
      ]);
      await t.http.post(`/api/v1/beds/${id}/back-in-service`).set(auth(operatorA.token)).send({ on: '2025-07-20' }).expect(422);
    });

    it('undoes a bed taken out of service by mistake the same day: back in service from its first day, audited', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '1-105-2'`, [facilityA]);
      await t.http.post(`/api/v1/beds/${id}/out-of-service`).set(auth(operatorA.token)).send({ from: '2025-07-01', reason: '点错了' }).expect(200);
      await t.http.post(`/api/v1/beds/${id}/back-in-service`).set(auth(operatorA.token)).send({ on: '2025-07-01' }).expect(200);
      expect((await t.http.get(`/api/v1/beds/${id}?date=2025-07-01`).set(auth(admin)).expect(200)).body.status).toBe('vacant');
      expect(await t.dataSource.query(`SELECT 1 FROM bed_out_of_service WHERE bed_id = $1`, [id])).toEqual([]);
      const [entry] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE action = 'back_in_service' AND entity_id = $1`, [id]);
      expect(JSON.stringify(entry.changes)).toContain('点错了');
      await t.http.post(`/api/v1/beds/${id}/back-in-service`).set(auth(operatorA.token)).send({ on: '2025-07-01' }).expect(422);
    });
  });

  describe('cached bed board', () => {
    it('is current after every change, whoever writes it: the database bumps the board version', async () => {
      const board = async () => (await t.http.get(`/api/v1/facilities/${facilityA}/bed-board?date=2026-01-05`).set(auth(admin)).expect(200)).body;
      const first = await board();
      expect((await board()).boardVersion).toBe(first.boardVersion);
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 AND code = '2-204-1'`, [facilityA]);
      await t.http.patch(`/api/v1/beds/${id}`).set(auth(admin)).send({ careType: true, effectiveFrom: '2026-01-05' }).expect(200);
      const afterApi = await board();
      expect(afterApi.totals.careType).toBe(first.totals.careType + 1);
      expect(Number(afterApi.boardVersion)).toBeGreaterThan(Number(first.boardVersion));
      // A change that bypasses the API (a repair script, a future module) invalidates it too.
      await t.dataSource.query(`UPDATE bed_classification SET care_type = false WHERE bed_id = $1 AND valid_from = '2026-01-05'`, [id]);
      expect((await board()).totals.careType).toBe(first.totals.careType);
      await t.dataSource.query(`UPDATE room SET name = '201A' WHERE facility_id = $1 AND name = '201'`, [facilityA]);
      const renamed = await board();
      expect(renamed.floors[1].rooms.map((r: { name: string }) => r.name)).toContain('201A');
    });
  });

  describe('scope', () => {
    it('gives an operator 404 for another facility\'s beds, board and writes', async () => {
      const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 LIMIT 1`, [facilityB]);
      await t.http.get(`/api/v1/beds/${id}`).set(auth(operatorA.token)).expect(404);
      await t.http.get(`/api/v1/facilities/${facilityB}/bed-board`).set(auth(operatorA.token)).expect(404);
      await t.http.patch(`/api/v1/beds/${id}`).set(auth(operatorA.token)).send({ careType: true, effectiveFrom: '2025-06-01' }).expect(404);
      await t.http.get(`/api/v1/beds/${id}/qr.svg`).set(auth(operatorA.token)).expect(404);
      await bulk(operatorA.token, facilityB, { openedOn: '2024-01-01', beds: bedsLayout(1) }).expect(404);
    });

    it('limits an officer\'s summary to their district', async () => {
      const { body } = await t.http.get(`/api/v1/beds/summary?regionCode=${HAISHU}`).set(auth(yubeiOfficer.token)).expect(200);
      expect(body.rows).toEqual([]);
      const all = await t.http.get(`/api/v1/beds/summary?regionCode=${HAISHU}`).set(auth(admin)).expect(200);
      expect(all.body.rows).toEqual([expect.objectContaining({ beds: 1 })]);
    });
  });

  it('draws the bed\'s QR code as SVG, pointing at its page', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM bed WHERE facility_id = $1 LIMIT 1`, [facilityA]);
    const response = await t.http.get(`/api/v1/beds/${id}/qr.svg`).set(auth(operatorA.token)).expect(200);
    expect(response.headers['content-type']).toContain('image/svg+xml');
    const svg = response.text ?? response.body.toString();
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).toContain('<path');
  });
});
