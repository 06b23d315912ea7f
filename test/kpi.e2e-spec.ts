import { adminToken, bedsLayout, createFacility, createTestApp, createUser, importTestRegions, YUBEI, YUBEI_OTHER_TOWNSHIP, YUBEI_TOWNSHIP, waitUntil, type TestApp } from '@yiyang/testing';

/**
 * A small region built by hand through the API — three townships of 渝北区, four facilities — whose numerators and
 * denominators are worked out below, including a bed reclassified mid-June and a facility closed mid-June.
 */
const TONGJING = '500112100000';
const COMMUNITY = '500112002001';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('plan indicators over a hand-built district', () => {
  let t: TestApp;
  let admin: string;
  let a: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    await t.http.put(`/api/v1/regions/${YUBEI}/population/2025`).set(auth(admin)).send({ age60Plus: 20_000, basis: 'registered' }).expect(200);

    // A: public, government-run institution in 双龙湖街道 with the comprehensive core; 100 beds, 30 care-type.
    a = await createFacility(t, admin, {
      name: '双龙湖敬老中心',
      regionCode: YUBEI_TOWNSHIP,
      functions: ['full_time_care', 'day_care', 'home_outreach'],
      rehabRoom: true,
    });
    const aBeds = await addBeds(a, 100, 30);
    // Ten general beds become care-type from 15 June: May keeps 30, June has 40.
    for (const bed of aBeds.slice(30, 40)) {
      await t.http.patch(`/api/v1/beds/${bed}`).set(auth(admin)).send({ careType: true, effectiveFrom: '2025-06-15' }).expect(200);
    }
    // B: private institution in 回兴街道: 50 beds, 10 care-type of which 5 dementia-care.
    const b = await createFacility(t, admin, { name: '回兴颐养院', regionCode: YUBEI_OTHER_TOWNSHIP, ownership: 'private', operation: 'social' });
    await t.http
      .post(`/api/v1/facilities/${b}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2020-01-01', beds: bedsLayout(50, { careType: 10 }).map((bed, index) => ({ ...bed, dementiaCare: index < 5 })) })
      .expect(201);
    // C: a public 敬老院 in 统景镇 run by a social operator, 20 care-type beds, closed on 20 June.
    const c = await createFacility(t, admin, { name: '统景敬老院', regionCode: TONGJING, kind: 'tekun_home', operation: 'social' });
    await addBeds(c, 20, 20);
    await t.http.post(`/api/v1/facilities/${c}/close`).set(auth(admin)).send({ on: '2025-06-20', reason: '撤并' }).expect(200);
    // D: a community station in 双龙湖社区 with 10 community beds.
    const d = await createFacility(t, admin, { name: '双龙湖社区养老服务站', regionCode: COMMUNITY, kind: 'community_station', operation: 'social' });
    await t.http
      .post(`/api/v1/facilities/${d}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2020-01-01', beds: bedsLayout(10, { prefix: 'S' }).map((bed) => ({ ...bed, setting: 'community' })) })
      .expect(201);

    await t.http.post(`/api/v1/facilities/${a}/inspections`).set(auth(admin)).send({ year: 2025, passed: true, inspectedOn: '2025-03-01' }).expect(201);
    await t.http.post(`/api/v1/facilities/${b}/inspections`).set(auth(admin)).send({ year: 2025, passed: false, inspectedOn: '2025-03-02' }).expect(201);
    const skill = { kind: 'caregiver_skill', level: 4, issuedOn: '2024-01-01' };
    for (const certificates of [[skill], [skill, { kind: 'first_aid', issuedOn: '2024-06-01' }], []]) {
      await t.http.post(`/api/v1/facilities/${a}/staff`).set(auth(admin)).send({ name: '护理员', role: 'caregiver', hiredOn: '2024-01-01', certificates }).expect(201);
    }
    await t.http.post(`/api/v1/facilities/${a}/staff`).set(auth(admin)).send({ name: '社工', role: 'social_worker', hiredOn: '2024-01-01' }).expect(201);
    await t.http
      .put('/api/v1/kpi/targets')
      .set(auth(admin))
      .send({ regionCode: YUBEI, indicator: 'care_type_bed_share', year: 2025, comparator: '>=', value: 60, binding: 'binding', source: { quote: '养老机构护理型床位占比不低于60%' } })
      .expect(200);
    await t.http
      .put('/api/v1/kpi/targets')
      .set(auth(admin))
      .send({ regionCode: YUBEI, indicator: 'township_comprehensive_facility_coverage', year: 2025, comparator: '>=', value: 90, binding: 'expected' })
      .expect(200);
  }, 120_000);

  afterAll(() => t?.close());

  async function addBeds(facilityId: string, count: number, careType: number): Promise<string[]> {
    const response = await t.http
      .post(`/api/v1/facilities/${facilityId}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2020-01-01', beds: bedsLayout(count, { careType }) })
      .expect(201);
    return response.body.items.map((bed: { id: string }) => bed.id);
  }

  const item = (body: { items: { indicator: string }[] }, id: string) => body.items.find((entry) => entry.indicator === id) as Record<string, any>;

  it('computes June 2025 from the state on 30 June: the reclassified beds count, the closed home does not', async () => {
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    expect(body.source).toBe('live');
    const parts = (id: string) => ({ numerator: item(body, id).numerator, denominator: item(body, id).denominator, value: item(body, id).value });
    // Institution beds: A 100 + B 50 (C closed on the 20th); care-type A 30 + 10 reclassified + B 10.
    expect(parts('care_type_bed_share')).toEqual({ numerator: 50, denominator: 150, value: 33.3333 });
    expect(parts('total_elderly_care_beds')).toEqual({ numerator: 160, denominator: null, value: 160 });
    expect(parts('total_elderly_care_beds.institution')).toEqual({ numerator: 150, denominator: null, value: 150 });
    expect(parts('elderly_care_institution_count').numerator).toBe(2);
    // 160 beds over 20,000 registered older people.
    expect(parts('beds_per_1000_older')).toEqual({ numerator: 160, denominator: 20_000, value: 8 });
    expect(item(body, 'beds_per_1000_older').populationBasis).toBe('registered');
    expect(parts('government_operated_bed_share')).toEqual({ numerator: 100, denominator: 160, value: 62.5 });
    // Public facilities open on 30 June: A (government-run) and D (public, social operator).
    expect(parts('public_built_private_operated_rate')).toEqual({ numerator: 1, denominator: 2, value: 50 });
    expect(parts('institution_quality_compliance_rate')).toEqual({ numerator: 1, denominator: 2, value: 50 });
    expect(parts('dementia_care_beds_per_10k_older')).toEqual({ numerator: 5, denominator: 20_000, value: 2.5 });
    // Three townships (none of kind other); only 双龙湖街道 has a facility with the comprehensive core.
    expect(parts('township_comprehensive_facility_coverage')).toEqual({ numerator: 1, denominator: 3, value: 33.3333 });
    expect(parts('community_home_care_facility_coverage')).toEqual({ numerator: 1, denominator: 1, value: 100 });
    expect(parts('rehab_room_coverage_large_institutions')).toEqual({ numerator: 1, denominator: 1, value: 100 });
    expect(parts('community_care_facility_count').numerator).toBe(1);
    // Caregivers of A: two certified, one of them with first aid, one without a certificate; one social worker.
    expect(parts('certified_caregivers_per_10k_older')).toEqual({ numerator: 2, denominator: 20_000, value: 1 });
    expect(parts('caregiver_first_aid_certificate_rate')).toEqual({ numerator: 1, denominator: 2, value: 50 });
    expect(parts('care_staff_certified_rate')).toEqual({ numerator: 2, denominator: 3, value: 66.6667 });
    expect(parts('social_workers_per_institution_beds')).toEqual({ numerator: 150, denominator: 1, value: 150 });
    expect(parts('social_workers_per_older_population')).toEqual({ numerator: 1, denominator: 20_000, value: 0.5 });

    // The target, its status and the gap as an action: 60 % of 150 beds is 90 care-type, 40 more.
    const share = item(body, 'care_type_bed_share');
    expect(share.target).toMatchObject({ year: 2025, comparator: '>=', value: 60, binding: 'binding', bindingZh: '约束性' });
    expect(share.status).toMatch(/^(at_risk|off_track)$/);
    expect(share.gap).toMatchObject({ units: 40, en: 'convert 40 more institution beds to care-type' });
    // 90 % of three townships needs three; the two lacking are named.
    const coverage = item(body, 'township_comprehensive_facility_coverage');
    expect(coverage.gap.units).toBe(2);
    expect(coverage.gap.regions.map((region: { name: string }) => region.name).sort()).toEqual(['回兴街道', '统景镇']);
    expect(coverage.gap.zh).toContain('尚无综合功能养老服务机构的乡镇（街道）：');
  });

  it('keeps May as it was on 31 May: before the reclassification, with the closed home still open', async () => {
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-05`).set(auth(admin)).expect(200);
    expect(item(body, 'care_type_bed_share')).toMatchObject({ numerator: 60, denominator: 170 });
    expect(item(body, 'elderly_care_institution_count').numerator).toBe(3);
    expect(item(body, 'community_facility_socialized_operation_rate.tekun_home')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  });

  it('sums townships up to the county and ranks them in the breakdown', async () => {
    const { body } = await t.http.get(`/api/v1/kpi/care_type_bed_share/breakdown?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    expect(body.value).toBe(33.3333);
    const byCode = Object.fromEntries(body.items.map((entry: { regionCode: string }) => [entry.regionCode, entry]));
    expect(byCode[YUBEI_TOWNSHIP]).toMatchObject({ numerator: 40, denominator: 100, value: 40 });
    expect(byCode[YUBEI_OTHER_TOWNSHIP]).toMatchObject({ numerator: 10, denominator: 50, value: 20, rank: 1 });
    expect(byCode[TONGJING]).toMatchObject({ numerator: 0, denominator: 0, value: null });
    const sum = body.items.reduce((total: number, entry: { numerator: number }) => total + entry.numerator, 0);
    expect(sum).toBe(50);
  });

  it('rolls a month up into a snapshot; asking twice at once makes one run and one set of values', async () => {
    const [first, second] = await Promise.all([
      t.http.post('/api/v1/rollups').set(auth(admin)).send({ month: '2025-06', regionCode: YUBEI }),
      t.http.post('/api/v1/rollups').set(auth(admin)).send({ month: '2025-06', regionCode: YUBEI }),
    ]);
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(first.body.id).toBe(second.body.id);
    expect(first.body.jobId).toBe('rollup-2025-06-500112');
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${first.body.id}`).set(auth(admin))).body.status === 'complete', 'rollup complete', 30_000);
    const run = (await t.http.get(`/api/v1/rollups/${first.body.id}`).set(auth(admin)).expect(200)).body;
    expect(run).toMatchObject({ countiesTotal: 1, countiesDone: 1, progress: 100, valuesUnchanged: 0 });
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM kpi_value WHERE month = '2025-06-01' AND indicator = 'care_type_bed_share'`);
    // The county and its three townships, once each.
    expect(count).toBe(4);
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    expect(body.source).toBe('snapshot');
    expect(item(body, 'care_type_bed_share')).toMatchObject({ numerator: 50, denominator: 150, revision: 1 });
    const [{ staged }] = await t.dataSource.query(`SELECT count(*)::int AS staged FROM kpi_staged_value`);
    expect(staged).toBe(0);
  });

  it('re-running the month changes nothing unless its data was corrected; then the change is a new revision', async () => {
    const rerun = await t.http.post('/api/v1/rollups').set(auth(admin)).send({ month: '2025-06', regionCode: YUBEI }).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${rerun.body.id}`).set(auth(admin))).body.status === 'complete', 'rerun complete', 30_000);
    expect((await t.http.get(`/api/v1/rollups/${rerun.body.id}`).set(auth(admin))).body.valuesRevised).toBe(0);

    // A correction: one of B's general beds was care-type from 1 June.
    const board = await t.dataSource.query(
      `SELECT b.id FROM bed b JOIN bed_classification c ON c.bed_id = b.id JOIN facility f ON f.id = b.facility_id
        WHERE f.name = '回兴颐养院' AND NOT c.care_type ORDER BY b.code LIMIT 1`,
    );
    await t.http.patch(`/api/v1/beds/${board[0].id}`).set(auth(admin)).send({ careType: true, effectiveFrom: '2025-06-01' }).expect(200);
    const corrected = await t.http.post('/api/v1/rollups').set(auth(admin)).send({ month: '2025-06', regionCode: YUBEI }).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${corrected.body.id}`).set(auth(admin))).body.status === 'complete', 'corrected rollup', 30_000);
    const run = (await t.http.get(`/api/v1/rollups/${corrected.body.id}`).set(auth(admin))).body;
    expect(run.valuesRevised).toBeGreaterThan(0);
    const { body } = await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    expect(item(body, 'care_type_bed_share')).toMatchObject({ numerator: 51, denominator: 150, revision: 2 });
    const history = await t.dataSource.query(
      `SELECT revision, numerator::int AS numerator, superseded_at IS NOT NULL AS superseded FROM kpi_value
        WHERE month = '2025-06-01' AND region_code = $1 AND indicator = 'care_type_bed_share' ORDER BY revision`,
      [YUBEI],
    );
    expect(history).toEqual([
      { revision: 1, numerator: 50, superseded: true },
      { revision: 2, numerator: 51, superseded: false },
    ]);
    const series = await t.http.get(`/api/v1/kpi/care_type_bed_share/series?regionCode=${YUBEI}&from=2025-05&to=2025-06`).set(auth(admin)).expect(200);
    expect(series.body.items).toEqual([
      expect.objectContaining({ month: '2025-05', numerator: 60, denominator: 170, source: 'live' }),
      expect.objectContaining({ month: '2025-06', numerator: 51, denominator: 150, revision: 2, source: 'snapshot' }),
    ]);
  });

  it('answers every indicator over months in one request, each as its own series answers it', async () => {
    const { body: batch } = await t.http.get(`/api/v1/kpi/series?regionCode=${YUBEI}&from=2025-05&to=2025-06`).set(auth(admin)).expect(200);
    expect(batch).toMatchObject({ regionCode: YUBEI, level: 'county', from: '2025-05', to: '2025-06' });
    const { body: indicators } = await t.http.get('/api/v1/kpi/indicators').set(auth(admin)).expect(200);
    expect(batch.indicators.map((entry: { indicator: string }) => entry.indicator)).toEqual(indicators.map((indicator: { id: string }) => indicator.id));
    for (const entry of batch.indicators) {
      const { body: single } = await t.http.get(`/api/v1/kpi/${entry.indicator}/series?regionCode=${YUBEI}&from=2025-05&to=2025-06`).set(auth(admin)).expect(200);
      expect(entry.items).toEqual(single.items);
    }
    // May is computed live (never rolled up), June read from its second revision; each month judged against the target.
    const careType = batch.indicators.find((entry: { indicator: string }) => entry.indicator === 'care_type_bed_share');
    expect(careType.items).toEqual([
      expect.objectContaining({ month: '2025-05', numerator: 60, denominator: 170, revision: null, source: 'live', status: expect.any(String) }),
      expect.objectContaining({ month: '2025-06', numerator: 51, denominator: 150, revision: 2, source: 'snapshot', status: expect.any(String) }),
    ]);
  });

  it("lays out an indicator's children × months: the county's townships, each month judged", async () => {
    const { body } = await t.http.get(`/api/v1/kpi/care_type_bed_share/matrix?regionCode=${YUBEI}&from=2025-05&to=2025-06`).set(auth(admin)).expect(200);
    expect(body).toMatchObject({ indicator: 'care_type_bed_share', regionCode: YUBEI, months: ['2025-05', '2025-06'] });
    const { body: june } = await t.http.get(`/api/v1/kpi/care_type_bed_share/breakdown?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200);
    expect(body.rows.map((row: { regionCode: string }) => row.regionCode).sort()).toEqual(june.items.map((item: { regionCode: string }) => item.regionCode).sort());
    const row = (code: string) => body.rows.find((candidate: { regionCode: string }) => candidate.regionCode === code);
    // Townships have no targets of their own: each is judged against the district's (≥ 60 % by 2025).
    expect(row(YUBEI_TOWNSHIP)).toMatchObject({ level: 'township', targetRegionCode: YUBEI });
    // 双龙湖: A's 30 care-type beds in May, 40 once ten were reclassified (30 % and 40 % against ≥ 60 %, not met; with
    // no baseline year of its own rolled up there is no trajectory to be on or off: at risk); 回兴: B's 10, then 11
    // after the correction.
    expect(row(YUBEI_TOWNSHIP).cells).toEqual([
      expect.objectContaining({ month: '2025-05', numerator: 30, denominator: 100, source: 'live', status: 'at_risk' }),
      expect.objectContaining({ month: '2025-06', numerator: 40, denominator: 100, source: 'snapshot', status: 'at_risk' }),
    ]);
    expect(row(YUBEI_OTHER_TOWNSHIP).cells[1]).toMatchObject({ numerator: 11, denominator: 50, revision: 2 });
    // 统景: C's 20 care-type beds until it closed on 20 June.
    expect(row(TONGJING).cells.map((cell: { numerator: number; denominator: number }) => [cell.numerator, cell.denominator])).toEqual([
      [20, 20],
      [0, 0],
    ]);
  });

  it('lists the rollup runs, newest first; an officer sees those of their region only', async () => {
    const { body: all } = await t.http.get('/api/v1/rollups').set(auth(admin)).expect(200);
    expect(all.total).toBe(3);
    expect(all.items.map((run: { month: string; regionCode: string; status: string }) => [run.month, run.regionCode, run.status])).toEqual([
      ['2025-06', YUBEI, 'complete'],
      ['2025-06', YUBEI, 'complete'],
      ['2025-06', YUBEI, 'complete'],
    ]);
    expect(all.items[0]).toMatchObject({ valuesRevised: expect.any(Number), progress: 100 });
    const yubeiOfficer = await createUser(t, { role: 'civil_affairs' as never, regionCode: YUBEI });
    expect((await t.http.get(`/api/v1/rollups?regionCode=${YUBEI}&month=2025-06`).set(auth(yubeiOfficer.token)).expect(200)).body.total).toBe(3);
    expect((await t.http.get('/api/v1/rollups?month=2025-05').set(auth(yubeiOfficer.token)).expect(200)).body.total).toBe(0);
    const haishuOfficer = await createUser(t, { role: 'civil_affairs' as never, regionCode: '330203000000' });
    expect((await t.http.get('/api/v1/rollups').set(auth(haishuOfficer.token)).expect(200)).body).toMatchObject({ items: [], total: 0 });
    await t.http.get(`/api/v1/rollups?regionCode=${YUBEI}`).set(auth(haishuOfficer.token)).expect(404);
    await t.http.get(`/api/v1/rollups/${all.items[0].id}`).set(auth(haishuOfficer.token)).expect(404);
    await t.http.get(`/api/v1/kpi/series?regionCode=${YUBEI}&from=2025-05&to=2025-06`).set(auth(haishuOfficer.token)).expect(404);
    await t.http.get(`/api/v1/kpi/care_type_bed_share/matrix?regionCode=${YUBEI}&from=2025-05&to=2025-06`).set(auth(haishuOfficer.token)).expect(404);
  });

  it('answers the monthly report as an XLSX workbook', async () => {
    const response = await t.http
      .get(`/api/v1/kpi/report.xlsx?regionCode=${YUBEI}&month=2025-06`)
      .set(auth(admin))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '乡镇（街道）']);
    expect(String(workbook.worksheets[0].getCell('A1').value)).toContain('渝北区');
  });

  it('refuses bad input with field-level 400s and keeps officers to their region', async () => {
    const bad = await t.http.put('/api/v1/kpi/targets').set(auth(admin)).send({ regionCode: '5001', indicator: 'nope', year: 1900, comparator: '≈', value: 'x', binding: 'maybe' });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['binding', 'comparator', 'regionCode', 'value', 'year']);
    const unknown = await t.http.put('/api/v1/kpi/targets').set(auth(admin)).send({ regionCode: YUBEI, indicator: 'nope', year: 2025, comparator: '>=', value: 1, binding: 'expected' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('indicator');
    await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2099-01`).set(auth(admin)).expect(400);
    await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-13`).set(auth(admin)).expect(400);

    const haishuOfficer = await createUser(t, { role: 'civil_affairs' as never, regionCode: '330203000000' });
    await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(haishuOfficer.token)).expect(404);
    await t.http.get(`/api/v1/kpi/care_type_bed_share/breakdown?regionCode=${YUBEI}&month=2025-06`).set(auth(haishuOfficer.token)).expect(404);
    await t.http.get(`/api/v1/kpi/report.xlsx?regionCode=${YUBEI}&month=2025-06`).set(auth(haishuOfficer.token)).expect(404);
    await t.http
      .put('/api/v1/kpi/targets')
      .set(auth(haishuOfficer.token))
      .send({ regionCode: YUBEI, indicator: 'care_type_bed_share', year: 2025, comparator: '>=', value: 1, binding: 'binding' })
      .expect(404);
    const operator = await createUser(t, { role: 'operator' as never, facilityIds: [a] });
    await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(operator.token)).expect(403);
    const [{ target }] = await t.dataSource.query(`SELECT value::int AS target FROM kpi_target WHERE region_code = $1 AND indicator = 'care_type_bed_share'`, [YUBEI]);
    expect(target).toBe(60);
  });
});
