import { randomBytes, randomUUID } from 'node:crypto';
import { PersonalDataCipher, previousMonth, regionAncestry, today } from '@yiyang/core';
import { createTestApp, waitUntil, type TestApp } from '@yiyang/testing';
import type { DataSource } from 'typeorm';
import { loadDemoData } from '../../../seeds/demo';
import { INDICATORS } from './domain/indicators';
import { monthPeriod } from './domain/months';
import { countyPasses } from './domain/passes';
import { rollUp, type IndicatorParts, type RolledParts } from './domain/roll-up';
import { KpiCorrectionsService } from './kpi-corrections.service';
import { KpiEngine } from './kpi-engine';
import { currentMonth } from './kpi-input';
import { KpiReroll } from './kpi-reroll';
import { KpiRollupService } from './kpi-rollup.service';
import { KpiRollupsRepository, type RollupRow } from './kpi-rollups.repository';

const YUBEI = '500112000000';
const NINGBO = '330200000000';
const ZHOUSHAN = '330900000000';
const CURRENT = currentMonth();
const LAST = previousMonth(CURRENT);
const BEFORE = previousMonth(LAST);

class Rollback extends Error {}

const key = (row: { regionCode: string; indicator: string }) => `${row.regionCode}|${row.indicator}`;

/**
 * On the demo data rolled up for two closed months: KpiReroll over the stored county parts equals a full pass, for
 * every indicator; a back-dated change marks its county from its month; a correction run re-rolls that county and its
 * ancestors only, and a fresh full rollup afterwards changes nothing.
 */
