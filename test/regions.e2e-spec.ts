import { Role } from '@yiyang/auth';
import { adminToken, createTestApp, createUser, importTestRegions, REGIONS_CSV, YUBEI, type CreatedUser, type TestApp } from '@yiyang/testing';
import ExcelJS from 'exceljs';

describe('regions', () => {
  let t: TestApp;
  let admin: string;
  let yubeiOfficer: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    yubeiOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
  });
  afterAll(() => t?.close());

  const regionCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM region`))[0].n as number;
  const upload = (token: string, content: string | Buffer, filename = 'regions.csv') =>
    t.http.post('/api/v1/regions/import').set('Authorization', `Bearer ${token}`).attach('file', Buffer.from(content), { filename });

  describe('import', () => {
    it('imports a division list and reports what it did; importing it again changes nothing', async () => {
      const first = await upload(admin, REGIONS_CSV).expect(201);
      expect(first.body).toEqual({ rows: 12, inserted: 12, updated: 0, unchanged: 0 });
      const again = await upload(admin, REGIONS_CSV).expect(201);
      expect(again.body).toEqual({ rows: 12, inserted: 0, updated: 0, unchanged: 12 });
      const audit = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity = 'region' AND action = 'import' ORDER BY id`);
      expect(audit[0].changes.after).toMatchObject({ file: 'regions.csv', rows: 12, inserted: 12, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    });

    it('writes nothing when one row is bad, and lists every bad row with its line and reason', async () => {
      const before = await regionCount();
      const file = [
        'code,name,level,parent_code,kind',
        '500112005000,龙溪街道,township,500112000000,street',
        '500112006000,龙山街道,township,500100000000,street', // parent is a city, not a county
        '50011200700,龙塔街道,township,500112000000,street', // 11 digits
        '500112008000,,township,500112000000,street', // no name
        '500112009000,仙桃街道,township,500112000000,community', // a township is not a community
        '500112005000,龙溪街道,township,500112000000,street', // twice
        '500113001000,某街道,township,500113000000,street', // parent unknown
      ].join('\n');
      const { body } = await upload(admin, file).expect(400);
      expect(body.message).toMatch(/nothing was written/);
      expect(body.details.map((d: { line: number; field: string }) => [d.line, d.field])).toEqual([
        [3, 'parentCode'],
        [4, 'code'],
        [5, 'name'],
        [6, 'kind'],
        [7, 'code'],
        [8, 'parent_code'],
      ]);
      expect(body.details[0].message).toContain('500112000000');
      expect(await regionCount()).toBe(before);
    });

    it('reads XLSX as well as CSV', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('区划');
      sheet.addRow(['code', 'name', 'level', 'parent_code', 'kind']);
      sheet.addRow(['500112010000', '悦来街道', 'township', '500112000000', 'street']);
      sheet.addRow(['500112010001', '悦来社区', 'village', '500112010000', 'community']);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      const { body } = await upload(admin, buffer, 'regions.xlsx').expect(201);
      expect(body).toMatchObject({ rows: 2, inserted: 2 });
      const { body: children } = await t.http.get('/api/v1/regions?parentCode=500112010000').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(children.items).toEqual([
        expect.objectContaining({ code: '500112010001', name: '悦来社区', level: 'village', kind: 'community', kindLabel: { zh: '社区', en: 'Community' } }),
      ]);
    });

    it('refuses a file that is not a table, or lacks columns', async () => {
      const notTable = await upload(admin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]), 'x.xlsx').expect(400);
      expect(notTable.body.details[0].field).toBe('file');
      const missing = await upload(admin, 'code,name\n500112011000,x').expect(400);
      expect(missing.body.details[0].messages[0]).toContain('level');
      await t.http.post('/api/v1/regions/import').set('Authorization', `Bearer ${admin}`).expect(400);
    });

    it('lets an officer import within their subtree only', async () => {
      const file = ['code,name,level,parent_code,kind', '330203003000,月湖街道,township,330203000000,street'].join('\n');
      const { body } = await upload(yubeiOfficer.token, file).expect(400);
      expect(body.details).toEqual([{ line: 2, field: 'code', message: '330203003000 lies outside your region' }]);
    });
  });

  describe('single regions', () => {
    const post = (token: string, body: object) => t.http.post('/api/v1/regions').set('Authorization', `Bearer ${token}`).send(body);

    it('refuses a code that is not 12 digits, a township whose parent is not a county, and an unknown level', async () => {
      const short = await post(admin, { code: '50011201200', name: 'x', level: 'township', parentCode: YUBEI, kind: 'street' }).expect(400);
      expect(short.body.details.map((d: { field: string }) => d.field)).toEqual(['code']);
      const wrongParent = await post(admin, { code: '500112012000', name: 'x', level: 'township', parentCode: '500100000000', kind: 'street' }).expect(400);
      expect(wrongParent.body.details).toEqual([{ field: 'parentCode', messages: [expect.stringContaining('extends its parent')] }]);
      const level = await post(admin, { code: '500112012000', name: 'x', level: 'district', parentCode: YUBEI }).expect(400);
      expect(level.body.details[0].field).toBe('level');
    });

    it('adds a township under an existing county, and refuses it twice with 409', async () => {
      await post(yubeiOfficer.token, { code: '500112012000', name: '礼嘉街道', level: 'township', parentCode: YUBEI, kind: 'street' }).expect(201);
      const { body } = await post(admin, { code: '500112012000', name: '礼嘉街道', level: 'township', parentCode: YUBEI, kind: 'street' }).expect(409);
      expect(body.details).toEqual([{ field: 'code', messages: ['a region with this code already exists'] }]);
    });

    it('keeps an officer from adding outside their subtree', async () => {
      await post(yubeiOfficer.token, { code: '330203004000', name: 'x', level: 'township', parentCode: '330203000000', kind: 'street' }).expect(403);
    });

    it('lists a subtree and finds by name', async () => {
      const { body } = await t.http.get(`/api/v1/regions?within=${YUBEI}&level=township&limit=100`).set('Authorization', `Bearer ${yubeiOfficer.token}`).expect(200);
      expect(body.items.length).toBeGreaterThanOrEqual(4);
      expect(body.items.every((r: { code: string; level: string }) => r.code.startsWith('500112') && r.level === 'township')).toBe(true);
      const named = await t.http.get('/api/v1/regions?q=%E5%9B%9E%E5%85%B4').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(named.body.items.map((r: { name: string }) => r.name)).toEqual(['回兴街道']);
    });
  });

  describe('older population', () => {
    const put = (token: string, code: string, year: number, body: object) =>
      t.http.put(`/api/v1/regions/${code}/population/${year}`).set('Authorization', `Bearer ${token}`).send(body);

    it('keeps a county\'s figure and sums counties where the city has none', async () => {
      await importTestRegions(t, admin);
      await put(admin, YUBEI, 2020, { age60Plus: 208_200, age65Plus: 160_000, basis: 'registered', source: '渝北区十四五规划' }).expect(200);
      await put(admin, '330203000000', 2020, { age60Plus: 150_000, basis: 'registered' }).expect(200);
      const county = await t.http.get(`/api/v1/regions/${YUBEI}/population/2020?basis=registered`).set('Authorization', `Bearer ${admin}`).expect(200);
      expect(county.body).toMatchObject({ age60Plus: 208_200, age65Plus: 160_000, own: true, regionsCounted: 1 });
      const city = await t.http.get('/api/v1/regions/500100000000/population/2020?basis=registered').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(city.body).toMatchObject({ age60Plus: 208_200, own: false, regionsCounted: 1 });
      // Another basis is another figure.
      await t.http.get(`/api/v1/regions/${YUBEI}/population/2020?basis=resident`).set('Authorization', `Bearer ${admin}`).expect(404);
    });

    it('refuses age groups that do not nest, and years out of range', async () => {
      const { body } = await put(admin, YUBEI, 2021, { age60Plus: 100, age65Plus: 200, basis: 'resident' }).expect(400);
      expect(body.details[0].field).toBe('age65Plus');
      await put(admin, YUBEI, 1800, { age60Plus: 100, basis: 'resident' }).expect(400);
      await put(admin, YUBEI, 2021, { age60Plus: -1, basis: 'resident' }).expect(400);
    });

    it('imports a population table all or nothing', async () => {
      const good = ['code,age60_plus,age65_plus', `${YUBEI},359381,271000`, '330203000000,180000,'].join('\n');
      const upload2 = (content: string) =>
        t.http
          .post('/api/v1/regions/population/import?year=2020&basis=resident')
          .set('Authorization', `Bearer ${admin}`)
          .attach('file', Buffer.from(content), { filename: 'population.csv' });
      expect((await upload2(good).expect(201)).body).toEqual({ rows: 2, inserted: 2, updated: 0, unchanged: 0 });
      const bad = ['code,age60_plus,age65_plus', `${YUBEI},1,`, '999999000000,5,', '330203000000,ten,', `${YUBEI},99999999999,`].join('\n');
      const { body } = await upload2(bad).expect(400);
      expect(body.details.map((d: { line: number; field: string }) => [d.line, d.field])).toEqual([
        [3, 'code'],
        [4, 'age60_plus'],
        [5, 'age60_plus'],
      ]);
      const kept = await t.http.get(`/api/v1/regions/${YUBEI}/population/2020?basis=resident`).set('Authorization', `Bearer ${admin}`).expect(200);
      expect(kept.body.age60Plus).toBe(359_381);
    });

    it('lets an officer set figures in their subtree only', async () => {
      await put(yubeiOfficer.token, '330203000000', 2022, { age60Plus: 1, basis: 'resident' }).expect(403);
      await put(yubeiOfficer.token, YUBEI, 2022, { age60Plus: 210_000, basis: 'registered' }).expect(200);
    });
  });
});
