import { monthsBetween } from '@yiyang/core';
import { bedsLayout, createFacility, importTestRegions, waitUntil, YUBEI, YUBEI_OTHER_TOWNSHIP, YUBEI_TOWNSHIP, type TestApp } from '@yiyang/testing';

/**
 * The district the forecast tests build by hand (test/kpi-forecast.e2e-spec.ts, test/browser/kpi-forecast.browser-spec.ts):
 * one institution in 双龙湖街道 opened 100 beds (20 care-type) long ago, then 10 more (1, 2 or 3 care-type in turn) on
 * the first of every month from 2024-12 to 2026-11. Its months: total beds 100 + 10·(k + 1) in the k-th month (340 in
 * 2026-11); the care-type share wavering around 20 % (exactly 20 % every third month: 68 of 340 in 2026-11). A second institution in 回兴街道 opens 10 beds (5 care-type) a month from 2026-08.
 * Targets of 双龙湖街道: 400 beds by 2027 (met in 2027-05 at this pace), 60 % care-type by 2025 (not at this pace).
 */
/**
 * A fixed month, not one derived from today: every request names it, and any later day treats it alike (a closed
 * month, read live where not rolled up). The specs that use it pass with the clock set to 2027-01 and 2027-06.
 */
export const FORECAST_LAST_MONTH = '2026-11';

export async function buildForecastDistrict(t: TestApp, admin: string, binding: 'binding' | 'expected' = 'expected'): Promise<void> {
  const auth = { Authorization: `Bearer ${admin}` };
  await importTestRegions(t, admin);
  const addBeds = (facility: string, openedOn: string, count: number, careType: number, prefix: string) =>
    t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(auth).send({ openedOn, beds: bedsLayout(count, { careType, prefix }) }).expect(201);
  const a = await createFacility(t, admin, { name: '双龙湖颐养中心', regionCode: YUBEI_TOWNSHIP });
  await addBeds(a, '2020-01-01', 100, 20, 'A');
  // Care-type 1, 2, 3, 1, 2, 3 … of each month's 10: 48 over the 24 months, a share that wavers around 20 %.
  for (const [index, month] of monthsBetween('2024-12', FORECAST_LAST_MONTH).entries()) await addBeds(a, `${month}-01`, 10, 1 + (index % 3), `M${index}-`);
  const b = await createFacility(t, admin, { name: '回兴养护院', regionCode: YUBEI_OTHER_TOWNSHIP });
  for (const month of monthsBetween('2026-08', FORECAST_LAST_MONTH)) await addBeds(b, `${month}-01`, 10, 5, `B${month}-`);
  const target = (regionCode: string, indicator: string, year: number, value: number) =>
    t.http.put('/api/v1/kpi/targets').set(auth).send({ regionCode, indicator, year, comparator: '>=', value, binding }).expect(200);
  await target(YUBEI_TOWNSHIP, 'total_elderly_care_beds', 2027, 400);
  await target(YUBEI_TOWNSHIP, 'care_type_bed_share', 2025, 60);
  await target(YUBEI_OTHER_TOWNSHIP, 'care_type_bed_share', 2027, 60);
}

/** Rolls up 渝北区's 23 months before the last, as the scheduler would have: GET /kpi forecasts from rolled-up months. */
export async function rollUpForecastDistrict(t: TestApp, admin: string): Promise<void> {
  const auth = { Authorization: `Bearer ${admin}` };
  for (const month of monthsBetween('2024-12', '2026-10')) {
    const started = await t.http.post('/api/v1/rollups').set(auth).send({ month, regionCode: YUBEI }).expect(202);
    await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth)).body.status === 'complete', `the rollup of ${month}`, 60_000);
  }
}
