import { Role } from '@yiyang/auth';
import {
  adminToken,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  HAISHU,
  importTestRegions,
  makeIdNumber,
  YUBEI,
  YUBEI_TOWNSHIP,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';

describe('older-person registry', () => {
  let t: TestApp;
  let admin: string;
  let officer: CreatedUser;
  let facility: string;
  let operator: CreatedUser;
  const idNumber = makeIdNumber('500112', '1948-05-20', '213'); // a man (odd 17th digit)

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    facility = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP });
    operator = await createUser(t, { role: Role.Operator, facilityIds: [facility] });
  });
  afterAll(() => t?.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const person = (overrides: object = {}) => ({
    name: '王建国',
    idNumber,
    sex: 'male',
    birthDate: '1948-05-20',
    hukouRegionCode: YUBEI_TOWNSHIP,
    residenceRegionCode: '500112002001',
    categories: ['tekun'],
    livingArrangement: 'alone',
    tekunSupportMode: 'dispersed',
    willingCentralized: true,
    phone: '13812345678',
    emergencyContacts: [{ name: '王芳', relation: '女儿', phone: '13987654321' }],
    ...overrides,
  });

  let residentId: string;

  it('registers a person and shows the ID number and phones masked', async () => {
    const { body } = await t.http.post('/api/v1/residents').set(auth(officer.token)).send(person()).expect(201);
    residentId = body.id;
    expect(body).toMatchObject({
      name: '王建国',
      idNumber: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
      sex: 'male',
      birthYear: 1948,
      age: expect.any(Number),
      veryOld: false,
      categories: ['tekun'],
      categoryLabels: [{ zh: '特困人员', en: 'Extremely poor (tekun)' }],
      livingArrangementLabel: { zh: '独居', en: 'Living alone' },
      phone: '138****5678',
      emergencyContacts: [{ name: '王芳', relation: '女儿', phone: '139****4321' }],
    });
  });

  it('never gives the number back in pieces: no full birth date beside the masked number', async () => {
    const { body } = await t.http.get(`/api/v1/residents/${residentId}`).set(auth(officer.token)).expect(200);
    expect(body.birthDate).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(idNumber.slice(6, 14));
    expect(JSON.stringify(body)).not.toContain('1948-05-20');
  });

  it('keeps a searched number out of the access log, however it is written', async () => {
    const spaced = `${idNumber.slice(0, 6)} ${idNumber.slice(6, 14)} ${idNumber.slice(14)}`;
    const found = await t.http.get(`/api/v1/residents?q=${encodeURIComponent(spaced)}`).set(auth(officer.token)).expect(200);
    expect(found.body.items.map((r: { id: string }) => r.id)).toEqual([residentId]);
    await t.http.get(`/api/v1/residents?q=${idNumber.slice(0, 6)}+${idNumber.slice(6)}`).set(auth(officer.token)).expect(200);
    const logs = t.logs.join('\n');
    expect(logs).not.toContain(idNumber.slice(6, 14));
    expect(logs).toContain('q=[redacted]');
  });

  it('stores no plaintext number: the row holds neither the ID number nor the phones', async () => {
    const [row] = await t.dataSource.query(`SELECT r::text AS everything, id_number_encrypted FROM resident r WHERE id = $1`, [residentId]);
    expect(row.id_number_encrypted).toMatch(/^v1\.test1\./);
    for (const secret of [idNumber, idNumber.slice(6, 14), '13812345678', '13987654321']) expect(row.everything).not.toContain(secret);
    const audit = await t.dataSource.query(`SELECT changes::text AS c FROM audit_log WHERE entity = 'resident'`);
    expect(JSON.stringify(audit)).not.toContain(idNumber);
    expect(JSON.stringify(audit)).not.toContain('13812345678');
    expect(t.logs.join('\n')).not.toContain(idNumber);
  });

  it('refuses the same person twice, however the number is written, and records that someone asked', async () => {
    const { body } = await t.http.post('/api/v1/residents').set(auth(admin)).send(person({ idNumber: ` ${idNumber.toLowerCase()} `, name: '王建国(重复)' })).expect(409);
    expect(body.details).toEqual([{ field: 'idNumber', messages: ['this person is already registered in Yiyang'] }]);
    const asked = await t.dataSource.query(`SELECT entity_id FROM audit_log WHERE action = 'duplicate_found'`);
    expect(asked).toEqual([{ entity_id: residentId }]);
  });

  it('refuses an invalid or mismatched ID number field by field, storing nothing', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM resident`);
    const checksum = await t.http.post('/api/v1/residents').set(auth(admin)).send(person({ idNumber: `${idNumber.slice(0, 17)}${idNumber[17] === '0' ? '1' : '0'}` })).expect(400);
    expect(checksum.body.details).toEqual([{ field: 'idNumber', messages: [expect.stringContaining('check digit')] }]);
    const other = makeIdNumber('500112', '1950-01-01', '124');
    const mismatch = await t.http.post('/api/v1/residents').set(auth(admin)).send(person({ idNumber: other })).expect(400);
    expect(mismatch.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['birthDate', 'sex']);
    const tooShort = await t.http.post('/api/v1/residents').set(auth(admin)).send(person({ idNumber: '5001121948052' })).expect(400);
    expect(tooShort.body.details[0].field).toBe('idNumber');
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM resident`))[0].n).toBe(n);
  });

  it('finds a person by the whole ID number (through the hash) or by name', async () => {
    const byNumber = await t.http.get(`/api/v1/residents?q=${idNumber}`).set(auth(officer.token)).expect(200);
    expect(byNumber.body.items.map((r: { id: string }) => r.id)).toEqual([residentId]);
    const byName = await t.http.get(`/api/v1/residents?q=${encodeURIComponent('建国')}`).set(auth(officer.token)).expect(200);
    expect(byName.body.items[0].idNumber).toContain('********');
  });

  it('audits every read of a person\'s record', async () => {
    await t.http.get(`/api/v1/residents/${residentId}`).set(auth(officer.token)).set('X-Request-Id', 'read-resident-1').expect(200);
    const rows = await t.dataSource.query(`SELECT actor_id, action, request_id FROM audit_log WHERE entity = 'resident' AND entity_id = $1 AND request_id = 'read-resident-1'`, [residentId]);
    expect(rows).toEqual([{ actor_id: officer.id, action: 'read', request_id: 'read-resident-1' }]);
    const list = await t.http.get('/api/v1/residents?limit=100').set(auth(officer.token)).set('X-Request-Id', 'list-residents-1').expect(200);
    const listed = await t.dataSource.query(`SELECT entity_id FROM audit_log WHERE action = 'read' AND request_id = 'list-residents-1' ORDER BY entity_id`);
    expect(listed.map((row: { entity_id: string }) => row.entity_id)).toEqual(list.body.items.map((r: { id: string }) => r.id).sort());
  });

  describe('scope', () => {
    let family: CreatedUser;
    let other: { id: string };

    beforeAll(async () => {
      other = await createResident(t, admin, { name: '李秀兰' });
      family = await createUser(t, { role: Role.Family, residentIds: [residentId] });
    });

    it('shows a family member their relative only: 404 for anyone else', async () => {
      await t.http.get(`/api/v1/residents/${residentId}`).set(auth(family.token)).expect(200);
      await t.http.get(`/api/v1/residents/${other.id}`).set(auth(family.token)).expect(404);
      const { body } = await t.http.get('/api/v1/residents').set(auth(family.token)).expect(200);
      expect(body.items.map((r: { id: string }) => r.id)).toEqual([residentId]);
      await t.http.post('/api/v1/residents').set(auth(family.token)).send(person()).expect(403);
    });

    it('lets an operator register people for their facility and see only those', async () => {
      const mine = await createResident(t, operator.token, { name: '赵德明', facilityId: facility });
      expect(mine.facilityIds).toEqual([facility]);
      await t.http.get(`/api/v1/residents/${mine.id}`).set(auth(operator.token)).expect(200);
      await t.http.get(`/api/v1/residents/${residentId}`).set(auth(operator.token)).expect(404);
      const noFacility = await t.http.post('/api/v1/residents').set(auth(operator.token)).send(person({ idNumber: makeIdNumber('500112', '1948-05-20', '215') })).expect(400);
      expect(noFacility.body.details[0].field).toBe('facilityId');
    });

    it('lets an operator take on a person someone else registered, by the ID number in hand', async () => {
      await t.http.post('/api/v1/residents').set(auth(operator.token)).send(person({ facilityId: facility })).expect(409);
      const { body } = await t.http.post('/api/v1/residents/link').set(auth(operator.token)).send({ idNumber, name: '王建国', facilityId: facility }).expect(200);
      expect(body).toMatchObject({ id: residentId, facilityIds: [facility] });
      await t.http.get(`/api/v1/residents/${residentId}`).set(auth(operator.token)).expect(200);
      await t.http.post('/api/v1/residents/link').set(auth(operator.token)).send({ idNumber: makeIdNumber('500112', '1950-02-02', '333'), name: '王建国', facilityId: facility }).expect(404);
      const attempts = await t.dataSource.query(`SELECT action FROM audit_log WHERE action LIKE 'link%' ORDER BY id`);
      expect(attempts.map((a: { action: string }) => a.action)).toEqual(['link', 'link_not_found']);
    });

    it('keeps regions and entitlements to officers: an operator may not change them', async () => {
      await t.http.patch(`/api/v1/residents/${residentId}`).set(auth(operator.token)).send({ residenceRegionCode: '330203001000' }).expect(403);
      await t.http.patch(`/api/v1/residents/${residentId}`).set(auth(operator.token)).send({ categories: ['dibao'] }).expect(403);
      await t.http.patch(`/api/v1/residents/${residentId}`).set(auth(officer.token)).send({ residenceRegionCode: '330203001000' }).expect(403);
      await t.http.patch(`/api/v1/residents/${residentId}`).set(auth(operator.token)).send({ livingArrangement: 'with_family' }).expect(200);
    });

    it('keeps an officer to people living or registered in their region', async () => {
      const haishuOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
      await t.http.get(`/api/v1/residents/${residentId}`).set(auth(haishuOfficer.token)).expect(404);
      await t.http
        .post('/api/v1/residents')
        .set(auth(haishuOfficer.token))
        .send(person({ idNumber: makeIdNumber('500112', '1948-05-20', '217') }))
        .expect(403);
    });
  });

  it('changes what may change, masks it again, and audits without the numbers', async () => {
    const { body } = await t.http
      .patch(`/api/v1/residents/${residentId}`)
      .set(auth(officer.token))
      .send({ phone: '13700001111', livingArrangement: 'empty_nest', categories: ['tekun', 'disabled_certified'] })
      .expect(200);
    expect(body).toMatchObject({ phone: '137****1111', livingArrangement: 'empty_nest' });
    await t.http.patch(`/api/v1/residents/${residentId}`).set(auth(officer.token)).send({ idNumber: makeIdNumber('500112', '1948-05-20', '219') }).expect(400);
    await t.http.patch(`/api/v1/residents/${residentId}`).set(auth(officer.token)).send({ tekunSupportMode: 'centralized', categories: ['dibao'] }).expect(400);
    const [audit] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity = 'resident' AND action = 'update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [residentId]);
    expect(audit.changes.after.phone).toBe('[redacted]'); // phones never enter the audit trail, masked or not
    expect(audit.changes.after.livingArrangement).toBe('empty_nest');
    expect(JSON.stringify(audit)).not.toContain('13700001111');
  });
});
