import { Role } from '@yiyang/auth';
import { adminToken, bedsLayout, createFacility, createTestApp, createUser, HAISHU, importTestRegions, waitUntil, YUBEI, type CreatedUser, type TestApp } from '@yiyang/testing';

/**
 * What-if scenarios (情景推演) over a district built by hand: 海曙区 with its two 街道, 南门 (T1) and 江厦 (T2).
 *
 *   A  南门 public, government-run institution, 40 institution beds, 10 care-type
 *   B  江厦 private institution (social), 20 institution beds, 5 care-type
 *   C  江厦 community station (social), 6 community beds
 *   older population of 海曙区 in 2025: 10,000 (registered)
 *   targets of 海曙区 for 2025: care-type share ≥ 55 %, beds per 1,000 older ≥ 7, township comprehensive coverage ≥ 100 %
 *
 * The scenario, judged for June 2025 (its day is 30 June):
 *   1. convert 20 of A's general beds to care-type from 1 June
 *   2. open an institution in 江厦 with 30 beds, 25 care-type, from 15 June
 *   3. close C from 10 June
 *   4. add a comprehensive centre in 南门 from 1 June
 *   5. 海曙区's older population becomes 12,000 from 2025
 */
const T1 = '330203001000';
const T2 = '330203002000';
const MONTH = '2025-06';
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('what-if scenarios over a hand-built district', () => {
  let t: TestApp;
  let admin: string;
  let a: string;
  let b: string;
  let c: string;
  let officer: CreatedUser;
  let other: CreatedUser;
  let yubeiFacility: string;

  const addBeds = async (facility: string, count: number, careType: number, setting = 'institution') =>
    t.http
      .post(`/api/v1/facilities/${facility}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2020-01-01', beds: bedsLayout(count, { careType }).map((bed) => ({ ...bed, setting })) })
      .expect(201);

  const scenario = () => [
    { kind: 'convert_beds', facilityId: a, beds: 20, from: '2025-06-01' },
    { kind: 'open_facility', townshipCode: T2, facilityKind: 'institution', beds: 30, careBeds: 25, from: '2025-06-15', name: '江厦颐养院（规划）' },
    { kind: 'close_facility', facilityId: c, from: '2025-06-10' },
    { kind: 'add_centre', townshipCode: T1, from: '2025-06-01' },
    { kind: 'set_population', regionCode: HAISHU, age60Plus: 12_000, from: '2025-01-01' },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    await t.http.put(`/api/v1/regions/${HAISHU}/population/2025`).set(auth(admin)).send({ age60Plus: 10_000, basis: 'registered' }).expect(200);
    a = await createFacility(t, admin, { name: '南门敬老中心', regionCode: T1 });
    await addBeds(a, 40, 10);
    b = await createFacility(t, admin, { name: '江厦颐养院', regionCode: T2, ownership: 'private', operation: 'social' });
    await addBeds(b, 20, 5);
    c = await createFacility(t, admin, { name: '江厦社区养老服务站', regionCode: T2, kind: 'community_station', operation: 'social' });
    await addBeds(c, 6, 0, 'community');
    for (const [indicator, value] of [
      ['care_type_bed_share', 55],
      ['beds_per_1000_older', 7],
      ['township_comprehensive_facility_coverage', 100],
    ] as const) {
      await t.http.put('/api/v1/kpi/targets').set(auth(admin)).send({ regionCode: HAISHU, indicator, year: 2025, comparator: '>=', value, binding: 'binding' }).expect(200);
    }
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
    other = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    yubeiFacility = await createFacility(t, admin, { name: '渝北某院' });
  }, 180_000);

  afterAll(() => t?.close());

  const evaluate = (token: string, changes: object[], regionCode = HAISHU) =>
    t.http.post('/api/v1/kpi/scenarios/evaluate').set(auth(token)).send({ regionCode, month: MONTH, changes });

  type Side = { numerator: number | null; denominator: number | null; value: number | null; status: string };
  type Item = { indicator: string; before: Side; after: Side; changed: boolean; statusChanged: boolean };
  const changedOf = (items: Item[]) =>
    Object.fromEntries(
      items
        .filter((item) => item.changed)
        .map((item) => [item.indicator, [pick(item.before), pick(item.after)]]),
    );
  const pick = ({ numerator, denominator, value, status }: Side) => ({ numerator, denominator, value, status });
  const side = (numerator: number, denominator: number | null, value: number | null, status = 'no_target') => ({ numerator, denominator, value, status });

  /**
   * Every indicator of 海曙区 the scenario changes, worked out by hand (day 30 June 2025). Before: institutions A, B
   * (2; public ones A and C), institution beds 40 + 20 = 60 of which 10 + 5 = 15 care-type, service beds 60 + C's 6 = 66,
   * 10,000 older people. After: A has 10 + 20 = 30 care-type, the new institution 30 beds (25 care-type, public,
   * socially run, new-built on 15 June), C is closed (its 6 community beds and its station gone), a comprehensive
   * centre stands in 南门, 12,000 older people. Institutions A, B, new (3); public ones A, new, centre.
   */
  const EXPECTED = {
    // (15 / 60 = 25 %) → (30 + 5 + 25 = 60) / (40 + 20 + 30 = 90) = 66.6667 %: the 55 % target is met.
    care_type_bed_share: [side(15, 60, 25, 'at_risk'), side(60, 90, 66.6667, 'met')],
    // 40 + 20 + 6 = 66 → 40 + 20 + 30 = 90 (C's community beds close with it).
    total_elderly_care_beds: [side(66, null, 66), side(90, null, 90)],
    'total_elderly_care_beds.institution': [side(60, null, 60), side(90, null, 90)],
    // The new institution's 30 beds are new-built in June.
    beds_new_or_rebuilt: [side(0, null, 0), side(30, null, 30)],
    elderly_care_institution_count: [side(2, null, 2), side(3, null, 3)],
    // 66 / 10,000 × 1,000 = 6.6 → 90 / 12,000 × 1,000 = 7.5: the target of 7 is met.
    beds_per_1000_older: [side(66, 10000, 6.6, 'at_risk'), side(90, 12000, 7.5, 'met')],
    // A's 40 government-run beds of 66 = 60.6061 % → of 90 = 44.4444 %.
    government_operated_bed_share: [side(40, 66, 60.6061), side(40, 90, 44.4444)],
    // Public and socially run among public facilities: C of {A, C} = 1/2 → {new, centre} of {A, new, centre} = 2/3.
    public_built_private_operated_rate: [side(1, 2, 50), side(2, 3, 66.6667)],
    // Institutions: 2 → 3, none inspected, star-rated, with a sunshine kitchen.
    institution_quality_compliance_rate: [side(0, 2, 0), side(0, 3, 0)],
    institutions_2star_plus_rate: [side(0, 2, 0), side(0, 3, 0)],
    institution_sunshine_kitchen_rate: [side(0, 2, 0), side(0, 3, 0)],
    // Public institutions: A → A and the new one, neither with a dementia zone nor three stars.
    public_institution_dementia_zone_coverage: [side(0, 1, 0), side(0, 2, 0)],
    public_institutions_3star_plus_rate: [side(0, 1, 0), side(0, 2, 0)],
    // No dementia-care beds among public institution beds: 40 → 40 + 30.
    public_institution_dementia_bed_share: [side(0, 40, 0), side(0, 70, 0)],
    // Population denominators: 10,000 → 12,000.
    dementia_care_beds_per_10k_older: [side(0, 10000, 0), side(0, 12000, 0)],
    certified_caregivers_per_10k_older: [side(0, 10000, 0), side(0, 12000, 0)],
    social_workers_per_older_population: [side(0, 10000, 0), side(0, 12000, 0)],
    // Older people outside institutions per social worker: none employed, so no value either way.
    social_worker_to_community_older_ratio: [side(10000, 0, null, 'no_data'), side(12000, 0, null, 'no_data')],
    // Institution beds per social worker: 60 → 90 beds, no social worker.
    social_workers_per_institution_beds: [side(60, 0, null, 'no_data'), side(90, 0, null, 'no_data')],
    // Townships with a comprehensive facility: none → 南门's centre, 1 of 2 = 50 % (100 % targeted: still behind).
    township_comprehensive_facility_coverage: [side(0, 2, 0, 'at_risk'), side(1, 2, 50, 'at_risk')],
    township_elderly_service_centre_count: [side(0, null, 0), side(1, null, 1)],
    // C was the one community station (in a 街道, socially run, not led by a centre); closed, there is none.
    community_care_facility_count: [side(1, null, 1), side(0, null, 0)],
    community_facility_socialized_operation_rate: [side(1, 1, 100), side(0, 0, null, 'no_data')],
    centre_led_station_operation_rate: [side(0, 1, 0), side(0, 0, null, 'no_data')],
  };

  /** md5 of every registry table's rows and every sequence's last value: what an evaluation must leave as it was. */
  const registryFingerprint = async (): Promise<Record<string, string>> => {
    const tables: { name: string }[] = await t.dataSource.query(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'
          AND tablename NOT LIKE 'kpi\\_%' AND tablename NOT IN ('audit_log', 'import_job', 'queue_heartbeat') ORDER BY 1`,
    );
    const fingerprint: Record<string, string> = {};
    for (const { name } of tables) {
      const [row] = await t.dataSource.query(`SELECT md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS md5 FROM "${name}" x`);
      fingerprint[name] = row.md5;
    }
    for (const row of await t.dataSource.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'`)) {
      fingerprint[`sequence ${row.sequencename}`] = String(row.last_value);
    }
    const [audit] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log`);
    fingerprint.auditRows = String(audit.n);
    return fingerprint;
  };

  it('computes every changed indicator as worked out by hand, and leaves the registry byte for byte as it was', async () => {
    const before = await registryFingerprint();
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['facility', 'facility_profile', 'bed', 'bed_classification', 'bed_commissioning', 'region_population', 'room']));
    const { body } = await evaluate(officer.token, scenario()).expect(200);
    // The officer of 海曙区 sees 海曙区 only: the city's and province's totals are outside the scope.
    expect(body.regions.map((region: { regionCode: string }) => region.regionCode)).toEqual([HAISHU]);
    expect(changedOf(body.regions[0].items)).toEqual(EXPECTED);
    expect(body.changedCount).toBe(Object.keys(EXPECTED).length);
    // at_risk → met twice (care-type share, beds per 1,000); no target → no data twice (the community-station rates).
    expect(body.statusChangedCount).toBe(4);
    expect(await registryFingerprint()).toEqual(before);
    // And the live attainment still reads the records as they are.
    const { body: now } = await t.http.get(`/api/v1/kpi?regionCode=${HAISHU}&month=${MONTH}`).set(auth(officer.token)).expect(200);
    expect(now.items.find((item: { indicator: string }) => item.indicator === 'care_type_bed_share')).toMatchObject({ numerator: 15, denominator: 60, value: 25 });
  });

  it('shows an administrator the ancestors too, summed the same way', async () => {
    const { body } = await evaluate(admin, scenario()).expect(200);
    expect(body.regions.map((region: { regionCode: string }) => region.regionCode)).toEqual([HAISHU, '330200000000', '330000000000']);
    for (const region of body.regions.slice(1)) {
      const care = region.items.find((item: Item) => item.indicator === 'care_type_bed_share');
      expect([pick(care.before).numerator, pick(care.after).numerator, care.after.denominator]).toEqual([15, 60, 90]);
    }
  });

  it('converts beds whose classification starts on the day in place, and splits the others', async () => {
    const before = await registryFingerprint();
    // A's beds are classified from 2020-01-01: converting from that day changes the version in place; B's from June splits it.
    const { body } = await evaluate(officer.token, [
      { kind: 'convert_beds', facilityId: a, beds: 5, from: '2020-01-01' },
      { kind: 'convert_beds', facilityId: b, beds: 15, from: '2025-06-01' },
    ]).expect(200);
    const care = body.regions[0].items.find((item: Item) => item.indicator === 'care_type_bed_share');
    // (15 + 5 + 15) / 60 = 58.3333 %.
    expect(care.after).toMatchObject({ numerator: 35, denominator: 60, value: 58.3333, status: 'met' });
    expect(await registryFingerprint()).toEqual(before);
  });

  it('keeps concurrent evaluations apart: each sees its own changes only', async () => {
    const before = await registryFingerprint();
    // Both take beds of A: 20 and then 30 of its 30 general beds. Had the second seen the first, it would have 10 left.
    const [first, second, third] = await Promise.all([
      evaluate(officer.token, [{ kind: 'convert_beds', facilityId: a, beds: 20, from: '2025-06-01' }]),
      evaluate(officer.token, [{ kind: 'convert_beds', facilityId: a, beds: 30, from: '2025-06-01' }]),
      evaluate(officer.token, [{ kind: 'convert_beds', facilityId: b, beds: 15, from: '2025-06-01' }]),
    ]);
    const care = (response: { status: number; body: { regions: { items: Item[] }[] } }) => {
      expect(response.status).toBe(200);
      return response.body.regions[0].items.find((item) => item.indicator === 'care_type_bed_share')!.after.numerator;
    };
    expect([care(first), care(second), care(third)]).toEqual([15 + 20, 15 + 30, 15 + 15]);
    expect(await registryFingerprint()).toEqual(before);
  });

  it('refuses changes field by field, and a facility out of scope reads as unknown', async () => {
    const fields = async (changes: object[], token = officer.token) => {
      const { body } = await evaluate(token, changes).expect(400);
      return body.details.map((detail: { field: string }) => detail.field);
    };
    const convert = (facilityId: string, beds = 1) => ({ kind: 'convert_beds', facilityId, beds, from: '2025-06-01' });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await fields([convert(a), convert(b), convert(unknown)])).toEqual(['changes[2].facilityId']);
    const outside = await evaluate(officer.token, [convert(yubeiFacility)]).expect(400);
    const missing = await evaluate(officer.token, [convert(unknown)]).expect(400);
    expect(outside.body.details[0].messages[0].replace(yubeiFacility, 'X')).toBe(missing.body.details[0].messages[0].replace(unknown, 'X'));
    // A has 30 general beds; after converting 25, a second change cannot take 10 more.
    expect(await fields([convert(a, 31)])).toEqual(['changes[0].beds']);
    expect(await fields([convert(a, 25), convert(a, 10)])).toEqual(['changes[1].beds']);
    expect(await fields([{ kind: 'open_facility', townshipCode: T1, facilityKind: 'institution', beds: 5, careBeds: 6, from: '2025-06-01' }])).toEqual(['changes[0].careBeds']);
    expect(await fields([{ kind: 'add_centre', townshipCode: HAISHU, from: '2025-06-01' }])).toEqual(['changes[0].townshipCode']);
    expect(await fields([{ kind: 'add_centre', townshipCode: '500112002000', from: '2025-06-01' }])).toEqual(['changes[0].townshipCode']);
    expect(await fields([{ kind: 'add_centre', townshipCode: T1, from: '2025-02-30' }])).toEqual(['changes[0].from']);
    expect(await fields([{ kind: 'close_facility', facilityId: a, from: '2019-01-01' }])).toEqual(['changes[0].from']);
    expect(await fields([{ kind: 'raze_facility', facilityId: a, from: '2025-06-01' }])).toContain('changes[0].kind');
    expect(await fields([{ ...convert(a), townshipCode: T1 }])).toEqual(['changes[0].townshipCode']);
    expect(await fields([{ kind: 'set_population', regionCode: '500112000000', age60Plus: 5, from: '2025-01-01' }])).toEqual(['changes[0].regionCode']);
    expect(await fields([])).toEqual(['changes']);
    // Another district's officer cannot evaluate 海曙区 at all.
    await evaluate(other.token, [convert(a)]).expect(404);
  });

  it('answers how many beds to convert or open, exactly, with the fewest facilities, and that draft meets the target', async () => {
    const { body } = await t.http.get(`/api/v1/kpi/care_type_bed_share/inverse?regionCode=${HAISHU}&month=${MONTH}`).set(auth(officer.token)).expect(200);
    // 55 % of 60 beds = 33 care-type: 33 − 15 = 18 to convert; (33 − 15) / (1 − 0.55) = 40 to open (55 / 100; 54 / 99 = 54.55 %).
    expect(body).toMatchObject({ numerator: 15, denominator: 60, value: 25, target: { value: 55 }, met: false, convert: 18, open: 40, day: '2025-06-30' });
    expect(body.facilities.map((f: { facilityId: string; generalBeds: number }) => [f.facilityId, f.generalBeds])).toEqual([
      [a, 30],
      [b, 15],
    ]);
    expect(body.changes).toEqual([{ kind: 'convert_beds', facilityId: a, beds: 18, from: '2025-06-30' }]);
    const { body: evaluated } = await evaluate(officer.token, body.changes).expect(200);
    const care = evaluated.regions[0].items.find((item: Item) => item.indicator === 'care_type_bed_share');
    expect(care.after).toMatchObject({ numerator: 33, denominator: 60, value: 55, status: 'met' });
    await t.http.get(`/api/v1/kpi/total_elderly_care_beds/inverse?regionCode=${HAISHU}&month=${MONTH}`).set(auth(officer.token)).expect(400);
    await t.http.get(`/api/v1/kpi/care_type_bed_share/inverse?regionCode=${HAISHU}&month=${MONTH}`).set(auth(other.token)).expect(404);
  });

  it('saves, lists, renames, evaluates and deletes scenarios within the scope, audited', async () => {
    const saved = await t.http.post('/api/v1/kpi/scenarios').set(auth(officer.token)).send({ name: '南门转换 20 张', regionCode: HAISHU, month: MONTH, changes: scenario() }).expect(201);
    expect(saved.body).toMatchObject({ name: '南门转换 20 张', regionCode: HAISHU, regionName: '海曙区', month: MONTH, changes: scenario(), createdBy: officer.id });
    const id = saved.body.id;
    const listed = await t.http.get('/api/v1/kpi/scenarios').set(auth(officer.token)).expect(200);
    expect(listed.body.map((row: { id: string }) => row.id)).toContain(id);
    // Another district's officer neither lists nor reads it.
    const theirs = await t.http.get('/api/v1/kpi/scenarios').set(auth(other.token)).expect(200);
    expect(theirs.body.map((row: { id: string }) => row.id)).not.toContain(id);
    await t.http.get(`/api/v1/kpi/scenarios/${id}`).set(auth(other.token)).expect(404);
    await t.http.patch(`/api/v1/kpi/scenarios/${id}`).set(auth(other.token)).send({ name: '改' }).expect(404);
    await t.http.delete(`/api/v1/kpi/scenarios/${id}`).set(auth(other.token)).expect(404);
    await t.http.post(`/api/v1/kpi/scenarios/${id}/evaluate`).set(auth(other.token)).expect(404);

    const renamed = await t.http.patch(`/api/v1/kpi/scenarios/${id}`).set(auth(officer.token)).send({ name: '南门方案' }).expect(200);
    expect(renamed.body.name).toBe('南门方案');
    await t.http.patch(`/api/v1/kpi/scenarios/${id}`).set(auth(officer.token)).send({ changes: [{ kind: 'convert_beds', facilityId: a, beds: 99, from: '2025-06-01' }] }).expect(400);
    const { body: evaluated } = await t.http.post(`/api/v1/kpi/scenarios/${id}/evaluate`).set(auth(officer.token)).expect(200);
    expect(changedOf(evaluated.regions[0].items)).toEqual(EXPECTED);
    // Not saved when its changes do not apply.
    await t.http.post('/api/v1/kpi/scenarios').set(auth(officer.token)).send({ name: '太多', regionCode: HAISHU, month: MONTH, changes: [{ kind: 'convert_beds', facilityId: a, beds: 99, from: '2025-06-01' }] }).expect(400);

    const audit: { action: string }[] = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'kpi_scenario' AND entity_id = $1 ORDER BY at`, [id]);
    await t.http.delete(`/api/v1/kpi/scenarios/${id}`).set(auth(officer.token)).expect(204);
    await t.http.get(`/api/v1/kpi/scenarios/${id}`).set(auth(officer.token)).expect(404);
    const after: { action: string }[] = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity = 'kpi_scenario' AND entity_id = $1 ORDER BY at`, [id]);
    expect(audit.map((row) => row.action)).toEqual(['create', 'update']);
    expect(after.map((row) => row.action)).toEqual(['create', 'update', 'delete']);
  });

  // Last: it rolls the month up, so the tests above evaluate on the records alone.
  it('answers the same once the month is rolled up: "before" and the counties not touched then read the stored county parts', async () => {
    const { body: live } = await evaluate(admin, scenario()).expect(200);
    const started = await t.http.post('/api/v1/rollups').set(auth(admin)).send({ month: MONTH, regionCode: HAISHU }).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth(admin))).body.status === 'complete', `the rollup of ${MONTH}`, 60_000);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM kpi_county_part WHERE month = $1::date AND county_code = $2`, [`${MONTH}-01`, HAISHU]);
    expect(n).toBeGreaterThan(0);
    const { body: stored } = await evaluate(admin, scenario()).expect(200);
    const { elapsedMs: _live, ...fromRecords } = live;
    const { elapsedMs: _stored, ...fromStored } = stored;
    expect(fromStored).toEqual(fromRecords);
  }, 120_000);
});
