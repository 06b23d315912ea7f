import { createTestApp, createTestRedis, describeWithRedis, type TestApp, type TestRedis } from '@yiyang/testing';

describe('health and HTTP glue (embedded-style: in-process jobs)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { CORS_ORIGINS: 'https://mz.example.gov.cn' } });
  });
  afterAll(() => t?.close());

  it('answers liveness without a token', async () => {
    const response = await t.http.get('/health/live').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('is ready when the database answers and every migration is applied', async () => {
    const response = await t.http.get('/health/ready').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.details.database.status).toBe('up');
    expect(response.body.details.migrations).toMatchObject({ status: 'up', applied: expect.any(Number) });
    expect(response.body.details.redis).toBeUndefined();
  });

  it('is not ready while a migration is pending, and says which', async () => {
    const [{ name }] = await t.dataSource.query(`SELECT name FROM migrations ORDER BY id DESC LIMIT 1`);
    await t.dataSource.query(`DELETE FROM migrations WHERE name = $1`, [name]);
    try {
      const response = await t.http.get('/health/ready').expect(503);
      expect(response.body.statusCode).toBe(503);
      expect(response.body.details.details.migrations.status).toBe('down');
      expect(JSON.stringify(response.body)).toContain(name);
    } finally {
      await t.dataSource.query(`INSERT INTO migrations (timestamp, name) VALUES ($1, $2)`, [Number(/\d+$/.exec(name)![0]), name]);
    }
  });

  it('gives every response a request id, keeping a well-formed one from the caller', async () => {
    const generated = await t.http.get('/health/live');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await t.http.get('/health/live').set('X-Request-Id', 'trace-2025-06-abc');
    expect(echoed.headers['x-request-id']).toBe('trace-2025-06-abc');
    const replaced = await t.http.get('/health/live').set('X-Request-Id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('writes one JSON access-log line per request, carrying its request id', async () => {
    await t.http.get('/health/ready').set('X-Request-Id', 'access-log-check');
    const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.requestId === 'access-log-check' && l.res);
    expect(line).toMatchObject({ req: { method: 'GET', url: '/health/ready' }, res: { statusCode: 200 } });
  });

  it('sends security headers and no X-Powered-By', async () => {
    const response = await t.http.get('/health/live');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("script-src 'self';");
    expect(response.headers['x-powered-by']).toBeUndefined();
    const viewer = await t.http.get('/api/docs');
    expect(viewer.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('allows only the configured browser origins', async () => {
    const allowed = await t.http.options('/api/v1/auth/login').set('Origin', 'https://mz.example.gov.cn').set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://mz.example.gov.cn');
    const other = await t.http.options('/api/v1/auth/login').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes an OpenAPI document generated from the DTOs, with descriptions', async () => {
    const { body } = await t.http.get('/api/docs-json').expect(200);
    expect(body.info.title).toContain('颐养');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/users', '/api/v1/users/{id}', '/health/ready']),
    );
    const createUser = body.components.schemas.CreateUserDto;
    expect(createUser.required).toEqual(expect.arrayContaining(['username', 'password', 'role']));
    for (const [field, schema] of Object.entries<{ description?: string }>(createUser.properties)) {
      expect([field, schema.description]).toEqual([field, expect.stringMatching(/\S/)]);
    }
    const docs = await t.http.get('/api/docs').expect(200);
    expect(docs.text).toContain('swagger');
  });

  it('answers an unknown route with the error shape and 404', async () => {
    const { body } = await t.http.get('/api/v1/nowhere').expect(404);
    expect(body).toMatchObject({ statusCode: 404, error: 'Not Found', requestId: expect.any(String) });
  });
});

describeWithRedis('health with Redis configured', () => {
  let t: TestApp;
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await createTestRedis();
    t = await createTestApp({ redis });
  });
  afterAll(async () => {
    await t?.close();
    await redis?.cleanup();
  });

  it('checks Redis as part of readiness', async () => {
    const { body } = await t.http.get('/health/ready').expect(200);
    expect(body.details.redis).toMatchObject({ status: 'up', reply: 'PONG' });
  });
});
