import { randomBytes, randomUUID } from 'node:crypto';
import { createDataSourceOptions, PersonalDataCipher } from '@yiyang/core';
import { createTestDatabase, type TestDatabase } from '@yiyang/testing';
import { DataSource } from 'typeorm';
import { loadDemoData, type LoadDemoResult } from './index';

/**
 * The demo against the plans: every published 2020 baseline recomputed by SQL written from the indicator
 * definitions (not by the KPI engine), then later months moving towards the 2025 targets, then a second load
 * writing nothing.
 */
describe('demo data of the five plan areas', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let cipher: PersonalDataCipher;
  let first: LoadDemoResult;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(createDataSourceOptions({ url: db.url, poolSize: 2, applicationName: 'yiyang-demo-test' }));
    await dataSource.initialize();
    cipher = new PersonalDataCipher(`k1:${randomBytes(32).toString('base64')}`, randomBytes(32).toString('base64'));
    first = await loadDemoData(dataSource, cipher, { bookedBy: randomUUID(), log: (line) => lines.push(line), today: '2026-12-02' });
  }, 180_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  /** Facilities open on D with their profile then, in townships the engine counts (not run by another body). */
  const OPEN = `
    SELECT fa.id, fa.region_code, rpad(left(fa.region_code, 9), 12, '0') AS township, p.kind, p.ownership, p.operation, p.functions, p.demo_centre
      FROM facility fa
      JOIN facility_profile p ON p.facility_id = fa.id AND p.valid_from <= $2::date AND (p.valid_to IS NULL OR p.valid_to > $2::date)
      JOIN region t ON t.code = rpad(left(fa.region_code, 9), 12, '0') AND t.administered_by IS NULL
     WHERE fa.region_code LIKE $1 || '%' AND fa.opened_on <= $2::date AND (fa.closed_on IS NULL OR fa.closed_on > $2::date)`;

  async function stock(prefix: string, day: string) {
    const [row] = await dataSource.query(
      `WITH f AS (${OPEN}),
            b AS (SELECT bd.setting, f.kind, f.operation, c.care_type
                    FROM bed bd JOIN f ON f.id = bd.facility_id
                    LEFT JOIN bed_classification c ON c.bed_id = bd.id AND c.valid_from <= $2::date AND (c.valid_to IS NULL OR c.valid_to > $2::date)
                   WHERE bd.opened_on <= $2::date AND (bd.closed_on IS NULL OR bd.closed_on > $2::date))
       SELECT (SELECT count(*) FROM b WHERE setting IN ('institution', 'community'))::int AS total,
              (SELECT count(*) FROM b WHERE setting = 'institution' AND kind IN ('institution', 'tekun_home'))::int AS inst,
              (SELECT count(*) FROM b WHERE setting = 'institution' AND kind IN ('institution', 'tekun_home') AND care_type)::int AS care,
              (SELECT count(*) FROM b WHERE setting IN ('institution', 'community') AND operation = 'government')::int AS government,
              (SELECT count(*) FROM f WHERE kind IN ('institution', 'tekun_home'))::int AS institutions,
              (SELECT count(*) FROM f WHERE kind = 'township_centre')::int AS centres,
              (SELECT count(*) FROM f WHERE kind = 'community_station')::int AS stations,
              (SELECT count(*) FROM f WHERE kind = 'mutual_aid')::int AS mutual,
              (SELECT count(*) FROM f WHERE demo_centre)::int AS demo,
              (SELECT count(*) FROM f WHERE ownership = 'public')::int AS public,
              (SELECT count(*) FROM f WHERE ownership = 'public' AND operation = 'social')::int AS public_social,
              (SELECT count(*) FROM region t WHERE t.level = 'township' AND t.code LIKE $1 || '%' AND t.kind <> 'other' AND t.administered_by IS NULL)::int AS townships,
              (SELECT count(DISTINCT township) FROM f WHERE functions @> ARRAY['full_time_care', 'day_care', 'home_outreach'])::int AS comprehensive,
              (SELECT count(DISTINCT f.township) FROM f JOIN region t ON t.code = f.township AND t.kind <> 'other' WHERE f.demo_centre)::int AS demo_townships,
              (SELECT count(*) FROM f WHERE kind IN ('institution', 'tekun_home') AND (
                 SELECT i.passed FROM facility_inspection i WHERE i.facility_id = f.id AND i.inspected_on <= $2::date AND i.year >= extract(year FROM $2::date) - 1
                  ORDER BY i.inspected_on DESC LIMIT 1))::int AS passed,
              (SELECT count(DISTINCT s.id) FROM staff s JOIN f ON f.id = s.facility_id
                 JOIN staff_certificate c ON c.staff_id = s.id AND c.kind = 'caregiver_skill' AND c.issued_on <= $2::date AND (c.valid_until IS NULL OR c.valid_until >= $2::date)
                WHERE s.role = 'caregiver' AND s.hired_on <= $2::date AND (s.left_on IS NULL OR s.left_on > $2::date))::int AS certified`,
      [prefix, day],
    );
    return row as Record<string, number>;
  }

  const pct = (n: number, d: number, digits = 2) => Number(((100 * n) / d).toFixed(digits));
  const per = (n: number, population: number, unit: number, digits = 1) => Number((n / (population / unit)).toFixed(digits));

  it('loads once, set-based, logging each step', () => {
    expect(first.loaded).toBe(true);
    expect(first.counts.regions).toBeGreaterThan(399);
    // About 415,000 rows, 82,000 of them the trainings and social workers that Ningbo's training targets (40,000
    // person-times over 2021–2025) take; the cap keeps the embedded first start from growing unnoticed.
    expect(Object.values(first.counts).reduce((a, b) => a + b, 0)).toBeLessThan(450_000);
    expect(lines.some((line) => /^demo: beds [\d,]+ in \d+ ms \(\d+\/\d+\)$/.test(line))).toBe(true);
  });

  it('puts back every constraint and index it set aside for the load, as the migrations made them', async () => {
    const schema = `SELECT conrelid::regclass::text AS owner, conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                    UNION ALL
                    SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'
                    ORDER BY owner, name, definition`;
    const fresh = await createTestDatabase();
    const client = new DataSource(createDataSourceOptions({ url: fresh.url, poolSize: 1, applicationName: 'yiyang-demo-test' }));
    await client.initialize();
    try {
      expect(await dataSource.query(schema)).toEqual(await client.query(schema));
    } finally {
      await client.destroy();
      await fresh.drop();
    }
  });

  it('has the regions, 两江新区 streets and the population bases', async () => {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM region WHERE level <> 'village'`);
    expect(n).toBe(399);
    const streets = await dataSource.query(`SELECT name FROM region WHERE administered_by = '两江新区' ORDER BY code`);
    expect(streets.map((s: { name: string }) => s.name)).toEqual(['鸳鸯街道', '翠云街道', '人和街道', '天宫殿街道', '大竹林街道', '礼嘉街道', '金山街道', '康美街道']);
    const population = await dataSource.query(`SELECT region_code, basis, age60_plus FROM region_population WHERE region_code IN ('500112000000', '620800000000', '330900000000') ORDER BY 1, 2`);
    expect(population).toEqual([
      { region_code: '330900000000', basis: 'resident', age60_plus: 288_093 },
      { region_code: '500112000000', basis: 'registered', age60_plus: 208_200 },
      { region_code: '500112000000', basis: 'resident', age60_plus: 359_381 },
      { region_code: '620800000000', basis: 'registered', age60_plus: 374_000 },
      { region_code: '620800000000', basis: 'resident', age60_plus: 351_037 },
    ]);
    const [{ provinces }] = await dataSource.query(`SELECT count(*)::int AS provinces FROM region_population WHERE region_code IN ('500000000000', '500100000000', '210300000000', '330000000000')`);
    expect(provinces).toBe(0);
  });

  it('reproduces Yubei’s 2020 baselines (22 镇街)', async () => {
    const s = await stock('500112', '2020-12-31');
    expect(s.townships).toBe(22);
    expect([s.total, s.inst, s.care]).toEqual([6_700, 5_000, 1_546]);
    expect(pct(s.care, s.inst)).toBe(30.92);
    expect([s.comprehensive, pct(s.comprehensive, s.townships)]).toEqual([13, 59.09]);
    expect([s.government, pct(s.government, s.total, 0)]).toEqual([3_015, 45]);
    expect([s.institutions, s.passed, pct(s.passed, s.institutions, 0)]).toEqual([20, 13, 65]);
    expect(per(s.total, 208_200, 1000)).toBe(32.2);
    expect([s.centres, s.stations, s.mutual]).toEqual([11, 163, 63]);
  });

  it('reproduces Zhoushan’s 2020 baselines', async () => {
    const s = await stock('3309', '2020-12-31');
    expect([s.institutions, s.inst, s.care, pct(s.care, s.inst, 0)]).toEqual([86, 10_635, 5_424, 51]);
    expect([s.total, per(s.total, 288_093, 1000)]).toEqual([18_784, 65.2]);
    expect([s.stations, s.demo]).toEqual([262, 29]);
    expect([s.certified, per(s.certified, 288_093, 10_000, 0)]).toEqual([461, 16]);
    expect(pct(s.public_social, s.public, 0)).toBe(50);
  });

  it('reproduces Pingliang’s and Haicheng’s 2020 baselines', async () => {
    const p = await stock('6208', '2020-12-31');
    expect([p.total, per(p.total, 374_000, 1000)]).toEqual([13_616, 36.4]);
    expect(p.stations).toBeGreaterThanOrEqual(410);
    const h = await stock('210381', '2020-12-31');
    expect([h.mutual, h.centres]).toEqual([144, 3]);
    const [standard] = await dataSource.query(
      `SELECT sum(subsidy_cents) / 100.0 / count(DISTINCT resident_id) FILTER (WHERE subsidy_cents > 0) AS yuan, count(DISTINCT resident_id) FILTER (WHERE subsidy_cents > 0)::int AS people
         FROM service_order WHERE month = '2020-12-01' AND region_code LIKE '210381%' AND status = 'completed'`,
    );
    expect(Number(standard.yuan)).toBe(600);
    expect(standard.people).toBeGreaterThan(20);
  });

  it('moves towards the 2025 targets afterwards', async () => {
    const y = await stock('500112', '2025-12-31');
    expect(y.total).toBeGreaterThanOrEqual(7_000);
    expect(pct(y.care, y.inst)).toBeGreaterThan(50);
    expect(pct(y.government, y.total)).toBeLessThanOrEqual(40);
    expect(pct(y.comprehensive, y.townships)).toBeGreaterThanOrEqual(90);
    expect(pct(y.passed, y.institutions)).toBeGreaterThanOrEqual(75);
    const z22 = await stock('3309', '2022-12-31');
    expect(pct(z22.care, z22.inst)).toBeGreaterThanOrEqual(55);
    expect(per(z22.certified, 288_093, 10_000)).toBeGreaterThanOrEqual(20);
    const z21 = await stock('3309', '2021-12-31');
    expect(z21.demo_townships).toBe(z21.townships);
    const p = await stock('6208', '2025-12-31');
    expect(pct(p.comprehensive, p.townships)).toBeGreaterThan(40);
    // Earlier months keep their values: the 2020 figures are what they were before the later changes.
    expect((await stock('500112', '2020-12-31')).care).toBe(1_546);
  });

  it('has flow data in 2020-12 and in each of the last twelve months', async () => {
    const rows = await dataSource.query(
      `SELECT to_char(month, 'YYYY-MM') AS month, count(*) FILTER (WHERE status = 'completed')::int AS completed,
              count(DISTINCT service_type)::int AS types, bool_and(service_on >= month AND service_on < month + interval '1 month') AS in_month
         FROM service_order GROUP BY month ORDER BY month`,
    );
    expect(rows.map((r: { month: string }) => r.month)).toEqual(['2020-12', '2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]);
    for (const row of rows) expect(row).toMatchObject({ types: 4, in_month: true });
    // Weeks count in the month their Sunday falls in, so a few visits fall on the last days of the month before.
    const [visits] = await dataSource.query(
      `SELECT count(DISTINCT to_char(visited_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')) FILTER (WHERE to_char(visited_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = ANY($1))::int AS months FROM visit`,
      [rows.map((r: { month: string }) => r.month)],
    );
    expect(visits.months).toBe(13);
    const [{ live }] = await dataSource.query(
      `SELECT bool_and(s.booked = (SELECT count(*) FROM service_order o WHERE o.slot_id = s.id AND o.status <> 'cancelled')) AS live FROM service_slot s`,
    );
    expect(live).toBe(true);
  });

  it('encrypts 身份证 numbers as the residents service does, with valid check digits', async () => {
    const rows: { id: string; id_number_encrypted: string; id_number_hash: string; birth_date: string }[] = await dataSource.query(
      `SELECT id, id_number_encrypted, id_number_hash, birth_date FROM resident ORDER BY id LIMIT 50`,
    );
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    for (const row of rows) {
      const number = cipher.decrypt(row.id_number_encrypted, `resident.id_number:${row.id}`);
      expect(number).toMatch(/^\d{17}[\dX]$/);
      expect(number.slice(6, 14)).toBe(row.birth_date.replace(/-/g, ''));
      expect('10X98765432'[weights.reduce((sum, w, i) => sum + w * Number(number[i]), 0) % 11]).toBe(number[17]);
      expect(cipher.hash(number, 'resident.id_number')).toBe(row.id_number_hash);
    }
  });

  it('writes nothing the second time', async () => {
    const tables = ['region', 'facility', 'bed', 'bed_classification', 'resident', 'service_order', 'visit', 'kpi_target'];
    const before = await Promise.all(tables.map((t) => dataSource.query(`SELECT count(*)::int AS n FROM ${t}`)));
    const again = await loadDemoData(dataSource, cipher, { bookedBy: randomUUID(), log: () => undefined, today: '2026-12-02' });
    expect(again).toEqual({ loaded: false, counts: {}, durationsMs: {} });
    const after = await Promise.all(tables.map((t) => dataSource.query(`SELECT count(*)::int AS n FROM ${t}`)));
    expect(after).toEqual(before);
  });
});
