import { connect } from 'node:net';
import { adminToken, createFacility, createTestApp, importTestRegions, YUBEI, type TestApp } from '@yiyang/testing';

/** Sends bytes a well-behaved client would refuse to send, and returns the raw answer. */
function rawRequest(baseUrl: string, text: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(Buffer.from(text, 'latin1')));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
  });
}

/** Input the database cannot store, or the handler cannot read, is the caller's mistake: 4xx naming what is wrong. */
describe('input that cannot break the API', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
  });
  afterAll(() => t?.close());

  const auth = () => ({ Authorization: `Bearer ${admin}` });

  describe('text Postgres cannot store (NUL, lone surrogates)', () => {
    it('refuses a NUL in a login name with 400 naming the field, before any login', async () => {
      const { body } = await t.http.post('/api/v1/auth/login').send({ username: 'a\u0000b', password: 'x' }).expect(400);
      expect(body).toMatchObject({ statusCode: 400, error: 'Bad Request', details: [{ field: 'username' }] });
      expect(body.requestId).toEqual(expect.any(String));
    });

    it('refuses a NUL in a list search', async () => {
      for (const path of ['residents', 'users', 'regions', 'facilities']) {
        const { body } = await t.http.get(`/api/v1/${path}`).query({ q: 'x\u0000' }).set(auth()).expect(400);
        expect(body.details).toEqual([{ field: 'q', messages: [expect.stringMatching(/NUL/)] }]);
      }
    });

    it('names the path of a NUL deep inside a body', async () => {
      const { body } = await t.http
        .post('/api/v1/residents')
        .set(auth())
        .send({ name: '老人', emergencyContacts: [{ name: 'ok' }, { name: 'bad\u0000', phone: '1' }] })
        .expect(400);
      expect(body.details).toEqual([{ field: 'emergencyContacts[1].name', messages: [expect.any(String)] }]);
    });

    it('refuses a lone surrogate, in a value or a key', async () => {
      const lone = '{"username":"a\\ud800","password":"x"}';
      const { body } = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send(lone).expect(400);
      expect(body.details).toEqual([{ field: 'username', messages: [expect.stringMatching(/surrogate/)] }]);
      const key = await t.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"\\udc00":1}').expect(400);
      expect(key.body.details[0].messages[0]).toMatch(/surrogate/);
    });

    it('keeps text with emoji and characters outside the BMP', async () => {
      await t.http.get('/api/v1/facilities').query({ q: '𠀀养老🏠' }).set(auth()).expect(200);
    });

    it('refuses a NUL in a header, and keeps Latin-1 header text', async () => {
      // Node's parser answers a NUL in a header itself; the request never reaches a handler.
      const answer = await rawRequest(t.baseUrl, `GET /api/v1/facilities HTTP/1.1\r\nHost: x\r\nIdempotency-Key: a\u0000b\r\nConnection: close\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      await t.http.get('/api/v1/facilities').set(auth()).set('Idempotency-Key', 'k\u00ff').expect(200);
    });
  });

  it('refuses a page number past any list instead of writing OFFSET 1e+308', async () => {
    for (const path of ['users', 'regions', 'facilities']) {
      const { body } = await t.http.get(`/api/v1/${path}`).query({ page: '1e308' }).set(auth()).expect(400);
      expect(body.details).toEqual([{ field: 'page', messages: [expect.any(String)] }]);
    }
  });

  it('refuses an offset (lists page by page and limit) with 400 naming it, instead of failing to assign it (500)', async () => {
    for (const path of ['users', 'regions', 'facilities', 'residents', 'rollups']) {
      const { body } = await t.http.get(`/api/v1/${path}`).query({ offset: '5' }).set(auth()).expect(400);
      expect(body.details).toEqual([{ field: 'offset', messages: [expect.stringMatching(/should not exist/)] }]);
    }
  });

  it('refuses a score written with an exponent instead of failing inside the validator', async () => {
    const facility = await createFacility(t, admin);
    const { body } = await t.http
      .post(`/api/v1/facilities/${facility}/star-ratings`)
      .set(auth())
      .set('Content-Type', 'application/json')
      .send('{"ratedOn":"2024-11-20","scores":{"environment":1,"facilities":1e-7,"operations":1,"services":1}}')
      .expect(400);
    expect(body.details).toEqual([{ field: 'scores.facilities', messages: ['facilities must be a number with at most 1 decimal place'] }]);
  });

  describe('admission-policy JSON', () => {
    it('refuses a waiting-list policy sent as an array, naming it', async () => {
      const { body } = await t.http
        .put(`/api/v1/regions/${YUBEI}/admission-policy`)
        .set(auth())
        .send({ requiresAssessment: false, waitlist: [] })
        .expect(400);
      expect(body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'waitlist' })]));
    });

    it('names the path of a malformed group inside the policy', async () => {
      const { body } = await t.http
        .put(`/api/v1/regions/${YUBEI}/admission-policy`)
        .set(auth())
        .send({
          requiresAssessment: false,
          waitlist: {
            version: 'v1',
            declinePenaltyMonths: 0,
            offerValidDays: 7,
            requireAssessment: false,
            groups: [{ code: 'a', label: { zh: '甲', en: 'A' }, when: [{}] }, { code: 'b', label: [], when: [{}] }, null, 'x'],
          },
        })
        .expect(400);
      const fields = body.details.map((problem: { field: string }) => problem.field);
      expect(fields).toEqual(expect.arrayContaining(['waitlist.groups[1].label', 'waitlist.groups[2]', 'waitlist.groups[3]']));
    });
  });

  describe('bodies that are not JSON', () => {
    it('answers 415 to a text/plain or XML body on a JSON endpoint, and changes nothing', async () => {
      const facility = await createFacility(t, admin, { name: '原名养老院' });
      await t.http.patch(`/api/v1/facilities/${facility}`).set(auth()).set('Content-Type', 'text/plain').send('{"name":"新名"}').expect(415);
      const xml = await t.http.patch(`/api/v1/facilities/${facility}`).set(auth()).set('Content-Type', 'application/xml').send('<name>新名</name>').expect(415);
      expect(xml.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
      const { body } = await t.http.get(`/api/v1/facilities/${facility}`).set(auth()).expect(200);
      expect(body.name).toBe('原名养老院');
    });

    it('answers 415 to a form on a JSON endpoint', async () => {
      await t.http.post('/api/v1/auth/login').type('form').send({ username: 'admin', password: 'x' }).expect(415);
    });

    it('still takes a body-less POST without a Content-Type, and a multipart import', async () => {
      // No such order: the request reaches the handler, which looks for it.
      await t.http.post('/api/v1/service-orders/00000000-0000-4000-8000-000000000000/check-in').set(auth()).expect(404);
      await importTestRegions(t, admin);
    });
  });
});
