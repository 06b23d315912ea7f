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

describe('medical institutions, agreements and consortia', () => {
  let t: TestApp;
  let admin: string;
  let yubeiOfficer: CreatedUser;
  let haishuOfficer: CreatedUser;
  let operatorA: CreatedUser;
  let operatorB: CreatedUser;
  let facilityA: string;
  let facilityB: string;
  let hospitalA: string;
  let hospitalB: string;

  const auth = (user: CreatedUser | string) => ({ Authorization: `Bearer ${typeof user === 'string' ? user : user.token}` });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    yubeiOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    haishuOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
    facilityA = await createFacility(t, admin, { name: '渝北区社会福利院', regionCode: YUBEI_TOWNSHIP, openedOn: '2019-03-01' });
    facilityB = await createFacility(t, admin, { name: '海曙区颐乐园', regionCode: HAISHU_TOWNSHIP });
    operatorA = await createUser(t, { role: Role.Operator, facilityIds: [facilityA] });
    operatorB = await createUser(t, { role: Role.Operator, facilityIds: [facilityB] });
    hospitalB = (
      await t.http.post('/api/v1/medical-institutions').set(auth(haishuOfficer)).send({ name: '海曙区人民医院', kind: 'general_hospital', level: 'tertiary', regionCode: HAISHU_TOWNSHIP }).expect(201)
    ).body.id;
  });
  afterAll(() => t?.close());

  it('lets officials register institutions in their region only, in a township or below, once per name and region', async () => {
    const { body } = await t.http
      .post('/api/v1/medical-institutions')
      .set(auth(yubeiOfficer))
      .send({ name: '渝北区中医院', kind: 'tcm_hospital', level: 'secondary', regionCode: YUBEI_TOWNSHIP, openedOn: '2001-05-01' })
      .expect(201);
    hospitalA = body.id;
    expect(body).toMatchObject({ kind: 'tcm_hospital', kindLabel: { zh: '中医医院' }, level: 'secondary', levelLabel: { zh: '二级' }, regionName: '双龙湖街道', closedOn: null });
    await t.http.post('/api/v1/medical-institutions').set(auth(yubeiOfficer)).send({ name: '渝北区中医院', kind: 'tcm_hospital', regionCode: YUBEI_TOWNSHIP }).expect(409);
    await t.http.post('/api/v1/medical-institutions').set(auth(yubeiOfficer)).send({ name: '海曙诊所', kind: 'clinic', regionCode: HAISHU_TOWNSHIP }).expect(403);
    const county = await t.http.post('/api/v1/medical-institutions').set(auth(yubeiOfficer)).send({ name: '区级', kind: 'clinic', regionCode: YUBEI }).expect(400);
    expect(JSON.stringify(county.body)).toContain('regionCode');
    await t.http.post('/api/v1/medical-institutions').set(auth(yubeiOfficer)).send({ name: 'x', kind: 'hospital', regionCode: YUBEI_TOWNSHIP }).expect(400);
    await t.http.post('/api/v1/medical-institutions').set(auth(operatorA)).send({ name: 'x', kind: 'clinic', regionCode: YUBEI_TOWNSHIP }).expect(403);
  });

  it('shows institutions to officials of their region and operators of their county; others get 404', async () => {
    const list = (await t.http.get('/api/v1/medical-institutions?kind=tcm_hospital&q=中医').set(auth(yubeiOfficer)).expect(200)).body;
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([hospitalA]);
    const seenByOperator = (await t.http.get('/api/v1/medical-institutions').set(auth(operatorA)).expect(200)).body;
    expect(seenByOperator.items.map((item: { id: string }) => item.id)).toEqual([hospitalA]);
    await t.http.get(`/api/v1/medical-institutions/${hospitalA}`).set(auth(operatorA)).expect(200);
    await t.http.get(`/api/v1/medical-institutions/${hospitalA}`).set(auth(operatorB)).expect(404);
    await t.http.get(`/api/v1/medical-institutions/${hospitalA}`).set(auth(haishuOfficer)).expect(404);
    await t.http.patch(`/api/v1/medical-institutions/${hospitalA}`).set(auth(haishuOfficer)).send({ level: 'tertiary' }).expect(404);
    await t.http.patch(`/api/v1/medical-institutions/${hospitalA}`).set(auth(operatorA)).send({ level: 'tertiary' }).expect(403);
    const changed = await t.http.patch(`/api/v1/medical-institutions/${hospitalA}`).set(auth(yubeiOfficer)).send({ level: 'tertiary' }).expect(200);
    expect(changed.body.level).toBe('tertiary');
  });

  it('lets a facility record, end and renew its agreements, and keeps other tenants out', async () => {
    const path = `/api/v1/facilities/${facilityA}/medical-agreements`;
    const { body: agreement } = await t.http.post(path).set(auth(operatorA)).send({ medicalInstitutionId: hospitalA, signedOn: '2024-01-01', services: '巡诊' }).expect(201);
    expect(agreement).toMatchObject({ facilityId: facilityA, medicalInstitutionName: '渝北区中医院', validUntil: null, inForce: true });
    // Another tenant's institution is not within reach; another tenant's facility is not found.
    await t.http.post(path).set(auth(operatorA)).send({ medicalInstitutionId: hospitalB, signedOn: '2024-01-01' }).expect(400);
    await t.http.post(`/api/v1/facilities/${facilityB}/medical-agreements`).set(auth(operatorA)).send({ medicalInstitutionId: hospitalA, signedOn: '2024-01-01' }).expect(404);
    await t.http.post(path).set(auth(operatorA)).send({ medicalInstitutionId: hospitalA, signedOn: '2024-01-01' }).expect(409);
    await t.http.post(path).set(auth(operatorA)).send({ medicalInstitutionId: hospitalA, signedOn: '2024-02-01', validUntil: '2024-01-31' }).expect(400);
    await t.http.get(path).set(auth(operatorB)).expect(404);
    await t.http.post(`/api/v1/medical-agreements/${agreement.id}/term`).set(auth(operatorB)).send({ validUntil: '2024-12-31' }).expect(404);

    const ended = await t.http.post(`/api/v1/medical-agreements/${agreement.id}/term`).set(auth(operatorA)).send({ validUntil: '2024-12-31' }).expect(200);
    expect(ended.body).toMatchObject({ validUntil: '2024-12-31', inForce: false });
    await t.http.post(`/api/v1/medical-agreements/${agreement.id}/term`).set(auth(operatorA)).send({ validUntil: '2023-12-31' }).expect(400);
    const renewed = await t.http.post(`/api/v1/medical-agreements/${agreement.id}/term`).set(auth(operatorA)).send({ validUntil: null }).expect(200);
    expect(renewed.body).toMatchObject({ validUntil: null, inForce: true });
    const listed = (await t.http.get(`${path}?date=2023-06-01`).set(auth(yubeiOfficer)).expect(200)).body;
    expect(listed).toEqual([expect.objectContaining({ id: agreement.id, inForce: false })]);

    const audit: { action: string }[] = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'medical_agreement' AND entity_id = $1 ORDER BY id`, [agreement.id]);
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'update']);
  });

  it('keeps consortia with their members for officials, shows them to member operators, and dissolves them once', async () => {
    const body = { name: '渝北康养联合体', regionCode: YUBEI_TOWNSHIP, establishedOn: '2023-05-01', meetsFiveStandards: true, facilityIds: [facilityA], medicalInstitutionIds: [hospitalA] };
    await t.http.post('/api/v1/kangyang-consortia').set(auth(operatorA)).send(body).expect(403);
    await t.http.post('/api/v1/kangyang-consortia').set(auth(yubeiOfficer)).send({ ...body, facilityIds: [facilityB] }).expect(400);
    await t.http.post('/api/v1/kangyang-consortia').set(auth(yubeiOfficer)).send({ ...body, medicalInstitutionIds: [hospitalB] }).expect(400);
    const { body: consortium } = await t.http.post('/api/v1/kangyang-consortia').set(auth(yubeiOfficer)).send(body).expect(201);
    expect(consortium.members).toEqual(
      expect.arrayContaining([
        { kind: 'facility', id: facilityA, name: '渝北区社会福利院' },
        { kind: 'medical_institution', id: hospitalA, name: '渝北区中医院' },
      ]),
    );
    await t.http.get(`/api/v1/kangyang-consortia/${consortium.id}`).set(auth(operatorA)).expect(200);
    await t.http.get(`/api/v1/kangyang-consortia/${consortium.id}`).set(auth(operatorB)).expect(404);
    await t.http.get(`/api/v1/kangyang-consortia/${consortium.id}`).set(auth(haishuOfficer)).expect(404);
    expect((await t.http.get('/api/v1/kangyang-consortia').set(auth(haishuOfficer)).expect(200)).body.total).toBe(0);
    await t.http.post(`/api/v1/kangyang-consortia/${consortium.id}/dissolve`).set(auth(haishuOfficer)).send({ on: '2025-01-01' }).expect(404);

    const changed = await t.http.patch(`/api/v1/kangyang-consortia/${consortium.id}`).set(auth(yubeiOfficer)).send({ meetsFiveStandards: false, facilityIds: [] }).expect(200);
    expect(changed.body).toMatchObject({ meetsFiveStandards: false, members: [{ kind: 'medical_institution', id: hospitalA, name: '渝北区中医院' }] });
    await t.http.post(`/api/v1/kangyang-consortia/${consortium.id}/dissolve`).set(auth(yubeiOfficer)).send({ on: '2023-05-01' }).expect(400);
    const dissolved = await t.http.post(`/api/v1/kangyang-consortia/${consortium.id}/dissolve`).set(auth(yubeiOfficer)).send({ on: '2025-01-01' }).expect(200);
    expect(dissolved.body.dissolvedOn).toBe('2025-01-01');
    await t.http.post(`/api/v1/kangyang-consortia/${consortium.id}/dissolve`).set(auth(yubeiOfficer)).send({ on: '2025-02-01' }).expect(422);
    const audit: { action: string }[] = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'kangyang_consortium' AND entity_id = $1 ORDER BY id`, [consortium.id]);
    expect(audit.map((entry) => entry.action)).toEqual(['create', 'update', 'dissolve']);
  });

  it('imports a list of institutions all or nothing, reading Chinese kinds and levels, skipping those already registered', async () => {
    const upload = (user: CreatedUser, lines: string[]) =>
      t.http.post('/api/v1/medical-institutions/import').set(auth(user)).attach('file', Buffer.from(lines.join('\n')), { filename: 'institutions.csv', contentType: 'text/csv' });
    const header = '名称,类别,等级,区划代码,开业日期';
    const bad = await upload(yubeiOfficer, [header, `回兴卫生院,卫生院,一级,500112004000,2003/5/1`, `海曙诊所,诊所,,${HAISHU_TOWNSHIP},`, `错类,医院,,${YUBEI_TOWNSHIP},`, `区级,诊所,,${YUBEI},`]).expect(400);
    expect(bad.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'region_code' }),
        expect.objectContaining({ line: 4, field: 'kind' }),
        expect.objectContaining({ line: 5, field: 'region_code' }),
      ]),
    );
    expect((await t.http.get('/api/v1/medical-institutions?q=回兴').set(auth(yubeiOfficer)).expect(200)).body.total).toBe(0);

    const good = [header, '回兴卫生院,卫生院,一级,500112004000,2003/5/1', '渝北区中医院,中医医院,三级甲等,500112002000,', '双龙湖社区卫生服务站,社区卫生服务站,,500112002001,'];
    expect((await upload(yubeiOfficer, good).expect(201)).body).toEqual({ rows: 3, inserted: 2 });
    const { body } = await t.http.get('/api/v1/medical-institutions?q=回兴').set(auth(yubeiOfficer)).expect(200);
    expect(body.items).toEqual([expect.objectContaining({ kind: 'township_health_centre', level: 'primary', openedOn: '2003-05-01', regionCode: '500112004000' })]);
    await upload(operatorA, good).expect(403);
  });

  it('closes an institution once, after it opened', async () => {
    await t.http.post(`/api/v1/medical-institutions/${hospitalA}/close`).set(auth(yubeiOfficer)).send({ on: '2000-01-01' }).expect(400);
    const { body } = await t.http.post(`/api/v1/medical-institutions/${hospitalA}/close`).set(auth(yubeiOfficer)).send({ on: '2026-01-01' }).expect(200);
    expect(body.closedOn).toBe('2026-01-01');
    await t.http.post(`/api/v1/medical-institutions/${hospitalA}/close`).set(auth(yubeiOfficer)).send({ on: '2026-02-01' }).expect(422);
  });
});