describe('corrections re-roll only what they touch', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let engine: KpiEngine;
  let reroll: KpiReroll;
  let rollups: KpiRollupService;

  beforeAll(async () => {
    t = await createTestApp();
    dataSource = t.dataSource;
    const cipher = new PersonalDataCipher(`k1:${randomBytes(32).toString('base64')}`, randomBytes(32).toString('base64'));
    await loadDemoData(dataSource, cipher, { bookedBy: randomUUID(), log: () => undefined, today: today() });
    engine = t.app.get(KpiEngine);
    reroll = t.app.get(KpiReroll);
    rollups = t.app.get(KpiRollupService);
    expect(await rollups.rollUpInBulk([BEFORE, LAST])).toEqual({ complete: 2, failed: 0 });
  }, 600_000);

  afterAll(() => t?.close());

  /** A full pass over every region: the township parts of the whole tree summed up, as a rollup of everything does. */
  async function fullRollup(month: string, manager = dataSource.manager): Promise<Map<string, RolledParts>> {
    const period = monthPeriod(month, today());
    const parts = await engine.townshipParts(period, null, manager);
    const tree = await engine.regionTree(null, manager);
    const population = await engine.populations(tree, Number(month.slice(0, 4)), manager);
    return new Map(rollUp(parts, { indicators: INDICATORS, regions: tree, population, days: period.days }).map((row) => [key(row), row]));
  }

  async function status(rollupId: string): Promise<RollupRow> {
    return (await t.app.get(KpiRollupsRepository).find(rollupId, dataSource.manager))!;
  }

  /** The re-roll, checked to equal a second one that reuses the first's township parts (as a scenario's "after" does). */
  async function rerolled(month: string, counties: string[], regions: string[]): Promise<RolledParts[]> {
    return dataSource.transaction(async (manager) => {
      const first = await reroll.rerollWithParts(month, counties, regions, manager);
      const second = await reroll.rerollWithParts(month, counties, regions, manager, first);
      expect(second.rolled).toEqual(first.rolled);
      return first.rolled;
    });
  }

  async function aCityOtherThanYubeis(): Promise<string> {
    const [row] = await dataSource.query(`SELECT code FROM region WHERE level = 'city' AND code NOT LIKE '5001%' ORDER BY code LIMIT 1`);
    return row.code;
  }

  it('stores every county’s raw sums of the months rolled up', async () => {
    const [{ counties }] = await dataSource.query(`SELECT count(DISTINCT county_code)::int AS counties FROM kpi_county_part WHERE month = $1::date`, [`${LAST}-01`]);
    expect(counties).toBe((await engine.counties(null, dataSource.manager)).length);
  });

  it.each([
    ['a closed month, from the stored county parts', () => LAST, 1 / 2],
    ['the month in progress, nothing stored', () => CURRENT, 1 / 3],
  ])('re-rolls one county and one city region exactly as a full pass, for every indicator: %s', async (_name, monthOf, counting) => {
    const month = monthOf();
    const city = await aCityOtherThanYubeis();
    const full = await fullRollup(month);
    const rows = await rerolled(month, [YUBEI], [city]);
    const wanted = new Set([...regionAncestry(YUBEI), ...regionAncestry(city)]);
    // Yubei's subtree, its ancestors and the city's ancestry: every row a full pass has for them, equal.
    const expected = [...full.values()].filter((row) => wanted.has(row.regionCode) || row.regionCode.startsWith('500112'));
    expect(new Map(rows.map((row) => [key(row), row]))).toEqual(new Map(expected.map((row) => [key(row), row])));
    expect(new Set(rows.map((row) => row.indicator))).toEqual(new Set(INDICATORS.map((indicator) => indicator.id)));
    // Compared numbers, not zeros: most of the province's numerators are not zero (fewer early in the month in progress).
    expect(rows.filter((row) => row.regionCode === '500000000000' && row.numerator !== 0).length).toBeGreaterThan(INDICATORS.length * counting);
  }, 300_000);

  it.each([
    ['a closed month', () => LAST],
    ['the month in progress', () => CURRENT],
  ])('re-rolls half of a city’s counties in one pass over the city, exactly as a full pass: %s', async (_name, monthOf) => {
    const month = monthOf();
    const counties = await engine.counties(NINGBO, dataSource.manager);
    const touched = counties.slice(0, Math.ceil(counties.length / 2));
    expect(countyPasses(touched, () => counties.length)).toEqual([{ slice: NINGBO, counties: touched }]);
    const full = await fullRollup(month);
    // In the month in progress the first re-roll passes over the province (nothing stored); the second, reusing
    // its parts, computes the touched counties again: in one pass over the city.
    const rows = await rerolled(month, touched, [NINGBO]);
    const wanted = new Set(touched.flatMap((county) => regionAncestry(county)));
    const expected = [...full.values()].filter((row) => wanted.has(row.regionCode) || touched.some((county) => row.regionCode.startsWith(county.slice(0, 6))));
    expect(new Map(rows.map((row) => [key(row), row]))).toEqual(new Map(expected.map((row) => [key(row), row])));
    expect(rows.filter((row) => row.regionCode === NINGBO && row.numerator !== 0).length).toBeGreaterThan(INDICATORS.length / 3);
  }, 300_000);

  it('counts a canteen’s meal slots in its own county whatever the pass covers: one reaching into the next county covers nothing there', async () => {
    const period = monthPeriod(LAST, today());
    /** The township's villages reached by a meal service, in a pass's parts. */
    const canteen = (parts: IndicatorParts[], township: string) =>
      parts.find((part) => part.regionCode === township && part.indicator === 'elderly_canteen_effective_coverage')?.numerator ?? NaN;
    await dataSource
      .transaction(async (manager) => {
        // A village of 舟山市 (the demo's villages are there and in 渝北区), its county B and another county A of the
        // city; the meal slots that reach the village are cancelled first, so none does.
        const [village] = await manager.query(`SELECT code FROM region WHERE level = 'village' AND code LIKE '3309%' ORDER BY code LIMIT 1`);
        await manager.query(
          `UPDATE service_slot s SET status = 'cancelled', cancel_reason = 'test'
            WHERE s.service_type = 'meal' AND s.status = 'open' AND EXISTS (SELECT 1 FROM unnest(s.area_prefixes) p WHERE $1 LIKE p || '%')`,
          [village.code],
        );
        const b = `${village.code.slice(0, 6)}000000`;
        const a = (await engine.counties(ZHOUSHAN, manager)).find((county) => county !== b)!;
        const facilityIn = async (county: string) =>
          (await manager.query(`SELECT id FROM facility WHERE region_code LIKE left($1, 6) || '%' ORDER BY id LIMIT 1`, [county]))[0].id as string;
        const slot = (facility: string) =>
          manager.query(
            `INSERT INTO service_slot (facility_id, service_type, starts_at, ends_at, capacity, price_cents, area, area_prefixes)
             VALUES ($1, 'meal', $2::timestamptz, $2::timestamptz + interval '1 hour', 10, 0, ARRAY[$3], ARRAY[$3])`,
            [facility, `${LAST}-15T11:30:00+08:00`, village.code],
          );
        const township = `${village.code.slice(0, 9)}000`;
        const ownBefore = await engine.townshipParts(period, b, manager);
        // A canteen of county A sends meals into B's village: neither B's pass nor the city's counts it.
        await slot(await facilityIn(a));
        expect(canteen(await engine.townshipParts(period, b, manager), township)).toBe(canteen(ownBefore, township));
        expect(canteen(await engine.townshipParts(period, ZHOUSHAN, manager), township)).toBe(canteen(ownBefore, township));
        // A canteen of B's own does count, in both.
        await slot(await facilityIn(b));
        expect(canteen(await engine.townshipParts(period, b, manager), township)).toBe(canteen(ownBefore, township) + 1);
        expect(canteen(await engine.townshipParts(period, ZHOUSHAN, manager), township)).toBe(canteen(ownBefore, township) + 1);
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
  }, 300_000);

  it('computes live a county whose parts are not stored and a township asked for in an untouched county; a county-level region with no townships and an administered township count as in a full pass', async () => {
    const [other] = await dataSource.query(
      `SELECT code FROM region WHERE level = 'county' AND code <> $1 AND EXISTS (SELECT 1 FROM region t WHERE t.level = 'township' AND t.code LIKE left(region.code, 6) || '%') ORDER BY code LIMIT 1`,
      [YUBEI],
    );
    const [township] = await dataSource.query(`SELECT code FROM region WHERE level = 'township' AND code LIKE left($1, 6) || '%' ORDER BY code LIMIT 1`, [other.code]);
    const [administered] = await dataSource.query(`SELECT code FROM region WHERE level = 'township' AND code LIKE '500112%' ORDER BY code DESC LIMIT 1`);
    await dataSource
      .transaction(async (manager) => {
        // Within the transaction only: the county's parts dropped (the re-roll must compute them), a county-level
        // region with no townships (the province's per-county minimums become 0), a township of Yubei another body administers.
        await manager.query(`DELETE FROM kpi_county_part WHERE month = $1::date AND county_code = $2`, [`${LAST}-01`, other.code]);
        await manager.query(`INSERT INTO region (code, name, level, parent_code) VALUES ('500199000000', '无乡镇的县级区', 'county', '500100000000')`);
        await manager.query(`UPDATE region SET administered_by = '500199000000' WHERE code = $1`, [administered.code]);
        const full = await fullRollup(LAST, manager);
        const rows = await reroll.reroll(LAST, [YUBEI], [township.code], manager);
        const wanted = new Set([...regionAncestry(YUBEI), ...regionAncestry(township.code)]);
        const expected = [...full.values()].filter((row) => wanted.has(row.regionCode) || row.regionCode.startsWith('500112'));
        const byKey = new Map(rows.map((row) => [key(row), row]));
        for (const row of expected) expect(byKey.get(key(row))).toEqual(row);
        for (const row of rows) expect(row).toEqual(full.get(key(row)));
        expect(rows.some((row) => row.regionCode === township.code)).toBe(true);
        expect(rows.some((row) => row.regionCode === administered.code)).toBe(false);
        expect(rows.filter((row) => row.regionCode === '500000000000' && row.countyMin !== null).every((row) => row.countyMin === 0)).toBe(true);
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
  }, 300_000);

  describe('a back-dated correction to one county', () => {
    let correctionId: string;

    beforeAll(async () => {
      expect(await dataSource.query(`SELECT * FROM kpi_stale`)).toEqual([]);
      // Ten of Yubei's general institution beds become care-type from the 15th of the month before last…
      await dataSource.transaction(async (manager) => {
        const beds: { bed_id: string }[] = await manager.query(
          `SELECT c.bed_id FROM bed_classification c JOIN bed b ON b.id = c.bed_id JOIN facility f ON f.id = b.facility_id
            WHERE f.region_code LIKE '500112%' AND b.setting = 'institution' AND b.closed_on IS NULL AND NOT c.care_type AND c.valid_to IS NULL AND c.valid_from < $1::date
            ORDER BY c.bed_id LIMIT 10`,
          [`${BEFORE}-15`],
        );
        const ids = beds.map((bed) => bed.bed_id);
        await manager.query(`UPDATE bed_classification SET valid_to = $2::date WHERE bed_id = ANY($1::uuid[]) AND valid_to IS NULL`, [ids, `${BEFORE}-15`]);
        await manager.query(
          `INSERT INTO bed_classification (bed_id, valid_from, care_type, dementia_care)
           SELECT c.bed_id, $2::date, true, c.dementia_care FROM bed_classification c WHERE c.bed_id = ANY($1::uuid[]) AND c.valid_to = $2::date`,
          [ids, `${BEFORE}-15`],
        );
      });
      // …and one of its community stations closed on the 10th of last month.
      await dataSource.query(
        `UPDATE facility SET closed_on = $1::date, close_reason = '撤并' WHERE id = (
           SELECT f.id FROM facility f JOIN facility_profile p ON p.facility_id = f.id AND p.valid_to IS NULL
            WHERE f.region_code LIKE '500112%' AND f.closed_on IS NULL AND f.opened_on < $1::date AND p.kind = 'community_station' ORDER BY f.id LIMIT 1)`,
        [`${LAST}-10`],
      );
    }, 60_000);

    it('marks that county from the month before last, and nothing else', async () => {
      expect(await dataSource.query(`SELECT county_code, to_char(since_month, 'YYYY-MM') AS since FROM kpi_stale`)).toEqual([{ county_code: YUBEI, since: BEFORE }]);
    });

    it('re-rolls that county and its ancestors only, and clears the mark', async () => {
      const { rollup, created } = await t.app.get(KpiCorrectionsService).start(null, null);
      expect(created).toBe(true);
      expect(rollup).toMatchObject({ kind: 'correction', month: BEFORE });
      correctionId = rollup.id;
      await waitUntil(async () => ['complete', 'failed'].includes((await status(correctionId)).status), 'correction', 120_000);
      const run = await status(correctionId);
      expect(run).toMatchObject({ status: 'complete', countiesTotal: 2, countiesDone: 2, progress: 100 });
      expect(run.valuesRevised).toBeGreaterThan(0);
      const revised: { region_code: string; month: string }[] = await dataSource.query(
        `SELECT DISTINCT region_code, to_char(month, 'YYYY-MM') AS month FROM kpi_value WHERE rollup_id = $1`,
        [correctionId],
      );
      const allowed = new Set(regionAncestry(YUBEI));
      expect(revised.filter((row) => !allowed.has(row.region_code) && !row.region_code.startsWith('500112'))).toEqual([]);
      expect(new Set(revised.map((row) => row.month))).toEqual(new Set([BEFORE, LAST]));
      // Values of the county and its ancestors were revised in both months: the province's care-type share among them.
      expect(revised.filter((row) => row.region_code === '500000000000').length).toBe(2);
      expect(await dataSource.query(`SELECT * FROM kpi_stale`)).toEqual([]);
    }, 180_000);

    it('leaves the numbers a fresh full rollup gives: it revises nothing, and the county parts stay as they are', async () => {
      const parts = () => dataSource.query(`SELECT * FROM kpi_county_part WHERE month >= $1::date ORDER BY month, county_code, indicator`, [`${BEFORE}-01`]);
      const corrected = await parts();
      for (const month of [BEFORE, LAST]) {
        const { rollup } = await rollups.start(month, null, null);
        await waitUntil(async () => ['complete', 'failed'].includes((await status(rollup.id)).status), 'full rollup', 180_000);
        expect(await status(rollup.id)).toMatchObject({ status: 'complete', valuesRevised: 0 });
      }
      expect(await parts()).toEqual(corrected);
      expect(await dataSource.query(`SELECT * FROM kpi_stale`)).toEqual([]);
    }, 400_000);
  });
});
