import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Role } from '@yiyang/auth';
import { createRootLogger } from '@yiyang/core';
import { WorkerModule } from '../apps/worker/src/worker.module';
import {
  adminToken,
  createFacility,
  createTestRedis,
  describeWithRedis,
  createTestApp,
  createUser,
  HAISHU_TOWNSHIP,
  importTestRegions,
  minimalXlsx,
  TEST_IMPORT_JOB_THRESHOLD_ROWS,
  waitUntil,
  YUBEI_TOWNSHIP,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';

describe('bed import', () => {
  let t: TestApp;
  let admin: string;
  let facilityA: string;
  let facilityB: string;
  let operatorA: CreatedUser;
  let operatorB: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp({ env: { IMPORT_JOB_THRESHOLD_ROWS: String(TEST_IMPORT_JOB_THRESHOLD_ROWS) } });
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    facilityA = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP, openedOn: '2020-01-01' });
    facilityB = await createFacility(t, admin, { regionCode: HAISHU_TOWNSHIP, openedOn: '2020-01-01' });
    operatorA = await createUser(t, { role: Role.Operator, facilityIds: [facilityA] });
    operatorB = await createUser(t, { role: Role.Operator, facilityIds: [facilityB] });
  });
  afterAll(() => t?.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const upload = (content: string | Buffer, filename: string, token = operatorA.token, facility = facilityA) =>
    t.http.post(`/api/v1/facilities/${facility}/beds/import`).set(auth(token)).attach('file', Buffer.from(content), { filename });
  const bedCount = async (facility = facilityA) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM bed WHERE facility_id = $1`, [facility]))[0].n as number;
  const csv = (rows: string[][]) => ['code,room,care_type,opened_on,floor,dementia_care', ...rows.map((row) => row.join(','))].join('\n');

  it('offers a template that imports as it is: the beds, their rooms and classification', async () => {
    const template = await t.http.get(`/api/v1/facilities/${facilityA}/beds/import-template.csv`).set(auth(operatorA.token)).expect(200);
    expect(template.headers['content-type']).toContain('text/csv');
    expect(template.headers['content-disposition']).toContain('attachment');
    const text = template.text;
    expect(text.split('\r\n')[0]).toBe('\uFEFFcode,room,care_type,opened_on,floor,dementia_care,origin,commissioned_on');
    await t.http.get(`/api/v1/facilities/${facilityB}/beds/import-template.csv`).set(auth(operatorA.token)).expect(404);

    const { body } = await upload(text, 'beds-template.csv').expect(201);
    expect(body).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0, roomsCreated: 1 });
    const list = await t.http.get(`/api/v1/facilities/${facilityA}/beds?date=2025-01-01`).set(auth(operatorA.token)).expect(200);
    expect(list.body.items.map((b: { code: string; room: string; floor: number; careType: boolean; dementiaCare: boolean; status: string }) => [b.code, b.room, b.floor, b.careType, b.dementiaCare, b.status])).toEqual([
      ['3-301-1', '301', 3, true, true, 'vacant'],
      ['3-301-2', '301', 3, false, false, 'vacant'],
    ]);
    // The template's first bed is 新建: commissioned on its opening day; the second is 原有 (existing).
    expect(list.body.items.map((b: { origin: string; commissionings: unknown[] }) => [b.origin, b.commissionings])).toEqual([
      ['new_build', [{ origin: 'new_build', commissionedOn: '2025-01-01', notes: null }]],
      ['existing', []],
    ]);
    const [audit] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity = 'bed' AND action = 'import' ORDER BY id DESC LIMIT 1`);
    expect(audit.changes.after).toMatchObject({ facilityId: facilityA, beds: 2, file: 'beds-template.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('writes nothing from a CSV with bad rows, and lists each by line, column and reason in Chinese and English', async () => {
    const before = await bedCount();
    const { body } = await upload(
      csv([
        ['4-401-1', '401', '是', '2025-03-01', '4', ''],
        ['4-401-2', '401', '也许', '2025-02-30', 'four', ''],
        ['4-401-1', '401', '否', '2025-03-01', '4', '否'],
        ['3-301-1', '301', 'yes', '2025-03-01', '3', 'no'],
        ['4-402-1', '402', '否', '2025/03/01', '4', '是'],
        ['4-402-2', '', 'no', '2019-12-31', '', ''],
      ]),
      'beds.csv',
    ).expect(400);
    expect(body.details.map((d: { line: number; field: string }) => [d.line, d.field])).toEqual([
      [3, 'care_type'],
      [3, 'opened_on'],
      [3, 'floor'],
      [4, 'code'],
      [5, 'code'],
      [6, 'dementia_care'],
      [7, 'room'],
    ]);
    expect(body.details[0].message).toBe('护理型须为 是/否 · care_type must be 是/否 (yes/no)');
    expect(body.details[3].message).toContain('first on line 2');
    expect(body.details[4].message).toBe('床位编码在本机构已存在 · this bed code is already used in the facility');
    expect(body.details[5].message).toBe('认知障碍照护床位须为护理型 · a dementia-care bed is also a care-type bed');
    expect(body.message).toContain('7 problem(s)');
    expect(await bedCount()).toBe(before);
  });

  it('reads an XLSX alike: bad rows refuse the file, good ones go in together', async () => {
    const before = await bedCount();
    const header = ['code', 'room', 'care_type', 'opened_on', 'floor', 'dementia_care'];
    const bad = await upload(minimalXlsx([header, ['5-501-1', '501', '是', '2025-04-01', '5', '否'], ['5-501-2', '501', '', '2025-04-01', '5', '']]), 'beds.xlsx').expect(400);
    expect(bad.body.details).toEqual([{ line: 3, field: 'care_type', message: '护理型须为 是/否 · care_type must be 是/否 (yes/no)' }]);
    expect(await bedCount()).toBe(before);
    const { body } = await upload(minimalXlsx([header, ['5-501-1', '501', '是', '2025-04-01', '5', '否'], ['5-501-2', '501', 'N', '2025-04-01', '5', '']]), 'beds.xlsx').expect(201);
    expect(body).toMatchObject({ rows: 2, inserted: 2, roomsCreated: 1 });
    expect(await bedCount()).toBe(before + 2);
  });

  it('refuses a file without the required columns, and another facility\'s beds (404)', async () => {
    const missing = await upload('code,room\n1,101\n', 'beds.csv').expect(400);
    expect(missing.body.details[0].messages[0]).toContain('care_type');
    await upload(csv([['9-901-1', '901', '是', '2025-01-01', '9', '']]), 'beds.csv', operatorB.token, facilityA).expect(404);
    expect(await bedCount()).toBe(4);
  });

  it('imports a long file as a job, reported by GET /imports/:id; a bad row fails it and writes nothing', async () => {
    const rows = (prefix: string) =>
      Array.from({ length: TEST_IMPORT_JOB_THRESHOLD_ROWS + 1 }, (_, n) => [`${prefix}-${n}`, `${prefix}${Math.floor(n / 4)}`, n % 2 ? '是' : '否', '2025-05-01', '6', '']);
    const status = async (id: string) => {
      let body: Record<string, unknown> = {};
      await waitUntil(async () => {
        body = (await t.http.get(`/api/v1/imports/${id}`).set(auth(operatorA.token)).expect(200)).body;
        return body.status === 'completed' || body.status === 'failed';
      }, `import ${id} finished`, 30_000);
      return body;
    };
    const accepted = await upload(csv(rows('J')), 'many-beds.csv').expect(202);
    expect(accepted.body).toMatchObject({ kind: 'beds', status: 'queued' });
    expect(await status(accepted.body.id)).toMatchObject({ status: 'completed', progress: 1, result: { rows: 41, inserted: 41, roomsCreated: 11 } });
    expect(await bedCount()).toBe(4 + 41);

    const broken = rows('K');
    broken[30][3] = 'soon';
    const refused = await upload(csv(broken), 'many-beds.csv').expect(202);
    expect(await status(refused.body.id)).toMatchObject({ status: 'failed', errorCount: 1, errors: [{ line: 32, field: 'opened_on' }] });
    expect(await bedCount()).toBe(4 + 41);
    // Nobody else's facility is queued for.
    await upload(csv(rows('L')), 'many-beds.csv', operatorB.token, facilityA).expect(404);
  });
});

