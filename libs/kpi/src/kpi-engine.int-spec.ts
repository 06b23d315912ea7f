import { randomBytes, randomUUID } from 'node:crypto';
import { AppConfig, createDataSourceOptions, PersonalDataCipher } from '@yiyang/core';
import { createTestDatabase, type TestDatabase } from '@yiyang/testing';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../../../seeds/demo';
import { INDICATORS } from './domain/indicators';
import { monthPeriod } from './domain/months';
import { KpiEngine } from './kpi-engine';

const TODAY = '2026-12-02';

/**
 * The many-month pass gives, for every indicator, township and month, the parts the one-month pass gives: on the
 * demo data, over months that open and close facilities, beds and stays, the first plan month of the cumulative
 * indicator, and the month in progress.
 */
describe('KpiEngine.townshipPartsByMonth', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let engine: KpiEngine;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource(createDataSourceOptions({ url: db.url, poolSize: 2, applicationName: 'yiyang-kpi-engine-test' }));
    await dataSource.initialize();
    const cipher = new PersonalDataCipher(`k1:${randomBytes(32).toString('base64')}`, randomBytes(32).toString('base64'));
    await loadDemoData(dataSource, cipher, { bookedBy: randomUUID(), log: () => undefined, today: TODAY });
    // The demo has no home beds (家庭养老床位): two, opened and closed within the months compared.
    await dataSource.query(
      `INSERT INTO bed (id, facility_id, code, setting, home_region_code, opened_on, closed_on)
       SELECT gen_random_uuid(), f.id, 'home-' || n, 'home', t.code, DATE '2022-01-15', CASE WHEN n = 2 THEN DATE '2025-03-01' END
         FROM (SELECT f.id, f.region_code FROM facility f WHERE f.region_code LIKE '500112%' ORDER BY f.id LIMIT 1) f
         JOIN LATERAL (SELECT code FROM region WHERE level = 'village' AND code LIKE left(f.region_code, 9) || '%' ORDER BY code LIMIT 1) t ON true
         CROSS JOIN generate_series(1, 2) n`,
    );
    await dataSource.query(`INSERT INTO bed_classification (bed_id, valid_from, care_type) SELECT id, opened_on, false FROM bed WHERE setting = 'home'`);
    engine = new KpiEngine(dataSource, new AppConfig());
  }, 300_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const months = ['2020-12', '2021-01', '2022-02', '2023-07', '2024-12', '2025-06', '2026-11', '2026-12'];

  const counted = new Set<string>();

  it.each([
    ['渝北区 Yubei', '500112000000'],
    ['the whole demo', null],
  ])('equals the one-month pass for every indicator and month in %s', async (_name, regionCode) => {
    const periods = months.map((month) => monthPeriod(month, TODAY));
    const many = await engine.townshipPartsByMonth(periods, regionCode, dataSource.manager);
    expect([...many.keys()]).toEqual(months);
    for (const period of periods) {
      const one = await engine.townshipParts(period, regionCode, dataSource.manager);
      const byKey = (parts: typeof one) => new Map(parts.map((part) => [`${part.regionCode}|${part.indicator}`, part]));
      expect(byKey(many.get(period.month)!)).toEqual(byKey(one));
      for (const part of one) if (part.numerator !== 0) counted.add(part.indicator);
    }
  }, 300_000);

  it('compared numbers, not zeros: every indicator counts something in those months', () => {
    expect(INDICATORS.filter((indicator) => !counted.has(indicator.id)).map((indicator) => indicator.id)).toEqual([]);
  });
});
