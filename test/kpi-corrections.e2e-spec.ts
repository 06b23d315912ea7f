import { today as todayInChina } from '@yiyang/core';
import { adminToken, bedsLayout, createFacility, createTestApp, createUser, HAISHU, importTestRegions, waitUntil, YUBEI, YUBEI_TOWNSHIP, type TestApp } from '@yiyang/testing';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/**
 * POST /api/v1/rollups/corrections over a hand-built district: a bed reclassified back-dated after June 2025 was
 * rolled up marks 渝北区 from June; the officer's correction run re-rolls it and stores the change as a new revision.
 */
describe('correction runs over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let officer: string;
  let bed: string;
  let otherBed: string;
  let today: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    await t.http.put(`/api/v1/regions/${YUBEI}/population/2025`).set(auth(admin)).send({ age60Plus: 10_000, basis: 'registered' }).expect(200);
    const facility = await createFacility(t, admin, { name: '双龙湖敬老中心', regionCode: YUBEI_TOWNSHIP });
    const { body } = await t.http
      .post(`/api/v1/facilities/${facility}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2020-01-01', beds: bedsLayout(20, { careType: 5 }) })
      .expect(201);
    bed = body.items[10].id;
    otherBed = body.items[11].id;
    today = todayInChina();
    officer = (await createUser(t, { role: 'civil_affairs' as never, regionCode: YUBEI })).token;
    const rollup = await t.http.post('/api/v1/rollups').set(auth(admin)).send({ month: '2025-06', regionCode: YUBEI }).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${rollup.body.id}`).set(auth(admin))).body.status === 'complete', 'rollup', 30_000);
  }, 120_000);

  afterAll(() => t?.close());

  const share = async () => {
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    return body.items.find((item: { indicator: string }) => item.indicator === 'care_type_bed_share');
  };

  it('marks the county from the month a back-dated change touches; a change to the month in progress marks nothing', async () => {
    await t.http.patch(`/api/v1/beds/${otherBed}`).set(auth(admin)).send({ careType: true, effectiveFrom: today }).expect(200);
    expect(await t.dataSource.query(`SELECT * FROM kpi_stale`)).toEqual([]);
    await t.http.patch(`/api/v1/beds/${bed}`).set(auth(admin)).send({ careType: true, effectiveFrom: '2025-06-10' }).expect(200);
    expect(await t.dataSource.query(`SELECT county_code, to_char(since_month, 'YYYY-MM') AS since FROM kpi_stale`)).toEqual([{ county_code: YUBEI, since: '2025-06' }]);
    expect(await share()).toMatchObject({ numerator: 5, denominator: 20, revision: 1 });
  });

  it('refuses other regions, other roles and bad input', async () => {
    const haishu = (await createUser(t, { role: 'civil_affairs' as never, regionCode: HAISHU })).token;
    await t.http.post('/api/v1/rollups/corrections').set(auth(haishu)).send({ regionCode: YUBEI }).expect(404);
    const assessor = (await createUser(t, { role: 'assessor' as never, regionCode: YUBEI })).token;
    await t.http.post('/api/v1/rollups/corrections').set(auth(assessor)).send({}).expect(403);
    const bad = await t.http.post('/api/v1/rollups/corrections').set(auth(officer)).send({ regionCode: '5001' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('regionCode');
    await t.http.post('/api/v1/rollups/corrections').set(auth(officer)).send({ month: '2025-06' }).expect(400);
    await t.http.post('/api/v1/rollups/corrections').set(auth(officer)).send({ regionCode: YUBEI_TOWNSHIP }).expect(400);
    expect(await t.dataSource.query(`SELECT count(*)::int AS runs FROM kpi_rollup WHERE kind = 'correction'`)).toEqual([{ runs: 0 }]);
  });

  it("re-rolls the officer's marked county: a new revision, listed with the rollups, the mark cleared", async () => {
    const started = await t.http.post('/api/v1/rollups/corrections').set(auth(officer)).send({}).expect(202);
    expect(started.body).toMatchObject({ kind: 'correction', jobId: 'correction-500112', regionCode: YUBEI, month: '2025-06', created: true });
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(officer))).body.status === 'complete', 'correction', 30_000);
    const { body: list } = await t.http.get('/api/v1/rollups').set(auth(officer)).expect(200);
    expect(list.items[0]).toMatchObject({ id: started.body.id, kind: 'correction', countiesTotal: 1, countiesDone: 1, progress: 100, valuesRevised: expect.any(Number) });
    expect(list.items[0].valuesRevised).toBeGreaterThan(0);
    expect(await share()).toMatchObject({ numerator: 6, denominator: 20, revision: 2 });
    expect(await t.dataSource.query(`SELECT * FROM kpi_stale`)).toEqual([]);
  });

  it('with nothing marked, a run completes having done nothing', async () => {
    const started = await t.http.post('/api/v1/rollups/corrections').set(auth(admin)).send({ regionCode: YUBEI }).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(admin))).body.status === 'complete', 'empty correction', 30_000);
    expect((await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(admin))).body).toMatchObject({ countiesTotal: 0, valuesRevised: 0, progress: 100 });
    expect(await share()).toMatchObject({ numerator: 6, revision: 2 });
  });

  it('leaves a month whose full rollup is under way to the next correction, keeping its mark', async () => {
    await t.http.patch(`/api/v1/beds/${bed}`).set(auth(admin)).send({ careType: false, effectiveFrom: '2025-06-20' }).expect(200);
    const [{ id: busy }] = await t.dataSource.query(
      `INSERT INTO kpi_rollup (job_id, month, region_code, counties_total, status) VALUES ('rollup-2025-06-500112', '2025-06-01', $1, 1, 'running') RETURNING id`,
      [YUBEI],
    );
    const started = await t.http.post('/api/v1/rollups/corrections').set(auth(officer)).send({}).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(officer))).body.status === 'complete', 'postponed correction', 30_000);
    expect((await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(officer))).body).toMatchObject({ countiesTotal: 1, countiesDone: 0, valuesRevised: 0 });
    expect(await t.dataSource.query(`SELECT county_code, to_char(since_month, 'YYYY-MM') AS since FROM kpi_stale`)).toEqual([{ county_code: YUBEI, since: '2025-06' }]);
    expect(await share()).toMatchObject({ numerator: 6, revision: 2 });
    await t.dataSource.query(`UPDATE kpi_rollup SET status = 'failed', finished_at = now() WHERE id = $1`, [busy]);
    const next = await t.http.post('/api/v1/rollups/corrections').set(auth(officer)).send({}).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${next.body.id}`).set(auth(officer))).body.status === 'complete', 'next correction', 30_000);
    expect(await share()).toMatchObject({ numerator: 5, revision: 3 });
    expect(await t.dataSource.query(`SELECT * FROM kpi_stale`)).toEqual([]);
  });
});
