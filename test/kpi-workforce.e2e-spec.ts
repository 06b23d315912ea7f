import { Role } from '@yiyang/auth';
import {
  adminToken,
  assessSafetyRisks,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  HAISHU,
  importTestRegions,
  makeIdNumber,
  NINE_RISKS,
  YUBEI,
  YUBEI_OTHER_TOWNSHIP,
  YUBEI_TOWNSHIP,
  waitUntil,
  type TestApp,
} from '@yiyang/testing';

/**
 * Trainings and the social workers serving community elders in a hand-built 渝北区 (2025 older population 20,000,
 * registered), June 2025; every numerator and denominator is worked out in the comments.
 */
const COMMUNITY = '500112002001';
const TONGJING = '500112100000';
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const person = (birthDate: string, sequence: string) => makeIdNumber('500112', birthDate, sequence);

describe('training and community social-work indicators', () => {
  let t: TestApp;
  let admin: string;
  const june: Record<string, Record<string, unknown>> = {};
  const may: Record<string, Record<string, unknown>> = {};
  const township: Record<string, Record<string, unknown>> = {};

  const train = (input: Record<string, unknown>) =>
    t.http
      .post('/api/v1/trainings')
      .set(auth(admin))
      .send({ regionCode: YUBEI_TOWNSHIP, traineeName: '学员', hours: 8, ...input });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    await t.http.put(`/api/v1/regions/${YUBEI}/population/2025`).set(auth(admin)).send({ age60Plus: 20_000, basis: 'registered' }).expect(200);

    // A: an institution in 双龙湖街道 (institution beds); D: a community station in 双龙湖社区 (community beds).
    const a = await createFacility(t, admin, { name: '双龙湖敬老中心', regionCode: YUBEI_TOWNSHIP });
    const aBeds = (await t.http.post(`/api/v1/facilities/${a}/beds/bulk`).set(auth(admin)).send({ openedOn: '2020-01-01', beds: bedsLayout(4) }).expect(201)).body.items;
    const d = await createFacility(t, admin, { name: '双龙湖社区养老服务站', regionCode: COMMUNITY, kind: 'community_station', operation: 'social' });
    const dBeds = (
      await t.http
        .post(`/api/v1/facilities/${d}/beds/bulk`)
        .set(auth(admin))
        .send({ openedOn: '2020-01-01', beds: bedsLayout(2, { prefix: 'S' }).map((bed) => ({ ...bed, setting: 'community' })) })
        .expect(201)
    ).body.items;

    // Staff: a caregiver of A (trained below), a social worker of A (an institution's: not serving communities) and one of D (counts).
    const staff = async (facility: string, role: string, name: string) =>
      (await t.http.post(`/api/v1/facilities/${facility}/staff`).set(auth(admin)).send({ name, role, hiredOn: '2024-01-01' }).expect(201)).body.id as string;
    const caregiver = await staff(a, 'caregiver', '护理员甲');
    await staff(a, 'social_worker', '机构社工');
    await staff(d, 'social_worker', '站点社工');

    // Community social workers: W1 serving since 2024; W2 from January, left on 16 June (counted in May, not on 30 June);
    // W3 only from 1 July.
    const worker = (name: string, regionCode: string, startedOn: string) =>
      t.http.post('/api/v1/community-social-workers').set(auth(admin)).send({ name, regionCode, startedOn, organisation: '渝北区社工站' }).expect(201);
    await worker('社工一', YUBEI_TOWNSHIP, '2024-03-01');
    const w2 = await worker('社工二', YUBEI_OTHER_TOWNSHIP, '2025-01-02');
    await t.http.post(`/api/v1/community-social-workers/${w2.body.id}/end`).set(auth(admin)).send({ on: '2025-06-16' }).expect(200);
    await worker('社工三', TONGJING, '2025-07-01');

    // People aged 60+ in institution beds: R1 since March (counts on 30 June and 31 May); R2 discharged on 10 June
    // (counts on 31 May only); R3 in the community station's bed (a community bed: not an institution).
    const admit = async (bed: string, admittedOn: string) => {
      const resident = await createResident(t, admin);
      await assessSafetyRisks(t, admin, resident.id, admittedOn);
      const stay = await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: resident.id, bedId: bed, admittedOn, safetyRisks: NINE_RISKS }).expect(201);
      return stay.body.id as string;
    };
    await admit(aBeds[0].id, '2025-03-01');
    const r2 = await admit(aBeds[1].id, '2025-03-01');
    await t.http.post(`/api/v1/admissions/${r2}/discharge`).set(auth(admin)).send({ on: '2025-06-10', reason: 'home' }).expect(200);
    await admit(dBeds[0].id, '2025-03-01');

    // Trainings. Family caregivers, free: two in 双龙湖街道 and one in 双龙湖社区 in June; one paid in June and one in
    // May do not count for June.
    await train({ courseType: 'family_caregiver', idNumber: person('1970-01-01', '101'), trainedOn: '2025-06-03' }).expect(201);
    await train({ courseType: 'family_caregiver', idNumber: person('1970-01-01', '101'), trainedOn: '2025-06-17' }).expect(201);
    await train({ courseType: 'family_caregiver', idNumber: person('1971-01-01', '102'), trainedOn: '2025-06-17', regionCode: COMMUNITY }).expect(201);
    await train({ courseType: 'family_caregiver', idNumber: person('1972-01-01', '103'), trainedOn: '2025-06-18', free: false }).expect(201);
    await train({ courseType: 'family_caregiver', idNumber: person('1973-01-01', '104'), trainedOn: '2025-05-20' }).expect(201);
    // Caregivers: two in June (one of them A's caregiver), one on 1 July.
    await train({ courseType: 'caregiver', idNumber: person('1980-01-01', '201'), trainedOn: '2025-06-05', staffId: caregiver, hours: 16.5 }).expect(201);
    await train({ courseType: 'caregiver', idNumber: person('1981-01-01', '202'), trainedOn: '2025-06-30', regionCode: YUBEI_OTHER_TOWNSHIP }).expect(201);
    await train({ courseType: 'caregiver', idNumber: person('1981-01-01', '202'), trainedOn: '2025-07-01' }).expect(201);
    // Managers: M1 first trained in May, again in June (not a new manager in June); M2 twice in June, in two
    // townships (one person: counted once, where first trained); M3 once in June.
    await train({ courseType: 'manager', idNumber: person('1975-01-01', '301'), trainedOn: '2025-05-10' }).expect(201);
    await train({ courseType: 'manager', idNumber: person('1975-01-01', '301'), trainedOn: '2025-06-10' }).expect(201);
    await train({ courseType: 'manager', idNumber: person('1976-01-01', '302'), trainedOn: '2025-06-11', regionCode: YUBEI_OTHER_TOWNSHIP }).expect(201);
    await train({ courseType: 'manager', idNumber: person('1976-01-01', '302'), trainedOn: '2025-06-25' }).expect(201);
    await train({ courseType: 'manager', idNumber: person('1977-01-01', '303'), trainedOn: '2025-06-12' }).expect(201);

    const read = async (regionCode: string, month: string, into: Record<string, Record<string, unknown>>) => {
      const { body } = await t.http.get(`/api/v1/kpi?regionCode=${regionCode}&month=${month}`).set(auth(admin)).expect(200);
      for (const item of body.items as Record<string, unknown>[]) into[item.indicator as string] = item;
    };
    await read(YUBEI, '2025-06', june);
    await read(YUBEI, '2025-05', may);
    await read(YUBEI_TOWNSHIP, '2025-06', township);
  }, 120_000);

  afterAll(() => t?.close());

  const parts = (values: Record<string, Record<string, unknown>>, id: string) => {
    const item = values[id];
    return { numerator: item.numerator, denominator: item.denominator, value: item.value };
  };

  it('counts free family-caregiver trainings as person-times', () => {
    // June: two in 双龙湖街道 (the same person twice: person-times), one in 双龙湖社区; the paid one does not count.
    expect(parts(june, 'family_caregiver_training_person_times')).toEqual({ numerator: 3, denominator: null, value: 3 });
    expect(parts(may, 'family_caregiver_training_person_times')).toEqual({ numerator: 1, denominator: null, value: 1 });
  });

  it('counts caregiver trainings as person-times and managers once, at their first manager training', () => {
    // Caregivers in June: 5 and 30 June; 1 July is July's.
    expect(parts(june, 'caregiver_and_manager_training')).toEqual({ numerator: 2, denominator: null, value: 2 });
    // Managers in June: M2 (11 June, not again on 25 June) and M3; M1 was first trained in May.
    expect(parts(june, 'caregiver_and_manager_training.managers')).toEqual({ numerator: 2, denominator: null, value: 2 });
    expect(parts(may, 'caregiver_and_manager_training.managers')).toEqual({ numerator: 1, denominator: null, value: 1 });
    // 双龙湖街道 in June: M3 only (M2 counts in 回兴街道, where first trained; M1's second training counts nowhere).
    expect(parts(township, 'caregiver_and_manager_training.managers')).toEqual({ numerator: 1, denominator: null, value: 1 });
  });

  it('divides the older people living in the community by the social workers serving them', () => {
    // 30 June: 20,000 aged 60+ less R1 in an institution bed = 19,999; social workers W1 and D's staff social worker = 2.
    expect(parts(june, 'social_worker_to_community_older_ratio')).toEqual({ numerator: 19_999, denominator: 2, value: 9999.5 });
    expect(june.social_worker_to_community_older_ratio.populationBasis).toBe('registered');
    // 31 May: R1 and R2 in institutions (20,000 − 2); W1, W2 and D's social worker.
    expect(parts(may, 'social_worker_to_community_older_ratio')).toEqual({ numerator: 19_998, denominator: 3, value: 6666 });
    // A township without a population figure of its own (or below it) has no value.
    expect(parts(township, 'social_worker_to_community_older_ratio')).toEqual({ numerator: null, denominator: null, value: null });
  });

  it('rolls the month up into the same values, the ratio only where a population resolves, and reports them', async () => {
    const started = await t.http.post('/api/v1/rollups').set(auth(admin)).send({ month: '2025-06', regionCode: YUBEI }).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(admin))).body.status === 'complete', 'rollup complete', 30_000);
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    expect(body.source).toBe('snapshot');
    const stored = Object.fromEntries((body.items as Record<string, unknown>[]).map((item) => [item.indicator, item]));
    for (const id of ['family_caregiver_training_person_times', 'caregiver_and_manager_training', 'caregiver_and_manager_training.managers', 'social_worker_to_community_older_ratio']) {
      expect(parts(stored, id)).toEqual(parts(june, id));
    }
    expect(stored.social_worker_to_community_older_ratio.populationBasis).toBe('registered');
    // The county has a population; its three townships have none, so no stored value.
    const rows: { region_code: string }[] = await t.dataSource.query(
      `SELECT region_code FROM kpi_value WHERE month = '2025-06-01' AND indicator = 'social_worker_to_community_older_ratio' ORDER BY 1`,
    );
    expect(rows.map((row) => row.region_code)).toEqual([YUBEI]);
    const report = await t.http.get(`/api/v1/kpi/report.xlsx?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).buffer(true).expect(200);
    expect(report.headers['content-type']).toContain('spreadsheetml');
  });

  describe('the records', () => {
    it('returns the ID number masked and finds one trainee\'s trainings by it', async () => {
      const idNumber = person('1975-01-01', '301');
      const { body } = await t.http.get(`/api/v1/trainings?idNumber=${idNumber}`).set(auth(admin)).expect(200);
      expect(body.total).toBe(2);
      expect(body.items[0]).toMatchObject({ courseType: 'manager', trainedOn: '2025-06-10', idNumber: `500112********${idNumber.slice(-4)}` });
      expect(JSON.stringify(body)).not.toContain(idNumber);
      // The audit trail keeps no number (the service masks it, the trail redacts the field).
      const trail: { changes: unknown }[] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity = 'training_record'`);
      expect(trail.length).toBeGreaterThan(0);
      expect(JSON.stringify(trail)).not.toContain(idNumber);
      expect(JSON.stringify(trail)).not.toContain(idNumber.slice(0, 14));
      const caregivers = await t.http.get(`/api/v1/trainings?courseType=caregiver&from=2025-06-01&to=2025-06-30`).set(auth(admin)).expect(200);
      expect(caregivers.body.items.map((item: { hours: number }) => item.hours)).toEqual([8, 16.5]);
    });

    it('refuses a bad ID number, hours of zero, a county, and a region outside the caller\'s', async () => {
      const bad = await train({ courseType: 'caregiver', idNumber: '500112198001010000', trainedOn: '2025-06-05' }).expect(400);
      expect(JSON.stringify(bad.body)).toContain('idNumber');
      await train({ courseType: 'caregiver', idNumber: person('1980-01-01', '201'), trainedOn: '2025-06-05', hours: 0 }).expect(400);
      const county = await train({ courseType: 'caregiver', idNumber: person('1980-01-01', '201'), trainedOn: '2025-06-05', regionCode: YUBEI }).expect(400);
      expect(JSON.stringify(county.body)).toContain('regionCode');
      const haishu = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
      await t.http
        .post('/api/v1/trainings')
        .set(auth(haishu.token))
        .send({ courseType: 'caregiver', regionCode: YUBEI_TOWNSHIP, traineeName: '学员', idNumber: person('1980-01-01', '201'), trainedOn: '2025-06-05', hours: 8 })
        .expect(403);
      const seen = await t.http.get('/api/v1/trainings').set(auth(haishu.token)).expect(200);
      expect(seen.body.total).toBe(0);
    });

    it('imports an attendance list with Chinese headers, all or nothing', async () => {
      const upload = (rows: string[]) =>
        t.http
          .post('/api/v1/trainings/import')
          .set(auth(admin))
          .attach('file', Buffer.from(['培训类别,区划代码,姓名,身份证号,培训日期,学时,培训机构,是否免费', ...rows].join('\n')), { filename: '签到表.csv', contentType: 'text/csv' });
      const good = [`家庭照护者,${COMMUNITY},王芳,${person('1968-02-02', '401')},2025/8/7,4,街道社区学校,是`, `养老护理员,${TONGJING},李强,${person('1985-08-08', '402')},2025-08-08,16,,否`];
      const refused = await upload([...good, `家庭照护者,${YUBEI},赵敏,${person('1969-03-03', '403')},2025-08-09,4,,是`, `护工,${COMMUNITY},孙丽,${person('1969-03-03', '404')},2025-08-09,0,,是`, `家庭照护者,${COMMUNITY},周红,500112196903030000,2025-08-09,4,,是`]).expect(400);
      const problems = refused.body.details as { line: number; field: string }[];
      expect(problems.map((p) => `${p.line}:${p.field}`).sort()).toEqual(['4:region_code', '5:course_type', '5:hours', '6:id_number'].sort());
      expect(JSON.stringify(refused.body)).not.toContain('500112196903030000');
      const before = await t.http.get('/api/v1/trainings?from=2025-08-01').set(auth(admin)).expect(200);
      expect(before.body.total).toBe(0);
      const { body } = await upload(good).expect(201);
      expect(body).toEqual({ rows: 2, inserted: 2 });
      const after = await t.http.get('/api/v1/trainings?from=2025-08-01').set(auth(admin)).expect(200);
      expect(after.body.items.map((item: { courseType: string; traineeName: string; free: boolean }) => [item.courseType, item.traineeName, item.free])).toEqual([
        ['caregiver', '李强', false],
        ['family_caregiver', '王芳', true],
      ]);
      const template = await t.http.get('/api/v1/trainings/import-template.csv').set(auth(admin)).expect(200);
      expect(template.text).toContain('course_type,region_code,trainee_name,id_number,trained_on,hours,provider,free');
    });

    it('ends a community social worker\'s service once, after it started', async () => {
      const { body } = await t.http
        .post('/api/v1/community-social-workers')
        .set(auth(admin))
        .send({ name: '社工四', regionCode: COMMUNITY, startedOn: '2025-02-01' })
        .expect(201);
      await t.http.post(`/api/v1/community-social-workers/${body.id}/end`).set(auth(admin)).send({ on: '2025-02-01' }).expect(400);
      const ended = await t.http.post(`/api/v1/community-social-workers/${body.id}/end`).set(auth(admin)).send({ on: '2025-08-01' }).expect(200);
      expect(ended.body).toMatchObject({ endedOn: '2025-08-01', regionName: '双龙湖社区' });
      await t.http.post(`/api/v1/community-social-workers/${body.id}/end`).set(auth(admin)).send({ on: '2025-09-01' }).expect(422);
      const serving = await t.http.get('/api/v1/community-social-workers?activeOn=2025-06-30').set(auth(admin)).expect(200);
      expect(serving.body.items.map((item: { name: string }) => item.name)).toEqual(['社工一', '社工四']);
    });
  });
});
