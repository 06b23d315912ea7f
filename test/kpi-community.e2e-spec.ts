import { Role } from '@yiyang/auth';
import {
  adminToken,
  assessAtLevel,
  assessSafetyRisks,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  HAISHU_TOWNSHIP,
  importTestRegions,
  NINE_RISKS,
  YUBEI,
  type TestApp,
} from '@yiyang/testing';

/**
 * The records offices kept in spreadsheets and their indicators, in a hand-built 渝北区 for May and June 2025:
 * entrusted-care agreements of dispersed-support 特困 people, home modifications of hardship households, smart
 * terminals in communities. Every numerator and denominator is worked out in the comments.
 */
const COMMUNITY = '500112002001';
const COMMUNITY_2 = '500112002002';
const COMMUNITY_3 = '500112002003';
const VILLAGE = '500112100201';
const TOWN = '500112100000';
const EXTRA_REGIONS = [
  'code,name,level,parent_code,kind',
  `${COMMUNITY_2},龙湖社区,village,500112002000,community`,
  `${COMMUNITY_3},金港社区,village,500112002000,community`,
  `${VILLAGE},统景村,village,${TOWN},village`,
].join('\n');
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

type Item = { indicator: string; numerator: number | null; denominator: number | null; value: number | null };

describe('plan indicators of care agreements, home modifications and smart terminals', () => {
  let t: TestApp;
  let admin: string;
  const months: Record<string, Item[]> = {};

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    await t.http.post('/api/v1/regions/import').set(auth(admin)).attach('file', Buffer.from(EXTRA_REGIONS), { filename: 'regions.csv', contentType: 'text/csv' }).expect(201);

    // --- 特困 people (户籍 in 渝北), with their standing level and agreements ---
    const home = await createFacility(t, admin, { name: '统景特困供养中心', kind: 'tekun_home' });
    const beds = await t.http.post(`/api/v1/facilities/${home}/beds/bulk`).set(auth(admin)).send({ openedOn: '2020-01-01', beds: bedsLayout(2, { careType: 2 }) }).expect(201);
    const tekun = { categories: ['tekun'], tekunSupportMode: 'dispersed' };
    const person = async (level: number) => {
      const created = await createResident(t, admin, tekun);
      await assessAtLevel(t, admin, created.id, level, { assessedOn: '2025-01-10' });
      return created.id;
    };
    const agree = (residentId: string, signedOn: string, validUntil?: string) =>
      t.http
        .post(`/api/v1/residents/${residentId}/care-agreements`)
        .set(auth(admin))
        .send({ caregiverName: '李秀兰', caregiverPhone: '13800001234', caregiverRelation: '邻居', signedOn, validUntil })
        .expect(201);
    // A1: at home, 重度 (3), agreement since January, open-ended.
    const a1 = await person(3);
    await agree(a1, '2025-01-01');
    // A2: at home, 中度 (2), agreement until 15 June: in force on 31 May, expired on 30 June.
    const a2 = await person(2);
    await agree(a2, '2025-01-01', '2025-06-15');
    // A3: at home, 2, agreement ended through the API on 30 June, its last day: still in force on 30 June.
    const a3 = await person(2);
    const a3Agreement = (await agree(a3, '2025-02-01')).body;
    await t.http.post(`/api/v1/residents/${a3}/care-agreements/${a3Agreement.id}/end`).set(auth(admin)).send({ on: '2025-06-30', reason: '照料人外出务工' }).expect(200);
    // A4: 3, in centralised care since February: not supported at home, left out of both.
    const a4 = await person(3);
    await agree(a4, '2025-01-01');
    await assessSafetyRisks(t, admin, a4, '2025-01-20');
    await t.http
      .post('/api/v1/admissions')
      .set(auth(admin))
      .send({ residentId: a4, bedId: beds.body.items[0].id, admittedOn: '2025-02-01', funding: 'tekun_centralized', safetyRisks: NINE_RISKS })
      .expect(201);
    // A5: at home, 能力完好 (0), with an agreement: not 失能, left out.
    const a5 = await person(0);
    await agree(a5, '2025-01-01');
    // A6: at home, 3, agreement signed on 1 July: none in force in May or June.
    const a6 = await person(3);
    await agree(a6, '2025-07-01');

    // --- Home modifications ---
    const modify = (input: Record<string, unknown>) =>
      t.http
        .post('/api/v1/home-modifications')
        .set(auth(admin))
        .send({ regionCode: COMMUNITY, applicantName: '张桂芳', hardship: true, subsidised: true, ...input })
        .expect(201);
    // M1: applied 10 May, completed 5 June through the API.
    const m1 = (await modify({ appliedOn: '2025-05-10', subsidyYuan: 3000 })).body;
    await t.http.post(`/api/v1/home-modifications/${m1.id}/complete`).set(auth(admin)).send({ on: '2025-06-05' }).expect(200);
    // M2: a household of a town (乡镇 level), applied 1 June, completed 20 June.
    await modify({ regionCode: TOWN, appliedOn: '2025-06-01', completedOn: '2025-06-20' });
    // M3: applied December 2020, before the plans' period; completed February 2021.
    await modify({ appliedOn: '2020-12-01', completedOn: '2021-02-01' });
    // M4: not a hardship household, completed in June: not counted.
    await modify({ hardship: false, subsidised: false, appliedOn: '2025-06-02', completedOn: '2025-06-10' });
    // M5: applied 25 June, still open.  M6: applied 20 June, completed 3 July.  M7: applied and completed in 2024.
    await modify({ appliedOn: '2025-06-25' });
    await modify({ appliedOn: '2025-06-20', completedOn: '2025-07-03' });
    await modify({ regionCode: VILLAGE, appliedOn: '2024-03-01', completedOn: '2024-05-01' });

    // --- Smart terminals ---
    const install = (input: Record<string, unknown>) =>
      t.http
        .post('/api/v1/smart-terminals')
        .set(auth(admin))
        .send({ deviceKind: 'emergency_call', linked: true, installedOn: '2025-01-01', ...input })
        .expect(201);
    // T1: 双龙湖社区, linked since January.
    await install({ regionCode: COMMUNITY, deviceCode: 'SOS-0001' });
    // T2: 龙湖社区, linked, removed from 30 June (its first day gone): in place on 31 May, not on 30 June.
    const t2 = (await install({ regionCode: COMMUNITY_2, deviceCode: 'SOS-0002', installedOn: '2025-02-01' })).body;
    await t.http.post(`/api/v1/smart-terminals/${t2.id}/remove`).set(auth(admin)).send({ on: '2025-06-30' }).expect(200);
    // T3: 金港社区, never linked to the platform.  T5: 金港社区, linked, installed 1 July.
    await install({ regionCode: COMMUNITY_3, deviceCode: 'WATCH-0003', deviceKind: 'smart_watch', linked: false });
    await install({ regionCode: COMMUNITY_3, deviceCode: 'SOS-0005', installedOn: '2025-07-01' });
    // T4: 统景村, a village (村), not a community: in neither count.
    await install({ regionCode: VILLAGE, deviceCode: 'TV-0004', deviceKind: 'tv_box' });

    for (const month of ['2025-05', '2025-06', '2025-07']) {
      months[month] = (await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=${month}`).set(auth(admin)).expect(200)).body.items;
    }
  }, 180_000);

  afterAll(() => t?.close());

  const parts = (month: string, id: string) => {
    const item = months[month].find((entry) => entry.indicator === id);
    if (!item) throw new Error(`${id} is not in the answer`);
    return { numerator: item.numerator, denominator: item.denominator, value: item.value };
  };

  it('counts dispersed-support disabled 特困 people with an agreement in force at the month end', () => {
    // 31 May: supported at home and 失能 (level ≥ 2): A1, A2, A3, A6; agreements in force: A1, A2 (until 15 June), A3.
    expect(parts('2025-05', 'dispersed_incapacitated_tekun_care_agreement_rate')).toEqual({ numerator: 3, denominator: 4, value: 75 });
    // 30 June: A2's agreement expired mid-month; A3's ends that very day and still counts.
    expect(parts('2025-06', 'dispersed_incapacitated_tekun_care_agreement_rate')).toEqual({ numerator: 2, denominator: 4, value: 50 });
    // 31 July: A1 and A6 (signed 1 July).
    expect(parts('2025-07', 'dispersed_incapacitated_tekun_care_agreement_rate')).toEqual({ numerator: 2, denominator: 4, value: 50 });
  });

  it('counts hardship households whose modification was completed in the month, and the share of applications done', () => {
    // May: none completed. June: M1 (applied in May, completed 5 June) and M2; M4 is no hardship household. July: M6.
    expect(parts('2025-05', 'age_friendly_home_modifications')).toEqual({ numerator: 0, denominator: null, value: 0 });
    expect(parts('2025-06', 'age_friendly_home_modifications')).toEqual({ numerator: 2, denominator: null, value: 2 });
    expect(parts('2025-07', 'age_friendly_home_modifications')).toEqual({ numerator: 1, denominator: null, value: 1 });
    // 31 May: applied since 2021 — M1, M7; done — M7.
    expect(parts('2025-05', 'age_friendly_home_modifications.completion')).toEqual({ numerator: 1, denominator: 2, value: 50 });
    // 30 June: applied — M1, M2, M5, M6, M7 (M3 applied in 2020); done — M1, M2, M7.
    expect(parts('2025-06', 'age_friendly_home_modifications.completion')).toEqual({ numerator: 3, denominator: 5, value: 60 });
  });

  it('counts urban communities with a linked terminal in place at the month end', () => {
    // Three communities (the village is not one). 31 May: T1 and T2. 30 June: T1 only (T2 removed, T3 not linked, T5 later).
    expect(parts('2025-05', 'smart_elderly_terminal_community_coverage')).toEqual({ numerator: 2, denominator: 3, value: 66.6667 });
    expect(parts('2025-06', 'smart_elderly_terminal_community_coverage')).toEqual({ numerator: 1, denominator: 3, value: 33.3333 });
    expect(parts('2025-07', 'smart_elderly_terminal_community_coverage')).toEqual({ numerator: 2, denominator: 3, value: 66.6667 });
  });

  it('keeps the caregiver\'s phone encrypted, masked in answers and out of the audit log', async () => {
    const [someone] = await t.dataSource.query(`SELECT resident_id AS id FROM tekun_care_agreement LIMIT 1`);
    const { body } = await t.http.get(`/api/v1/residents/${someone.id}/care-agreements`).set(auth(admin)).expect(200);
    expect(body[0]).toMatchObject({ caregiverName: '李秀兰', caregiverPhone: '138****1234', caregiverRelation: '邻居' });
    const stored = await t.dataSource.query(`SELECT caregiver_phone_encrypted AS phone FROM tekun_care_agreement`);
    expect(stored.every((row: { phone: string }) => row.phone.startsWith('v1.') && !row.phone.includes('13800001234'))).toBe(true);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE changes::text LIKE '%13800001234%' OR (entity = 'tekun_care_agreement' AND changes::text LIKE '%1234%')`);
    expect(n).toBe(0);
  });

  it('refuses what the records may not hold', async () => {
    const plain = await createResident(t, admin);
    await t.http.post(`/api/v1/residents/${plain.id}/care-agreements`).set(auth(admin)).send({ caregiverName: '王', caregiverPhone: '13800001234', signedOn: '2025-01-01' }).expect(422);
    const tekunPerson = await createResident(t, admin, { categories: ['tekun'] });
    const backwards = await t.http
      .post(`/api/v1/residents/${tekunPerson.id}/care-agreements`)
      .set(auth(admin))
      .send({ caregiverName: '王', caregiverPhone: '13800001234', signedOn: '2025-03-01', validUntil: '2025-02-01' })
      .expect(400);
    expect(JSON.stringify(backwards.body)).toContain('validUntil');
    const late = await t.http
      .post('/api/v1/home-modifications')
      .set(auth(admin))
      .send({ regionCode: COMMUNITY, applicantName: '张', hardship: true, subsidised: false, appliedOn: '2025-03-01', completedOn: '2025-02-01' })
      .expect(400);
    expect(JSON.stringify(late.body)).toContain('completedOn');
    await t.http
      .post('/api/v1/smart-terminals')
      .set(auth(admin))
      .send({ regionCode: COMMUNITY, deviceCode: 'SOS-0001', deviceKind: 'sensor', installedOn: '2025-01-01', linked: true })
      .expect(409);
    await t.http
      .post('/api/v1/smart-terminals')
      .set(auth(admin))
      .send({ regionCode: TOWN, deviceCode: 'SOS-9999', deviceKind: 'sensor', installedOn: '2025-01-01', linked: true })
      .expect(400);
    const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    await t.http
      .post('/api/v1/home-modifications')
      .set(auth(officer.token))
      .send({ regionCode: HAISHU_TOWNSHIP, applicantName: '孙', hardship: true, subsidised: false, appliedOn: '2025-03-01' })
      .expect(403);
    const listed = await t.http.get('/api/v1/home-modifications?hardship=true&completed=false').set(auth(officer.token)).expect(200);
    expect(listed.body.total).toBe(1);
    const terminals = await t.http.get(`/api/v1/smart-terminals?regionCode=${COMMUNITY_3}`).set(auth(officer.token)).expect(200);
    expect(terminals.body.items.map((item: { deviceCode: string }) => item.deviceCode)).toEqual(['SOS-0005', 'WATCH-0003']);
  });

  it('imports the lists offices keep, all or nothing, with Chinese headers and words', async () => {
    const upload = (path: string, rows: string[]) =>
      t.http.post(path).set(auth(admin)).attach('file', Buffer.from(rows.join('\n')), { filename: 'list.csv', contentType: 'text/csv' });
    const modifications = await upload('/api/v1/home-modifications/import', [
      '区划代码,申请人,困难家庭,是否补贴,补贴金额,申请日期,完工日期',
      `${COMMUNITY_2},赵凤英,是,是,4500,2025/8/1,2025/9/10`,
      `${VILLAGE},钱德明,否,否,,2025-08-03,`,
    ]).expect(201);
    expect(modifications.body).toEqual({ rows: 2, inserted: 2 });
    const imported = await t.http.get(`/api/v1/home-modifications?regionCode=${COMMUNITY_2}`).set(auth(admin)).expect(200);
    expect(imported.body.items).toMatchObject([{ applicantName: '赵凤英', hardship: true, subsidyYuan: '4500.00', appliedOn: '2025-08-01', completedOn: '2025-09-10' }]);

    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM smart_terminal`);
    const refused = await upload('/api/v1/smart-terminals/import', [
      '村社区代码,终端类型,设备编号,安装日期,接入平台',
      `${COMMUNITY_2},智能手表,WATCH-1001,2025-08-01,是`,
      `${TOWN},传感器,SENSOR-1002,2025-08-01,是`,
      `${COMMUNITY},紧急呼叫器,SOS-0001,2025-08-01,是`,
      `${COMMUNITY},月球车,ROVER-1,2025-08-01,是`,
    ]).expect(400);
    expect(refused.body.details.map((d: { line: number; field: string }) => `${d.line} ${d.field}`)).toEqual(['3 region_code', '4 device_code', '5 device_kind']);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM smart_terminal`)).toEqual(before);
    const terminals = await upload('/api/v1/smart-terminals/import', [
      'region_code,device_kind,device_code,installed_on,linked',
      `${COMMUNITY_2},智能手表,WATCH-1001,2025-08-01,是`,
      `${COMMUNITY_3},kiosk,KIOSK-1003,2025-08-02,no`,
    ]).expect(201);
    expect(terminals.body).toEqual({ rows: 2, inserted: 2 });
  });
});
