import { Role } from '@yiyang/auth';
import { adminToken, createResident, createTestApp, createUser, importTestRegions, makeIdNumber, YUBEI, type CreatedUser, type TestApp } from '@yiyang/testing';

describe('audit log for administrators', () => {
  let t: TestApp;
  let admin: string;
  let officer: CreatedUser;
  let resident: { id: string; [key: string]: unknown };
  const idNumber = makeIdNumber('500112', '1946-07-01', '371');

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    resident = await createResident(t, admin, { name: '审计老人', idNumber, sex: 'male', birthDate: '1946-07-01' });
    await t.http.get(`/api/v1/residents/${resident.id}`).set('Authorization', `Bearer ${officer.token}`).expect(200);
  });
  afterAll(() => t?.close());

  const list = (query: Record<string, string>, token = admin) => t.http.get('/api/v1/audit-log').query(query).set('Authorization', `Bearer ${token}`);

  it('finds the officer\'s read of the person by account name, with who it was', async () => {
    const { body } = await list({ actor: officer.username, entity: 'resident', entityId: resident.id, action: 'read' }).expect(200);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      actorId: officer.id,
      actorUsername: officer.username,
      actorRole: 'civil_affairs',
      action: 'read',
      entity: 'resident',
      entityId: resident.id,
    });
    const byId = await list({ actor: officer.id, entityId: resident.id }).expect(200);
    expect(byId.body.items.map((item: { id: string }) => item.id)).toEqual([body.items[0].id]);
  });

  it('lists newest first, and a day range outside today finds nothing', async () => {
    const { body } = await list({ entityId: resident.id, limit: '50' }).expect(200);
    const times = body.items.map((item: { at: string }) => item.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(body.items.map((item: { action: string }) => item.action)).toEqual(expect.arrayContaining(['create', 'read']));
    expect((await list({ entityId: resident.id, from: '2001-01-01', to: '2001-12-31' }).expect(200)).body.total).toBe(0);
    expect((await list({ actorRole: 'family', entityId: resident.id }).expect(200)).body.total).toBe(0);
  });

  it('keeps personal numbers out of the changes', async () => {
    const { body } = await list({ entity: 'resident', entityId: resident.id, action: 'create' }).expect(200);
    expect(body.items[0].changes.after).toMatchObject({ name: '审计老人' });
    expect(JSON.stringify(body)).not.toContain(idNumber);
    expect(JSON.stringify(body)).not.toContain(idNumber.slice(6, 14));
  });

  it('records that the log itself was read, with the filter', async () => {
    await list({ actor: officer.username }).expect(200);
    const { body } = await list({ entity: 'audit_log', action: 'read', limit: '1' }).expect(200);
    expect(body.items[0]).toMatchObject({ actorUsername: 'admin', entity: 'audit_log', changes: { after: { actor: officer.username } } });
  });

  it('exports the same rows as CSV with a BOM, and records the export', async () => {
    const response = await t.http
      .get('/api/v1/audit-log.csv')
      .query({ actor: officer.username, entityId: resident.id })
      .set('Authorization', `Bearer ${admin}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      })
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (response.body as string).split('\r\n');
    expect(lines[0].startsWith('\uFEFF序号 id,时间 time,用户名 username')).toBe(true);
    expect(lines.filter(Boolean)).toHaveLength(2);
    expect(lines[1]).toContain(`${officer.username},`);
    expect(lines[1]).toContain(`,civil_affairs,read,resident,${resident.id},`);
    expect(lines[1]).toMatch(/^\d+,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/);
    const exported = await list({ entity: 'audit_log', action: 'export', limit: '1' }).expect(200);
    expect(exported.body.items[0].changes.after).toEqual({ actor: officer.username, entityId: resident.id });
  });

  it('streams a long export in batches without losing or repeating a row', async () => {
    const { body } = await list({ limit: '1' }).expect(200);
    const total: number = body.total;
    const csv = await t.http.get('/api/v1/audit-log.csv').set('Authorization', `Bearer ${admin}`).buffer(true).expect(200);
    const ids = (csv.text ?? '').split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]);
    // The export reads after its own audit row is written, so it holds that one more.
    expect(ids).toHaveLength(total + 2);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses bad filters field by field', async () => {
    const { body } = await list({ actorRole: 'root', from: '2025-02-30', entity: 'Robert\'); DROP', page: '0' }).expect(400);
    expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['actorRole', 'entity', 'from', 'page']);
    const range = await list({ from: '2025-06-02', to: '2025-06-01' }).expect(400);
    expect(range.body.details).toEqual([{ field: 'to', messages: ['to must not be before from'] }]);
  });

  it('answers 403 to everyone but administrators', async () => {
    await list({}, officer.token).expect(403);
    await t.http.get('/api/v1/audit-log.csv').set('Authorization', `Bearer ${officer.token}`).expect(403);
    await t.http.get('/api/v1/audit-log').expect(401);
  });
});
