import {
  adminToken,
  assessAtLevel,
  assessSafetyRisks,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  importTestRegions,
  NINE_RISKS,
  YUBEI,
  type TestApp,
} from '@yiyang/testing';

/**
 * The people side of the indicators for June 2025 in a hand-built 渝北区: 特困 elders in and out of centralised
 * care, the visiting roster and its visits, meal and home-service orders; every part is worked out in the comments.
 */
const COMMUNITY = '500112002001';
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('plan indicators of people, visits and services', () => {
  let t: TestApp;
  let admin: string;
  let body: { items: { indicator: string }[] };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    const home = await createFacility(t, admin, { name: '双龙湖特困供养中心', kind: 'tekun_home', smart: true });
    const beds = await t.http.post(`/api/v1/facilities/${home}/beds/bulk`).set(auth(admin)).send({ openedOn: '2020-01-01', beds: bedsLayout(4, { careType: 4 }) }).expect(201);
    const bed = (index: number) => beds.body.items[index].id as string;
    const tekun = { categories: ['tekun'], tekunSupportMode: 'dispersed' };

    // T1: willing, 重度失能, in centralised care since February.  T2: willing, 中度失能, at home (alone).
    // T3: not willing, 能力完好, at home (alone).  T4: willing, died in care on 10 May: off the roll.
    const t1 = await createResident(t, admin, { ...tekun, willingCentralized: true, livingArrangement: 'with_family' });
    const t2 = await createResident(t, admin, { ...tekun, willingCentralized: true });
    const t3 = await createResident(t, admin, { ...tekun, willingCentralized: false });
    const t4 = await createResident(t, admin, { ...tekun, willingCentralized: true, livingArrangement: 'with_family' });
    await assessAtLevel(t, admin, t1.id, 3, { assessedOn: '2025-01-10' });
    await assessAtLevel(t, admin, t2.id, 2, { assessedOn: '2025-01-10' });
    await assessAtLevel(t, admin, t3.id, 0, { assessedOn: '2025-01-10' });
    for (const [person, index] of [[t1, 0], [t4, 1]] as const) {
      await assessSafetyRisks(t, admin, person.id, '2025-01-20');
      const stay = await t.http
        .post('/api/v1/admissions')
        .set(auth(admin))
        .send({ residentId: person.id, bedId: bed(index), admittedOn: '2025-02-01', funding: 'tekun_centralized', safetyRisks: NINE_RISKS })
        .expect(201);
      if (person === t4) await t.http.post(`/api/v1/admissions/${stay.body.id}/discharge`).set(auth(admin)).send({ on: '2025-05-10', reason: 'death' }).expect(200);
    }
    // N1 and N2: not 特困, living alone at home; with T2 and T3 the roster is four people.
    const n1 = await createResident(t, admin, { birthDate: '1940-05-01' });
    const n2 = await createResident(t, admin);
    const visit = (residentId: string, visitedAt: string, outcome = 'well') =>
      t.http.post(`/api/v1/residents/${residentId}/visits`).set(auth(admin)).send({ visitedAt, mode: 'in_person', outcome }).expect(201);
    await visit(n1.id, '2025-06-03T10:00:00+08:00');
    await visit(n1.id, '2025-06-05T16:00:00+08:00');
    await visit(n1.id, '2025-06-18T10:00:00+08:00');
    await visit(t2.id, '2025-06-10T10:00:00+08:00', 'not_home');
    // At the month's edges, in China time: N2 on 31 May falls in the first counted week (26 May – 1 June) but not in
    // June; early on 30 June (29 June in UTC) is in June, but its week ends on a July Sunday, while 29 June would
    // count in the week of 23 June. T3 just after midnight on 1 July (30 June in UTC) is not seen in June.
    await visit(n2.id, '2025-05-31T23:30:00+08:00');
    await visit(n2.id, '2025-06-30T06:00:00+08:00');
    await visit(t3.id, '2025-07-01T00:30:00+08:00');

    // Meals and a clean, June 2025, written as the booking flow leaves them once served (slots in the past cannot be booked).
    const canteen = await createFacility(t, admin, { name: '双龙湖老年食堂', kind: 'canteen', ownership: 'private', operation: 'social' });
    const [{ id: adminId }] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = 'admin'`);
    const order = async (residentId: string, day: string, type: string, subsidyCents: number, status = 'completed') => {
      const [slot] = await t.dataSource.query(
        `INSERT INTO service_slot (facility_id, service_type, starts_at, ends_at, capacity, booked, price_cents, area, area_prefixes)
         VALUES ($1, $2, ($3::date + time '11:30') AT TIME ZONE 'Asia/Shanghai', ($3::date + time '12:30') AT TIME ZONE 'Asia/Shanghai', 10, 0, 1000, ARRAY[$4], ARRAY[$4])
         RETURNING id`,
        [canteen, type, day, COMMUNITY],
      );
      const served = status === 'completed';
      await t.dataSource.query(
        `INSERT INTO service_order (slot_id, resident_id, facility_id, service_type, month, status, price_cents, subsidy_cents, self_pay_cents,
                                    booked_by, idempotency_key, request_hash, region_code, service_on, checked_in_at, completed_at, cancelled_at)
         VALUES ($1, $2, $3, $4, date_trunc('month', $5::date), $6, 1000, $7, 1000 - $7, $8, gen_random_uuid()::text, 'x', $9, $5,
                 CASE WHEN $10 THEN now() END, CASE WHEN $10 THEN now() END, CASE WHEN $6 = 'cancelled' THEN now() END)`,
        [slot.id, residentId, canteen, type, day, status, subsidyCents, adminId, COMMUNITY, served],
      );
    };
    // N1: lunch and dinner on the 3rd, lunch on the 4th (subsidised ¥3 each); N2: lunch on the 3rd; T1 (in care): a meal on the 5th (¥6).
    await order(n1.id, '2025-06-03', 'meal', 300);
    await order(n1.id, '2025-06-03', 'meal', 300);
    await order(n1.id, '2025-06-04', 'meal', 300);
    await order(n2.id, '2025-06-03', 'meal', 0);
    await order(t1.id, '2025-06-05', 'meal', 600);
    await order(n2.id, '2025-06-06', 'cleaning', 0, 'cancelled');

    body = (await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=2025-06`).set(auth(admin)).expect(200)).body;
  }, 120_000);

  afterAll(() => t?.close());

  const parts = (id: string) => {
    const item = body.items.find((entry) => entry.indicator === id) as Record<string, unknown>;
    return { numerator: item.numerator, denominator: item.denominator, value: item.value };
  };

  it('counts willing and incapacitated 特困 elders in centralised care, leaving the dead out', () => {
    // Willing and alive: T1 (in care) and T2 (at home).
    expect(parts('tekun_willing_centralized_support_rate')).toEqual({ numerator: 1, denominator: 2, value: 50 });
    // Standing level 2 or worse on 30 June: T1 (3, in care) and T2 (2).
    expect(parts('tekun_incapacitated_centralized_support_rate')).toEqual({ numerator: 1, denominator: 2, value: 50 });
  });

  it('measures visits by week and by month over the roster at the month end', () => {
    // Roster: N1, N2, T2, T3. N1 was seen twice in the week of 2 June and once in that of 16 June; N2 on 31 May
    // and 30 June; T2's visit found nobody home; T3 was seen on 1 July. Seen in June: N1 and N2.
    expect(parts('visit_rate_at_risk_elders.monthly')).toEqual({ numerator: 2, denominator: 4, value: 50 });
    // Five weeks end on a June Sunday (1, 8, 15, 22, 29 June): N1's two weeks and N2's first, of 4 × 5.
    expect(parts('visit_rate_at_risk_elders')).toEqual({ numerator: 3, denominator: 20, value: 15 });
  });

  it('counts meal recipients per day at home, services delivered and the subsidy per beneficiary', () => {
    // People served at home per day: N1 on the 3rd and 4th, N2 on the 3rd (T1 was in care): 3 person-days over 30 days.
    expect(parts('meal_assistance_daily_recipients')).toEqual({ numerator: 3, denominator: 30, value: 0.1 });
    // Completed orders: N1 3, N2 1, T1 1; the cancelled clean does not count.
    expect(parts('home_service_person_times')).toEqual({ numerator: 5, denominator: null, value: 5 });
    // ¥9 for N1 and ¥6 for T1: ¥15 over two beneficiaries.
    expect(parts('purchased_home_service_standard')).toEqual({ numerator: 15, denominator: 2, value: 7.5 });
    // The one community is inside a June meal slot's area.
    expect(parts('elderly_canteen_effective_coverage')).toEqual({ numerator: 1, denominator: 1, value: 100 });
  });

  it('counts smart institutions per county, the tekun home and its beds', () => {
    expect(parts('smart_elderly_care_institutions_per_county')).toEqual({ numerator: 1, denominator: null, value: 1 });
    expect(parts('elderly_care_institution_count').numerator).toBe(1);
    expect(parts('total_elderly_care_beds.institution').numerator).toBe(4);
    expect(parts('standardized_elderly_canteen_count').numerator).toBe(0);
  });
});
