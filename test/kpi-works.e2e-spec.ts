import { adminToken, bedsLayout, createFacility, createTestApp, importTestRegions, waitUntil, YUBEI, YUBEI_OTHER_TOWNSHIP, type TestApp } from '@yiyang/testing';

/**
 * Building works, safety findings and facility flags in a hand-built 渝北区, February to April 2025: beds built new and
 * one rebuilt in place, upgrade projects of 特困 homes, major hazards found and put right, and the exchange-platform
 * and assistive-device flags. Every numerator and denominator is worked out in the comments.
 */
const COMMUNITY = '500112002001';
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
type Parts = { numerator: number; denominator: number | null; value: number | null };

describe('plan indicators of building works, hazards and facility flags', () => {
  let t: TestApp;
  let admin: string;
  const months: Record<string, { items: { indicator: string }[] }> = {};
  let rebuiltBed: string;
  let institution: string;
  let homeA: string;
  let hazardA: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    const post = (path: string, body: object, status = 201) => t.http.post(path).set(auth(admin)).send(body).expect(status);

    // I: an institution, open since 2019, an assistive-device disinfection site and an exchange platform.
    institution = await createFacility(t, admin, { name: '渝北区社会福利院', openedOn: '2019-01-01', assistiveDeviceSite: true, exchangePlatform: true });
    // HA, HB: two 特困 homes (敬老院); HC: a third, closed on 1 March 2025 (out of the denominator from March on).
    homeA = await createFacility(t, admin, { name: '统景镇敬老院', kind: 'tekun_home', openedOn: '2015-01-01' });
    const homeB = await createFacility(t, admin, { name: '回兴敬老院', kind: 'tekun_home', openedOn: '2015-01-01', regionCode: YUBEI_OTHER_TOWNSHIP });
    const homeC = await createFacility(t, admin, { name: '石船敬老院', kind: 'tekun_home', openedOn: '2015-01-01' });
    await post(`/api/v1/facilities/${homeC}/close`, { on: '2025-03-01' }, 200);
    // TC: a township centre, exchange platform and products display platform. CS: a community station, an exchange
    // platform from 1 April 2025 (the flag is effective-dated).
    await createFacility(t, admin, {
      name: '双龙湖街道养老服务中心', kind: 'township_centre', ownership: 'public', operation: 'social', exchangePlatform: true, productsDisplayPlatform: true,
    });
    const station = await createFacility(t, admin, { name: '双龙湖社区养老服务站', kind: 'community_station', operation: 'social' });
    await t.http.patch(`/api/v1/facilities/${station}`).set(auth(admin)).send({ exchangePlatform: true, effectiveFrom: '2025-04-01' }).expect(200);

    // Beds of I: four existing (原有) beds since 2020; two built new (新建) opening 10 March 2025; one opened on
    // 1 March 2025 but commissioned as new on 5 April; a home bed built new in March (not a 养老服务床位).
    const existing = await post(`/api/v1/facilities/${institution}/beds/bulk`, { openedOn: '2020-01-01', beds: bedsLayout(4, { careType: 2 }) });
    await post(`/api/v1/facilities/${institution}/beds/bulk`, { openedOn: '2025-03-10', origin: 'new_build', beds: bedsLayout(2, { prefix: 'N' }) });
    await post(`/api/v1/facilities/${institution}/beds`, { code: 'L-1', room: '901', careType: true, openedOn: '2025-03-01', origin: 'new_build', commissionedOn: '2025-04-05' });
    await post(`/api/v1/facilities/${institution}/beds`, { code: 'H-1', setting: 'home', homeRegionCode: COMMUNITY, careType: false, openedOn: '2025-03-12', origin: 'new_build' });
    // One existing bed rebuilt in place (改建) on 20 March: same bed, counted once in March.
    rebuiltBed = existing.body.items[0].id;
    await post(`/api/v1/beds/${rebuiltBed}/rebuild`, { commissionedOn: '2025-03-20', notes: '适老化改造' }, 200);

    // Projects. HA: an upgrade started in 2024, completed on 15 March 2025; a fire-safety project recorded done on 25
    // March. HB: a repair completed in 2020 (before the plan period) and a new build completed in March (not an
    // upgrade). I: an upgrade in March (not a 特困 home). HC: an upgrade completed on 10 March, after it closed.
    const upgrade = await post(`/api/v1/facilities/${homeA}/projects`, { kind: 'upgrade', title: '敬老院提升改造', startedOn: '2024-06-01', fundingYuan: 1_200_000, fundingSource: '中央预算内投资' });
    await post(`/api/v1/facilities/${homeA}/projects/${upgrade.body.id}/complete`, { completedOn: '2025-03-15' }, 200);
    await post(`/api/v1/facilities/${homeA}/projects`, { kind: 'fire_safety', title: '消防改造', startedOn: '2025-01-10', completedOn: '2025-03-25' });
    await post(`/api/v1/facilities/${homeB}/projects`, { kind: 'repair', title: '屋面维修', startedOn: '2020-05-01', completedOn: '2020-10-01' });
    await post(`/api/v1/facilities/${homeB}/projects`, { kind: 'new_build', title: '新建护理楼', startedOn: '2024-01-01', completedOn: '2025-03-05' });
    await post(`/api/v1/facilities/${institution}/projects`, { kind: 'upgrade', title: '福利院改造', startedOn: '2024-01-01', completedOn: '2025-03-10' });
    await post(`/api/v1/facilities/${homeC}/projects`, { kind: 'upgrade', title: '关停前改造', startedOn: '2024-01-01', completedOn: '2025-03-10' });

    // Hazards. I: a major one found on 31 March 2024 and rectified on 2 April 2024; a major one found on 20 March
    // 2025 by the 2025 inspection, rectified on 10 April 2025. HA: a minor one in March. TC-like facilities do not
    // count: a major hazard at the station, open.
    const inspection = await post(`/api/v1/facilities/${institution}/inspections`, { year: 2025, passed: false, inspectedOn: '2025-03-20' });
    const old = await post(`/api/v1/facilities/${institution}/hazards`, { description: '消防通道堵塞', major: true, foundOn: '2024-03-31' });
    await post(`/api/v1/facilities/${institution}/hazards/${old.body.id}/rectify`, { rectifiedOn: '2024-04-02' }, 200);
    const found = await post(`/api/v1/facilities/${institution}/hazards`, { description: '电气线路老化', major: true, foundOn: '2025-03-20', inspectionId: inspection.body.id });
    hazardA = found.body.id;
    await post(`/api/v1/facilities/${homeA}/hazards`, { description: '扶手松动', major: false, foundOn: '2025-03-02' });
    await post(`/api/v1/facilities/${station}/hazards`, { description: '燃气泄漏隐患', major: true, foundOn: '2025-03-05' });

    for (const month of ['2025-02', '2025-03']) {
      months[month] = (await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=${month}`).set(auth(admin)).expect(200)).body;
    }
    // Put right in April: March stays 0 %, April reads 100 %.
    await post(`/api/v1/facilities/${institution}/hazards/${hazardA}/rectify`, { rectifiedOn: '2025-04-10' }, 200);
    months['2025-04'] = (await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-04`).set(auth(admin)).expect(200)).body;
  }, 120_000);

  afterAll(() => t?.close());

  const parts = (month: string, id: string): Parts => {
    const item = months[month].items.find((entry) => entry.indicator === id) as unknown as Parts | undefined;
    if (!item) throw new Error(`no ${id} in ${month}`);
    return { numerator: item.numerator, denominator: item.denominator, value: item.value };
  };

  it('counts beds built new or rebuilt in the month they were commissioned, a rebuilt bed once', () => {
    // February: nothing commissioned.
    expect(parts('2025-02', 'beds_new_or_rebuilt')).toEqual({ numerator: 0, denominator: null, value: 0 });
    // March: N beds (2, opened 10 March) + the bed rebuilt on 20 March; L-1 opened in March but was commissioned in
    // April; the home bed is not a 养老服务床位.
    expect(parts('2025-03', 'beds_new_or_rebuilt')).toEqual({ numerator: 3, denominator: null, value: 3 });
    // April: L-1 only; the rebuilt bed is not counted again.
    expect(parts('2025-04', 'beds_new_or_rebuilt')).toEqual({ numerator: 1, denominator: null, value: 1 });
  });

  it('keeps the rebuilt bed: same id, classification and history, with its rebuild shown', async () => {
    const { body: bed } = await t.http.get(`/api/v1/beds/${rebuiltBed}?date=2025-03-31`).set(auth(admin)).expect(200);
    expect(bed).toMatchObject({ id: rebuiltBed, openedOn: '2020-01-01', careType: true, origin: 'rebuild' });
    expect(bed.commissionings).toEqual([{ origin: 'rebuild', commissionedOn: '2025-03-20', notes: '适老化改造' }]);
    const { body: history } = await t.http.get(`/api/v1/beds/${rebuiltBed}/history`).set(auth(admin)).expect(200);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ validFrom: '2020-01-01', validTo: null, careType: true });
    const [audit] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity = 'bed' AND action = 'rebuild' AND entity_id = $1`, [rebuiltBed]);
    expect(audit.changes.after).toEqual({ commissionedOn: '2025-03-20', notes: '适老化改造' });
  });

  it('refuses a rebuild before the bed opened, after it closed, or twice on a day', async () => {
    const bed = (await t.http.get(`/api/v1/facilities/${institution}/beds?date=2025-03-31`).set(auth(admin)).expect(200)).body.items.find(
      (item: { code: string }) => item.code === bedsLayout(4)[1].code,
    );
    const early = await t.http.post(`/api/v1/beds/${bed.id}/rebuild`).set(auth(admin)).send({ commissionedOn: '2019-12-31' }).expect(400);
    expect(early.body.details[0].field).toBe('commissionedOn');
    await t.http.post(`/api/v1/beds/${rebuiltBed}/rebuild`).set(auth(admin)).send({ commissionedOn: '2025-03-20' }).expect((response) => expect([400, 409]).toContain(response.status));
    await t.http.post(`/api/v1/beds/${bed.id}/close`).set(auth(admin)).send({ on: '2025-05-01' }).expect(200);
    await t.http.post(`/api/v1/beds/${bed.id}/rebuild`).set(auth(admin)).send({ commissionedOn: '2025-05-02' }).expect(400);
    // A new bed is commissioned on or after it opens.
    await t.http.post(`/api/v1/facilities/${institution}/beds`).set(auth(admin)).send({ code: 'E-1', room: '902', careType: false, openedOn: '2025-03-01', origin: 'new_build', commissionedOn: '2025-02-01' }).expect(400);
  });

  it('shows how a bed came: new builds and existing beds', async () => {
    const { body } = await t.http.get(`/api/v1/facilities/${institution}/beds?date=2025-04-30&limit=50`).set(auth(admin)).expect(200);
    const origin = Object.fromEntries(body.items.map((bed: { code: string; origin: string }) => [bed.code, bed.origin]));
    expect(origin['L-1']).toBe('new_build');
    expect(origin[bedsLayout(2, { prefix: 'N' })[0].code]).toBe('new_build');
    expect(origin[bedsLayout(4)[2].code]).toBe('existing');
  });

  it('measures the upgrade of 特困 homes as a share of open homes and as projects completed', () => {
    // February: homes HA, HB, HC open; none has an upgrade completed since 2021 (HB's repair was in 2020).
    expect(parts('2025-02', 'tekun_facility_upgrade')).toEqual({ numerator: 0, denominator: 3, value: 0 });
    // March: HC closed on 1 March; HA upgraded (twice), HB's new build is no upgrade: 1 of 2.
    expect(parts('2025-03', 'tekun_facility_upgrade')).toEqual({ numerator: 1, denominator: 2, value: 50 });
    expect(parts('2025-04', 'tekun_facility_upgrade')).toEqual({ numerator: 1, denominator: 2, value: 50 });
    // Projects completed in March at open 特困 homes: HA's upgrade and fire-safety works; not HB's new build, not the
    // institution's upgrade, not HC's (closed by then).
    expect(parts('2025-02', 'tekun_facility_upgrade.projects')).toEqual({ numerator: 0, denominator: null, value: 0 });
    expect(parts('2025-03', 'tekun_facility_upgrade.projects')).toEqual({ numerator: 2, denominator: null, value: 2 });
    expect(parts('2025-04', 'tekun_facility_upgrade.projects')).toEqual({ numerator: 0, denominator: null, value: 0 });
  });

  it('rates major hazards of institutions found in the 12 months to the day: found in March, put right in April', () => {
    // 28 Feb 2025: found after 28 Feb 2024 — the one of 31 March 2024, rectified on 2 April 2024: 1 of 1.
    expect(parts('2025-02', 'major_safety_hazard_rectification_rate')).toEqual({ numerator: 1, denominator: 1, value: 100 });
    // 31 March 2025: the 2024 hazard falls out (found on 31 March 2024, not after); the one of 20 March is open: 0 of
    // 1. The station's major hazard is not at an institution; HA's is minor.
    expect(parts('2025-03', 'major_safety_hazard_rectification_rate')).toEqual({ numerator: 0, denominator: 1, value: 0 });
    // 30 April 2025: rectified on 10 April: 1 of 1.
    expect(parts('2025-04', 'major_safety_hazard_rectification_rate')).toEqual({ numerator: 1, denominator: 1, value: 100 });
  });

  it('counts flagged facilities: disinfection sites and exchange platforms by kind', () => {
    expect(parts('2025-03', 'assistive_device_disinfection_site')).toEqual({ numerator: 1, denominator: null, value: 1 });
    // March: I (institution) and TC (township centre); the station only from 1 April.
    expect(parts('2025-03', 'international_exchange_platform_facilities')).toEqual({ numerator: 2, denominator: null, value: 2 });
    expect(parts('2025-03', 'international_exchange_platform_facilities.institution').numerator).toBe(1);
    expect(parts('2025-03', 'international_exchange_platform_facilities.township_centre').numerator).toBe(1);
    expect(parts('2025-03', 'international_exchange_platform_facilities.community_station').numerator).toBe(0);
    expect(parts('2025-03', 'international_exchange_platform_facilities.display_platform').numerator).toBe(1);
    expect(parts('2025-04', 'international_exchange_platform_facilities')).toEqual({ numerator: 3, denominator: null, value: 3 });
    expect(parts('2025-04', 'international_exchange_platform_facilities.community_station').numerator).toBe(1);
  });

  it('lists projects and hazards with their states, and refuses what cannot be', async () => {
    const { body: projects } = await t.http.get(`/api/v1/facilities/${homeA}/projects`).set(auth(admin)).expect(200);
    expect(projects.map((p: { kind: string; completedOn: string }) => [p.kind, p.completedOn])).toEqual([
      ['fire_safety', '2025-03-25'],
      ['upgrade', '2025-03-15'],
    ]);
    expect(projects[1]).toMatchObject({ fundingYuan: 1_200_000, fundingSource: '中央预算内投资', kindLabel: { zh: '提升改造', en: 'Upgrade' } });
    // Completed twice: 422; before it started: 400.
    await t.http.post(`/api/v1/facilities/${homeA}/projects/${projects[1].id}/complete`).set(auth(admin)).send({ completedOn: '2025-04-01' }).expect(422);
    const open = await t.http.post(`/api/v1/facilities/${homeA}/projects`).set(auth(admin)).send({ kind: 'repair', title: '维修', startedOn: '2025-05-01' }).expect(201);
    await t.http.post(`/api/v1/facilities/${homeA}/projects/${open.body.id}/complete`).set(auth(admin)).send({ completedOn: '2025-04-01' }).expect(400);
    await t.http.post(`/api/v1/facilities/${homeA}/projects`).set(auth(admin)).send({ kind: 'repair', title: '维修', startedOn: '2025-05-01', fundingYuan: -1 }).expect(400);

    const list = async (status?: string) =>
      (await t.http.get(`/api/v1/facilities/${institution}/hazards${status ? `?status=${status}` : ''}`).set(auth(admin)).expect(200)).body.map((h: { foundOn: string }) => h.foundOn);
    expect(await list()).toEqual(['2025-03-20', '2024-03-31']);
    expect(await list('open')).toEqual([]);
    expect(await list('rectified')).toEqual(['2025-03-20', '2024-03-31']);
    await t.http.post(`/api/v1/facilities/${institution}/hazards/${hazardA}/rectify`).set(auth(admin)).send({ rectifiedOn: '2025-04-11' }).expect(422);
    const late = await t.http.post(`/api/v1/facilities/${homeA}/hazards`).set(auth(admin)).send({ description: '地面湿滑', major: true, foundOn: '2025-04-01' }).expect(201);
    await t.http.post(`/api/v1/facilities/${homeA}/hazards/${late.body.id}/rectify`).set(auth(admin)).send({ rectifiedOn: '2025-03-31' }).expect(400);
    // An inspection of another facility is refused.
    const other = await t.http.get(`/api/v1/facilities/${institution}/inspections`).set(auth(admin)).expect(200);
    expect(other.body).toHaveLength(1);
    const [{ id: inspectionId }] = await t.dataSource.query(`SELECT id FROM facility_inspection WHERE facility_id = $1`, [institution]);
    await t.http.post(`/api/v1/facilities/${homeA}/hazards`).set(auth(admin)).send({ description: 'x', major: false, foundOn: '2025-04-01', inspectionId }).expect(400);
    const actions: { entity: string; action: string }[] = await t.dataSource.query(
      `SELECT DISTINCT entity, action FROM audit_log WHERE entity IN ('facility_project', 'inspection_hazard') ORDER BY 1, 2`,
    );
    expect(actions).toEqual([
      { entity: 'facility_project', action: 'complete' },
      { entity: 'facility_project', action: 'create' },
      { entity: 'inspection_hazard', action: 'create' },
      { entity: 'inspection_hazard', action: 'rectify' },
    ]);
  });

  it('shows the flags on the facility', async () => {
    const { body } = await t.http.get(`/api/v1/facilities/${institution}?date=2025-03-31`).set(auth(admin)).expect(200);
    expect(body.profile).toMatchObject({ assistiveDeviceSite: true, exchangePlatform: true, productsDisplayPlatform: false });
  });

  it('adds a cumulative indicator up over the stored months since its start and the month judged', async () => {
    // February and March rolled up (stored: 0 and 3 beds); April live (1 bed): 4 since 2021-01.
    for (const month of ['2025-02', '2025-03']) {
      const started = await t.http.post('/api/v1/rollups').set(auth(admin)).send({ month, regionCode: YUBEI }).expect(202);
      await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(admin))).body.status === 'complete', `the rollup of ${month}`, 60_000);
    }
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-04`).set(auth(admin)).expect(200);
    const item = body.items.find((entry: { indicator: string }) => entry.indicator === 'beds_new_or_rebuilt');
    expect([item.numerator, item.cumulative]).toEqual([1, { from: '2021-01', value: 4 }]);
  }, 90_000);
});
