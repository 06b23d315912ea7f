import { Role } from '@yiyang/auth';
import { createTestApp, createUser, TEST_ADMIN, type CreatedUser, type TestApp } from '@yiyang/testing';

const FACILITY_A = '4f6d1a52-0000-4000-8000-00000000000a';

describe('accounts, roles and scope', () => {
  let t: TestApp;
  let admin: string;
  let yubeiOfficer: CreatedUser;
  let ningboOfficer: CreatedUser;
  let operator: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    yubeiOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: '500112000000' });
    ningboOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: '330200000000' });
    operator = await createUser(t, { role: Role.Operator, facilityIds: [FACILITY_A] });
  });
  afterAll(() => t?.close());

  const post = (token: string, body: object) => t.http.post('/api/v1/users').set('Authorization', `Bearer ${token}`).send(body);

  describe('bad input changes nothing', () => {
    const valid = { username: 'li.na', password: 'a-long-enough-password', role: 'assessor', regionCode: '500112001000' };

    async function userCount(): Promise<number> {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM app_user`);
      return n;
    }

    it('names an unknown field', async () => {
      const before = await userCount();
      const { body } = await post(admin, { ...valid, isAdmin: true }).expect(400);
      expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', details: [{ field: 'isAdmin', messages: [expect.stringContaining('should not exist')] }] });
      expect(await userCount()).toBe(before);
    });

    it('names every field of the wrong type or form', async () => {
      const { body } = await post(admin, { ...valid, password: 12345, role: 'superuser', regionCode: '5001', facilityIds: ['x'] }).expect(400);
      expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['facilityIds', 'password', 'regionCode', 'role']);
    });

    it('says what scope a role lacks', async () => {
      const { body } = await post(admin, { username: 'op.two', password: 'a-long-enough-password', role: 'operator' }).expect(400);
      expect(body.details).toEqual([{ field: 'facilityIds', messages: ['an operator needs at least one facility'] }]);
    });

    it('refuses null for a field that may only be left out', async () => {
      const { body } = await t.http.patch(`/api/v1/users/${operator.id}`).set('Authorization', `Bearer ${admin}`).send({ facilityIds: null, role: null }).expect(400);
      expect(body.details.map((d: { field: string }) => d.field).sort()).toEqual(['facilityIds', 'role']);
    });

    it('refuses a grant the role may not hold: a family member with a region would see it all', async () => {
      const { body } = await post(admin, {
        username: 'family.wide',
        password: 'a-long-enough-password',
        role: 'family',
        residentIds: ['4f6d1a52-0000-4000-8000-0000000000f1'],
        regionCode: '330000000000',
      }).expect(400);
      expect(body.details).toEqual([{ field: 'regionCode', messages: ['the role family may not hold regionCode'] }]);
    });

    it('refuses a taken username, whatever its case, with 409', async () => {
      await post(admin, valid).expect(201);
      const { body } = await post(admin, { ...valid, username: 'LI.NA' }).expect(409);
      expect(body).toMatchObject({ statusCode: 409, message: 'username is already taken', details: [{ field: 'username' }] });
    });

    it('refuses a malformed JSON body and a malformed id with 400', async () => {
      await t.http.post('/api/v1/users').set('Authorization', `Bearer ${admin}`).set('Content-Type', 'application/json').send('{"username":').expect(400);
      const { body } = await t.http.get('/api/v1/users/not-a-uuid').set('Authorization', `Bearer ${admin}`).expect(400);
      expect(body.details).toEqual([{ field: 'id', messages: ['id must be a UUID'] }]);
    });
  });

  describe('roles', () => {
    it('lets only administrators create accounts', async () => {
      const body = { username: 'sneaky', password: 'a-long-enough-password', role: 'admin' };
      await post(yubeiOfficer.token, body).expect(403);
      await post(operator.token, body).expect(403);
    });

    it('keeps operators out of the account list', async () => {
      await t.http.get('/api/v1/users').set('Authorization', `Bearer ${operator.token}`).expect(403);
    });
  });

  describe('scope is part of the query', () => {
    it('shows an officer the accounts of their subtree only', async () => {
      const township = await createUser(t, { role: Role.Assessor, regionCode: '500112004000' });
      const { body } = await t.http.get('/api/v1/users?limit=100').set('Authorization', `Bearer ${yubeiOfficer.token}`).expect(200);
      const usernames = body.items.map((u: { username: string }) => u.username);
      expect(usernames).toEqual(expect.arrayContaining([yubeiOfficer.username, township.username]));
      expect(usernames).not.toContain(ningboOfficer.username);
      expect(usernames).not.toContain('admin');
      expect(body.total).toBe(body.items.length);
    });

    it('answers 404, not 403, for an account outside the caller\'s region', async () => {
      const { body } = await t.http.get(`/api/v1/users/${ningboOfficer.id}`).set('Authorization', `Bearer ${yubeiOfficer.token}`).expect(404);
      expect(body.message).toContain('not found');
      await t.http.get(`/api/v1/users/${yubeiOfficer.id}`).set('Authorization', `Bearer ${yubeiOfficer.token}`).expect(200);
      await t.http.get(`/api/v1/users/${ningboOfficer.id}`).set('Authorization', `Bearer ${admin}`).expect(200);
    });

    it('paginates with total, page and limit, capping limit at 100', async () => {
      const { body } = await t.http.get('/api/v1/users?page=1&limit=2').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(body).toMatchObject({ page: 1, limit: 2, total: expect.any(Number) });
      expect(body.items).toHaveLength(2);
      await t.http.get('/api/v1/users?limit=101').set('Authorization', `Bearer ${admin}`).expect(400);
      const filtered = await t.http.get('/api/v1/users?role=civil_affairs&q=CIVIL').set('Authorization', `Bearer ${admin}`).expect(200);
      expect(filtered.body.items.length).toBeGreaterThanOrEqual(2);
      expect(filtered.body.items.every((u: { role: string; username: string }) => u.role === 'civil_affairs' && u.username.includes('civil'))).toBe(true);
    });
    it('lists the accounts granted one facility, and names a malformed facility id', async () => {
      const other = await createUser(t, { role: Role.Operator, facilityIds: ['4f6d1a52-0000-4000-8000-00000000000b'] });
      const both = await createUser(t, { role: Role.Assessor, facilityIds: [FACILITY_A, '4f6d1a52-0000-4000-8000-00000000000b'] });
      const { body } = await t.http.get(`/api/v1/users?facilityId=${FACILITY_A}&limit=100`).set('Authorization', `Bearer ${admin}`).expect(200);
      const usernames = body.items.map((u: { username: string }) => u.username);
      expect(usernames).toEqual(expect.arrayContaining([operator.username, both.username]));
      expect(usernames).not.toContain(other.username);
      expect(body.items.every((u: { facilityIds: string[] }) => u.facilityIds.includes(FACILITY_A))).toBe(true);
      const operators = await t.http.get(`/api/v1/users?facilityId=${FACILITY_A}&role=operator&limit=100`).set('Authorization', `Bearer ${admin}`).expect(200);
      expect(operators.body.items.map((u: { username: string }) => u.username)).not.toContain(both.username);
      const refused = await t.http.get('/api/v1/users?facilityId=nope').set('Authorization', `Bearer ${admin}`).expect(400);
      expect(refused.body.details).toEqual([{ field: 'facilityId', messages: ['facilityId must be a UUID'] }]);
    });
  });

  describe('changes', () => {
    it('moves an officer to another region and audits who changed what', async () => {
      const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: '620802000000' });
      const { body } = await t.http
        .patch(`/api/v1/users/${officer.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .set('X-Request-Id', 'move-officer-1')
        .send({ regionCode: '620800000000', displayName: '张伟' })
        .expect(200);
      expect(body).toMatchObject({ regionCode: '620800000000', displayName: '张伟' });
      const [adminRow] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
      const rows = await t.dataSource.query(`SELECT actor_id, actor_role, action, changes, request_id FROM audit_log WHERE entity = 'user' AND entity_id = $1 ORDER BY id`, [officer.id]);
      expect(rows.map((r: { action: string }) => r.action)).toEqual(['create', 'login', 'update']);
      expect(rows[2]).toEqual({
        actor_id: adminRow.id,
        actor_role: 'admin',
        action: 'update',
        request_id: 'move-officer-1',
        // A new region ends the officer's open sessions: the token version moves with it.
        changes: {
          before: { regionCode: '620802000000', displayName: officer.username, tokenVersion: 0 },
          after: { regionCode: '620800000000', displayName: '张伟', tokenVersion: 1 },
        },
      });
      expect(JSON.stringify(rows)).not.toContain('argon2');
    });

    it('drops the grants of the old role when the role changes', async () => {
      const user = await createUser(t, { role: Role.Operator, facilityIds: [FACILITY_A] });
      const resident = '4f6d1a52-0000-4000-8000-0000000000f2';
      const { body } = await t.http
        .patch(`/api/v1/users/${user.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ role: 'family', residentIds: [resident] })
        .expect(200);
      expect(body).toMatchObject({ role: 'family', facilityIds: [], residentIds: [resident], regionCode: null });
      await t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', `Bearer ${admin}`).send({ role: 'civil_affairs' }).expect(400);
    });

    it('lets a changed password work at once and the old one no more', async () => {
      const user = await createUser(t, { role: Role.Assessor, regionCode: '330203000000' });
      await t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', `Bearer ${admin}`).send({ password: 'brand-new-password-2026' }).expect(200);
      await t.http.post('/api/v1/auth/login').send({ username: user.username, password: user.password }).expect(401);
      await t.login(user.username, 'brand-new-password-2026');
    });

    it('refuses to demote or deactivate the last active administrator with 422', async () => {
      const [adminRow] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
      const { body } = await t.http.patch(`/api/v1/users/${adminRow.id}`).set('Authorization', `Bearer ${admin}`).send({ active: false }).expect(422);
      expect(body.message).toMatch(/last active administrator/);
      await t.http.patch(`/api/v1/users/${adminRow.id}`).set('Authorization', `Bearer ${admin}`).send({ role: 'civil_affairs', regionCode: '500112000000' }).expect(422);
      expect(await t.dataSource.query(`SELECT role, active FROM app_user WHERE id = $1`, [adminRow.id])).toEqual([{ role: 'admin', active: true }]);
    });

    it('keeps the audit log append-only in the database itself', async () => {
      await expect(t.dataSource.query(`UPDATE audit_log SET action = 'nothing'`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    });
  });
});
