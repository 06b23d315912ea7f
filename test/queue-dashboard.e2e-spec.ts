import { Role } from '@yiyang/auth';
import { JobName, JobQueue, QueueName } from '@yiyang/core';
import { createTestApp, createTestRedis, createUser, describeWithRedis, TEST_ADMIN, type TestApp, type TestRedis } from '@yiyang/testing';

const DASHBOARD = '/api/admin/queues';
const SESSION = '/api/v1/system/queue-dashboard/session';

/** The `name=value` of the dashboard cookie a session response set, ready for a Cookie header. */
function sessionCookie(setCookie: string[] | string | undefined): string {
  const header = [setCookie ?? []].flat().find((line) => line.startsWith('yiyang_queue_dashboard='));
  if (!header) throw new Error(`no dashboard cookie in ${JSON.stringify(setCookie)}`);
  return header.split(';')[0];
}

describeWithRedis('queue dashboard (bull-board) with jobs on BullMQ', () => {
  let t: TestApp;
  let redis: TestRedis;
  let adminToken: string;

  beforeAll(async () => {
    redis = await createTestRedis();
    // The test client is the loopback "proxy", so X-Forwarded-Proto decides whether the request was https.
    t = await createTestApp({ redis, env: { TRUST_PROXY: 'loopback' } });
    adminToken = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    // A job nobody consumes (the API runs no workers), so the board has something to count.
    await t.app.get(JobQueue).enqueue(JobName.QueueHeartbeat, { queue: QueueName.System }, { jobId: 'dashboard-e2e' });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.cleanup();
  });

  it('answers 401 in the API error shape without a session, for the page and for its JSON', async () => {
    for (const path of [DASHBOARD, `${DASHBOARD}/`, `${DASHBOARD}/api/queues`]) {
      const response = await t.http.get(path).expect(401);
      expect(response.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: expect.stringContaining(SESSION),
        requestId: expect.any(String),
      });
    }
    await t.http.post(SESSION).expect(401);
    await t.http.get(`${DASHBOARD}/api/queues`).set('Cookie', 'yiyang_queue_dashboard=not.a.token').expect(401);
  });

  it('refuses an officer the session, and the dashboard with the officer\'s own token', async () => {
    const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: '500112000000' });
    const refused = await t.http.post(SESSION).set('Authorization', `Bearer ${officer.token}`).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, message: 'Requires role: admin' });
    expect(refused.headers['set-cookie']).toBeUndefined();
    await t.http.get(`${DASHBOARD}/api/queues`).set('Authorization', `Bearer ${officer.token}`).expect(403);
  });

  it('gives an administrator a 15-minute HttpOnly, SameSite=Strict cookie for the dashboard path, audited', async () => {
    const before = Date.now();
    const response = await t.http.post(SESSION).set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(response.body).toEqual({ url: DASHBOARD, expiresAt: expect.any(String) });
    const expiresIn = Date.parse(response.body.expiresAt) - before;
    expect(expiresIn).toBeGreaterThan(14 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60_000);
    const [line] = [response.headers['set-cookie']].flat() as string[];
    expect(line).toMatch(/^yiyang_queue_dashboard=[\w-]+\.[\w-]+\.[\w-]+;/);
    expect(line).toContain(`Path=${DASHBOARD}`);
    expect(line).toContain('HttpOnly');
    expect(line).toContain('SameSite=Strict');
    expect(line).toContain(`Expires=${new Date(response.body.expiresAt).toUTCString()}`);
    expect(line).not.toContain('Secure');
    const [audit] = await t.dataSource.query(
      `SELECT a.actor_id, a.actor_role, a.entity, a.entity_id, a.changes FROM audit_log a JOIN app_user u ON u.id = a.actor_id
       WHERE a.action = 'open_queue_dashboard' AND u.username = $1`,
      [TEST_ADMIN.username],
    );
    expect(audit).toMatchObject({ actor_role: 'admin', entity: 'user', entity_id: audit.actor_id, changes: { after: { expiresAt: response.body.expiresAt } } });
  });

  it('marks the cookie Secure when a trusted proxy says the request was https', async () => {
    const response = await t.http.post(SESSION).set('Authorization', `Bearer ${adminToken}`).set('X-Forwarded-Proto', 'https').expect(200);
    expect([response.headers['set-cookie']].flat()[0]).toContain('Secure');
  });

  it('serves the page, its assets and its JSON to the cookie, listing every queue', async () => {
    const session = await t.http.post(SESSION).set('Authorization', `Bearer ${adminToken}`).expect(200);
    const cookie = sessionCookie(session.headers['set-cookie']);

    const page = await t.http.get(DASHBOARD).set('Cookie', cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain(`<base href="${DASHBOARD}/" />`);
    expect(page.text).toContain('Yiyang 颐养 · 任务队列');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-powered-by']).toBeUndefined();
    const csp = page.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    // Every script the page loads is served to the same cookie.
    const scripts = [...page.text.matchAll(/<script defer src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const asset = await t.http.get(`${DASHBOARD}/${script}`).set('Cookie', cookie).expect(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
    }

    const { body } = await t.http.get(`${DASHBOARD}/api/queues`).set('Cookie', cookie).expect(200);
    expect(body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual(Object.values(QueueName).sort());
    expect(body.queues.find((queue: { name: string }) => queue.name === QueueName.System).counts).toMatchObject({ waiting: 1 });
    // An administrator's bearer token opens it too (scripts, curl).
    await t.http.get(`${DASHBOARD}/api/queues`).set('Authorization', `Bearer ${adminToken}`).expect(200);
    // The cookie's token opens the dashboard only, not the API.
    const token = cookie.split('=')[1];
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('audits what an administrator does to a queue from the dashboard', async () => {
    const cookie = sessionCookie((await t.http.post(SESSION).set('Authorization', `Bearer ${adminToken}`)).headers['set-cookie']);
    await t.http.put(`${DASHBOARD}/api/queues/${QueueName.Services}/pause`).set('Cookie', cookie).expect(200);
    await t.http.put(`${DASHBOARD}/api/queues/${QueueName.Services}/resume`).set('Cookie', cookie).expect(200);
    const rows = await t.dataSource.query(
      `SELECT actor_role, entity_id, changes FROM audit_log WHERE action = 'queue_dashboard_action' ORDER BY id`,
    );
    expect(rows).toEqual([
      { actor_role: 'admin', entity_id: QueueName.Services, changes: { after: { method: 'put', route: '/api/queues/:queueName/pause' } } },
      { actor_role: 'admin', entity_id: QueueName.Services, changes: { after: { method: 'put', route: '/api/queues/:queueName/resume' } } },
    ]);
  });

  it('stops a deactivated administrator\'s cookie at once', async () => {
    const second = await createUser(t, { role: Role.Admin });
    const cookie = sessionCookie((await t.http.post(SESSION).set('Authorization', `Bearer ${second.token}`).expect(200)).headers['set-cookie']);
    await t.http.get(`${DASHBOARD}/api/queues`).set('Cookie', cookie).expect(200);
    await t.http.patch(`/api/v1/users/${second.id}`).set('Authorization', `Bearer ${adminToken}`).send({ active: false }).expect(200);
    const refused = await t.http.get(`${DASHBOARD}/api/queues`).set('Cookie', cookie).expect(401);
    expect(refused.body).toMatchObject({ statusCode: 401, message: 'Invalid or expired token' });
    await t.http.get(DASHBOARD).set('Cookie', cookie).expect(401);
  });

  it('ends an administrator\'s cookie with the tokens of the password that opened it', async () => {
    const second = await createUser(t, { role: Role.Admin });
    const cookie = sessionCookie((await t.http.post(SESSION).set('Authorization', `Bearer ${second.token}`).expect(200)).headers['set-cookie']);
    await t.http.patch(`/api/v1/users/${second.id}`).set('Authorization', `Bearer ${adminToken}`).send({ password: 'a-new-password-for-the-second' }).expect(200);
    await t.http.get(`${DASHBOARD}/api/queues`).set('Cookie', cookie).expect(401);
  });
});

describeWithRedis('queue dashboard behind an https PUBLIC_URL', () => {
  let t: TestApp;
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await createTestRedis();
    // No trusted proxy: the request itself looks like plain http, as behind a TLS terminator nobody configured.
    t = await createTestApp({ redis, env: { PUBLIC_URL: 'https://yiyang.example.gov.cn' } });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.cleanup();
  });

  it('marks the cookie Secure, so a browser never sends it over http', async () => {
    const adminToken = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const response = await t.http.post(SESSION).set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect([response.headers['set-cookie']].flat()[0]).toMatch(/; Secure/);
  });
});

describe('queue dashboard with in-process jobs (embedded mode)', () => {
  let t: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    t = await createTestApp();
    adminToken = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
  });
  afterAll(() => t?.close());

  it('answers 404 saying the dashboard needs REDIS_URL, while GET /system/jobs still counts', async () => {
    for (const path of [DASHBOARD, `${DASHBOARD}/api/queues`]) {
      const response = await t.http.get(path).set('Authorization', `Bearer ${adminToken}`).expect(404);
      expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.stringContaining('REDIS_URL'), requestId: expect.any(String) });
    }
    const session = await t.http.post(SESSION).set('Authorization', `Bearer ${adminToken}`).expect(404);
    expect(session.body.message).toContain('REDIS_URL');
    expect(session.headers['set-cookie']).toBeUndefined();
    const jobs = await t.http.get('/api/v1/system/jobs').set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(jobs.body).toMatchObject({ mode: 'in-process' });
    expect(jobs.body.queues.map((queue: { queue: string }) => queue.queue).sort()).toEqual(Object.values(QueueName).sort());
  });
});