describeWithRedis('bed import on BullMQ', () => {
  it('is run by the worker process\'s handler', async () => {
    const redis = await createTestRedis();
    const t = await createTestApp({ redis, env: { IMPORT_JOB_THRESHOLD_ROWS: String(TEST_IMPORT_JOB_THRESHOLD_ROWS) } });
    let worker: INestApplicationContext | undefined;
    try {
      worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ config: t.config, logger: createRootLogger('silent'), databaseUrl: t.database.url }), {
        logger: false,
      });
      const admin = await adminToken(t);
      await importTestRegions(t, admin);
      const facility = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP, openedOn: '2020-01-01' });
      const rows = Array.from({ length: TEST_IMPORT_JOB_THRESHOLD_ROWS + 1 }, (_, n) => `W-${n},W${n},否,2025-05-01,,`);
      const accepted = await t.http
        .post(`/api/v1/facilities/${facility}/beds/import`)
        .set({ Authorization: `Bearer ${admin}` })
        .attach('file', Buffer.from(['code,room,care_type,opened_on,floor,dementia_care', ...rows].join('\n')), { filename: 'beds.csv' })
        .expect(202);
      let status = '';
      await waitUntil(async () => {
        status = (await t.http.get(`/api/v1/imports/${accepted.body.id}`).set({ Authorization: `Bearer ${admin}` }).expect(200)).body.status;
        return status === 'completed' || status === 'failed';
      }, 'the worker finished the import', 30_000);
      expect(status).toBe('completed');
    } finally {
      await worker?.close();
      await t.close();
      await redis.cleanup();
    }
  });
});
