import { Role } from '@yiyang/auth';
import { createTestApp, createUser, TEST_ADMIN, type CreatedUser, type TestApp } from '@yiyang/testing';
import { decode, sign, type JwtPayload } from 'jsonwebtoken';

const FACILITY_A = '4f6d1a52-0000-4000-8000-00000000000a';
const FACILITY_B = '4f6d1a52-0000-4000-8000-00000000000b';
const RESIDENT_A = '4f6d1a52-0000-4000-8000-0000000000f1';
const RESIDENT_B = '4f6d1a52-0000-4000-8000-0000000000f2';

describe('tokens end with the account they were issued for', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
  });
  afterAll(() => t?.close());

  const me = (token: string) => t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
  const change = (user: CreatedUser, body: object) =>
    t.http.patch(`/api/v1/users/${user.id}`).set('Authorization', `Bearer ${admin}`).send(body).expect(200);

  /** A token signed with the deployment's own key, as a forger who has read it could not make but a bug could. */
  function signed(claims: object, options: { expiresIn?: number } = { expiresIn: 600 }): string {
    return sign(claims, t.config.jwtSecret!, { algorithm: 'HS256', issuer: 'yiyang', audience: 'yiyang-api', ...options });
  }

  it('ends the earlier tokens of a user whose password an administrator resets, and only theirs', async () => {
    const user = await createUser(t, { role: Role.Assessor, regionCode: '330203000000' });
    const bystander = await createUser(t, { role: Role.Assessor, regionCode: '330203000000' });
    await me(user.token).expect(200);
    await change(user, { password: 'reset-by-the-administrator' });
    const refused = await me(user.token).expect(401);
    expect(refused.body).toMatchObject({ statusCode: 401, message: 'Invalid or expired token' });
    await me(await t.login(user.username, 'reset-by-the-administrator')).expect(200);
    await me(bystander.token).expect(200);
    await me(admin).expect(200);
  });

  it.each([
    ['role changes', { role: 'family', residentIds: [RESIDENT_A] }],
    ['facilities change', { facilityIds: [FACILITY_A, FACILITY_B] }],
    ['account is deactivated', { active: false }],
  ])('ends them when the %s', async (_change, body) => {
    const user = await createUser(t, { role: Role.Operator, facilityIds: [FACILITY_A] });
    await change(user, body);
    await me(user.token).expect(401);
  });

  it('ends them when the region or the older people of a grant change', async () => {
    const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: '500112000000' });
    await change(officer, { regionCode: '500112001000' });
    await me(officer.token).expect(401);
    const relative = await createUser(t, { role: Role.Family, residentIds: [RESIDENT_A] });
    await change(relative, { residentIds: [RESIDENT_B] });
    await me(relative.token).expect(401);
  });

  it('keeps a deactivated token dead after the account is activated again', async () => {
    const user = await createUser(t, { role: Role.Operator, facilityIds: [FACILITY_A] });
    await change(user, { active: false });
    await change(user, { active: true });
    await me(user.token).expect(401);
    await me(await t.login(user.username, user.password)).expect(200);
  });

  it('keeps tokens when nothing about access changes', async () => {
    const user = await createUser(t, { role: Role.Operator, facilityIds: [FACILITY_A, FACILITY_B] });
    await change(user, { displayName: '王芳' });
    await change(user, { facilityIds: [FACILITY_B, FACILITY_A], role: 'operator', active: true });
    await me(user.token).expect(200);
  });

  it('refuses a correctly signed token without an expiry', async () => {
    // The claims of a real token, so only the missing expiry differs.
    const { exp: _exp, iat: _iat, aud: _aud, iss: _iss, ...claims } = decode(admin) as JwtPayload;
    await me(signed(claims)).expect(200);
    const { body } = await me(signed(claims, {})).expect(401);
    expect(body).toMatchObject({ statusCode: 401, message: 'Invalid or expired token' });
  });

  it('answers 401, not 400, for a subject that is not an account id', async () => {
    for (const sub of ['not-a-uuid', '', 42, null]) {
      const { body } = await me(signed({ sub, role: 'admin', ver: 0 })).expect(401);
      expect(body).toMatchObject({ statusCode: 401, message: 'Invalid or expired token' });
    }
  });
});
