import { Role } from '@yiyang/auth';
import { createTestApp, createTestRedis, createUser, describeWithRedis, TEST_ADMIN, type TestApp, type TestRedis } from '@yiyang/testing';

describe('authentication', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '4', LOGIN_RATE_WINDOW_SECONDS: '60' } });
  });
  afterAll(() => t?.close());

  it('logs the configured first administrator in and returns a bearer token', async () => {
    const { body } = await t.http.post('/api/v1/auth/login').send(TEST_ADMIN).expect(200);
    expect(body).toMatchObject({ tokenType: 'Bearer', expiresIn: 28_800, user: { username: 'admin', role: 'admin' } });
    expect(body.user.passwordHash).toBeUndefined();
    expect(Date.now() - Date.parse(body.user.lastLoginAt)).toBeLessThan(60_000);
    const me = await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ username: 'admin', roleLabel: { zh: '系统管理员', en: 'Administrator' } });
    expect(me.body.lastLoginAt).toEqual(expect.any(String));
  });

  it('treats usernames case-insensitively', async () => {
    await t.http.post('/api/v1/auth/login').send({ username: ' ADMIN ', password: TEST_ADMIN.password }).expect(200);
  });

  it('gives the same 401 for a wrong password and an unknown user', async () => {
    const wrong = await t.http.post('/api/v1/auth/login').send({ username: 'admin', password: 'not the password' }).expect(401);
    const unknown = await t.http.post('/api/v1/auth/login').send({ username: 'nobody', password: 'not the password' }).expect(401);
    expect(wrong.body.message).toBe(unknown.body.message);
    expect(wrong.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('refuses requests without a token, with a malformed one or a forged one', async () => {
    await t.http.get('/api/v1/auth/me').expect(401);
    await t.http.get('/api/v1/auth/me').set('Authorization', 'Bearer not-a-jwt').expect(401);
    const token = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const [header, payload] = token.split('.');
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${header}.${payload}.forged-signature`).expect(401);
    await t.http.get('/api/v1/auth/me').set('Authorization', `Basic ${token}`).expect(401);
  });

  it('shuts a deactivated account out at once, token or not', async () => {
    const operator = await createUser(t, { role: Role.Operator, facilityIds: ['7d2c0b1e-0000-4000-8000-000000000001'] });
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${operator.token}`).expect(200);
    const admin = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    await t.http.patch(`/api/v1/users/${operator.id}`).set('Authorization', `Bearer ${admin}`).send({ active: false }).expect(200);
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${operator.token}`).expect(401);
    await t.http.post('/api/v1/auth/login').send({ username: operator.username, password: operator.password }).expect(401);
  });

  it('answers repeated failed logins for one account with 429 and Retry-After', async () => {
    const attempt = () => t.http.post('/api/v1/auth/login').send({ username: 'target.account', password: 'guess-guess-guess' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const blocked = await attempt();
    expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not blocked.
    await t.http.post('/api/v1/auth/login').send(TEST_ADMIN).expect(200);
  });

  it('records logins and failed logins in the audit log', async () => {
    const rows = await t.dataSource.query(`SELECT action, count(*)::int AS n FROM audit_log WHERE entity = 'user' GROUP BY action`);
    const byAction = Object.fromEntries(rows.map((r: { action: string; n: number }) => [r.action, r.n]));
    expect(byAction.login).toBeGreaterThan(1);
    expect(byAction.login_failed).toBeGreaterThan(1);
  });

  it('never writes a password or a token to the logs', async () => {
    const token = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    const all = t.logs.join('\n');
    expect(all).not.toContain(TEST_ADMIN.password);
    expect(all).not.toContain('guess-guess-guess');
    expect(all).not.toContain(token);
    expect(all).not.toContain(t.config.jwtSecret!);
  });
});

describeWithRedis('login rate limit shared through Redis', () => {
  let redis: TestRedis;
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    redis = await createTestRedis();
    const env = { LOGIN_RATE_LIMIT: '3', LOGIN_RATE_WINDOW_SECONDS: '60' };
    first = await createTestApp({ redis, env });
    second = await createTestApp({ redis, env, database: first.database });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await redis?.cleanup();
  });

  it('counts attempts across API processes', async () => {
    const attempt = (t: TestApp) => t.http.post('/api/v1/auth/login').send({ username: 'shared.target', password: 'wrong-wrong-wrong' });
    expect((await attempt(first)).status).toBe(401);
    expect((await attempt(second)).status).toBe(401);
    expect((await attempt(first)).status).toBe(401);
    expect((await attempt(second)).status).toBe(429);
    expect((await attempt(first)).status).toBe(429);
  });
});

describe('failed-login limits, each test on a fresh API (its counters start empty)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT: '4', LOGIN_RATE_WINDOW_SECONDS: '60' } });
  });
  afterEach(() => t?.close());

  it('counts parallel guesses before checking them, so none slips past the limit', async () => {
    const responses = await Promise.all(
      Array.from({ length: 30 }, () => t.http.post('/api/v1/auth/login').send({ username: 'parallel.target', password: 'guess-guess-guess' })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(26);
  });

  it('does not let a client pick its address with X-Forwarded-For when no proxy is trusted', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ username: 'spoofing.target', password: 'guess-guess-guess' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    const addresses = await t.dataSource.query(`SELECT DISTINCT host(ip) AS ip FROM audit_log WHERE action = 'login_failed'`);
    expect(addresses.map((row: { ip: string }) => row.ip).filter((ip: string) => ip.startsWith('203.0.113.'))).toEqual([]);
  });
});

describe('behind a trusted reverse proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT: '2' } });
  });
  afterAll(() => t?.close());

  it('takes the client address the proxy reports, for limits and the audit log', async () => {
    const attempt = (address: string) =>
      t.http.post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ username: 'proxied.target', password: 'guess-guess-guess' });
    expect((await attempt('198.51.100.7')).status).toBe(401);
    expect((await attempt('198.51.100.7')).status).toBe(401);
    expect((await attempt('198.51.100.7')).status).toBe(429);
    // Another client behind the same proxy is counted on its own.
    expect((await attempt('198.51.100.8')).status).toBe(401);
    const rows = await t.dataSource.query(`SELECT DISTINCT host(ip) AS ip FROM audit_log WHERE action = 'login_failed' ORDER BY 1`);
    expect(rows).toEqual([{ ip: '198.51.100.7' }, { ip: '198.51.100.8' }]);
  });
});
