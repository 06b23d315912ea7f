import { monthsBetween, shiftMonth } from '@yiyang/core';
import { adminToken, createTestApp, YUBEI_OTHER_TOWNSHIP, YUBEI_TOWNSHIP, type TestApp } from '@yiyang/testing';
import { buildForecastDistrict, FORECAST_LAST_MONTH as LAST, rollUpForecastDistrict } from './kpi-forecast-district';

/** 达标预测 over HTTP on the district of ./kpi-forecast-district.ts, its months computed live, then rolled up. */
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('forecasts of plan indicators over a hand-built district', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await buildForecastDistrict(t, admin);
  }, 180_000);

  afterAll(() => t?.close());

  const forecast = (indicator: string, regionCode: string, month = LAST) =>
    t.http.get(`/api/v1/kpi/${indicator}/forecast`).query({ regionCode, month }).set(auth(admin));

  it('projects a straight line of beds to the month the target is met, by regression, with both back-test errors', async () => {
    const { body } = await forecast('total_elderly_care_beds', YUBEI_TOWNSHIP).expect(200);
    expect(body).toMatchObject({ indicator: 'total_elderly_care_beds', regionCode: YUBEI_TOWNSHIP, month: LAST, status: 'expected', method: 'regression', horizon: '2027-12' });
    expect(body.target).toEqual({ year: 2027, comparator: '>=', value: 400 });
    expect(body.expectedMetOn).toBe('2027-05');
    expect(body.expectedMetRange).toEqual({ earliest: '2027-05', latest: '2027-05' });
    expect(body.backTest.holdout).toBe(12);
    expect(body.backTest.regressionRmse).toBeCloseTo(0, 6);
    expect(body.backTest.holtRmse).toBeGreaterThan(0);
    // History: the 24 months to November, computed live (no rollups), the last 340.
    expect(body.history).toHaveLength(24);
    expect(body.history[0]).toMatchObject({ month: '2024-12', numerator: 110, value: 110 });
    expect(body.history.at(-1)).toMatchObject({ month: LAST, numerator: 340, value: 340 });
    expect(body.projection.map((point: { month: string }) => point.month)).toEqual(monthsBetween('2026-12', '2027-12'));
    expect(body.projection[5]).toMatchObject({ month: '2027-05', value: 400, low: 400, high: 400, capped: false });
    expect(body.statusZh).toBe('预计达标');
  });

  it('says "not at this pace" for a share that stays near 20 %: both parts projected, 60 months past the passed deadline', async () => {
    const { body } = await forecast('care_type_bed_share', YUBEI_TOWNSHIP).expect(200);
    expect(body).toMatchObject({ status: 'not_at_pace', statusZh: '按此速度无法达标', statusEn: 'not at this pace', expectedMetOn: null, horizon: shiftMonth(LAST, 60) });
    expect(body.history.at(-1)).toMatchObject({ numerator: 68, denominator: 340, value: 20 });
    expect(body.projection).toHaveLength(60);
    // Both parts projected: the share stays near its 20 %, far from 60 %, within an interval that has some width.
    for (const point of body.projection) {
      expect(point.value).toBeGreaterThan(15);
      expect(point.value).toBeLessThan(25);
      expect(point.high).toBeLessThan(60);
    }
    expect(body.projection.at(-1).high).toBeGreaterThan(body.projection.at(-1).low);
  });

  it('says "too little history" with four months of a share, and "no target" without one', async () => {
    const { body } = await forecast('care_type_bed_share', YUBEI_OTHER_TOWNSHIP).expect(200);
    expect(body).toMatchObject({ status: 'too_little_history', statusZh: '数据不足', method: null, projection: [] });
    const none = await forecast('beds_per_1000_older', YUBEI_TOWNSHIP).expect(200);
    expect(none.body.status).toBe('no_target');
  });

  it('carries the forecast on GET /kpi from the rolled-up months (too little history before any rollup)', async () => {
    const overview = async () => (await t.http.get('/api/v1/kpi').query({ regionCode: YUBEI_TOWNSHIP, month: LAST }).set(auth(admin)).expect(200)).body;
    const before = await overview();
    const beds = before.items.find((entry: { indicator: string }) => entry.indicator === 'total_elderly_care_beds');
    expect(beds.forecast).toMatchObject({ status: 'too_little_history', expectedMetOn: null });
    await rollUpForecastDistrict(t, admin);
    const body = await overview();
    const item = (id: string) => body.items.find((entry: { indicator: string }) => entry.indicator === id);
    expect(item('total_elderly_care_beds').forecast).toEqual({
      status: 'expected',
      statusZh: '预计达标',
      expectedMetOn: '2027-05',
      range: { earliest: '2027-05', latest: '2027-05' },
      method: 'regression',
    });
    expect(item('care_type_bed_share').forecast).toMatchObject({ status: 'not_at_pace', expectedMetOn: null });
    expect(item('beds_per_1000_older').forecast).toBeNull();
    // The endpoint reads the snapshots now, with the same answer as from the records.
    const { body: forecast } = await t.http.get('/api/v1/kpi/total_elderly_care_beds/forecast').query({ regionCode: YUBEI_TOWNSHIP, month: LAST }).set(auth(admin)).expect(200);
    expect(forecast).toMatchObject({ status: 'expected', expectedMetOn: '2027-05', method: 'regression' });
    expect(forecast.history).toHaveLength(24);
  }, 300_000);

  it('refuses an unknown indicator (404), a malformed month and a month to come (400)', async () => {
    await forecast('no_such_indicator', YUBEI_TOWNSHIP).expect(404);
    const malformed = await forecast('total_elderly_care_beds', YUBEI_TOWNSHIP, '2026-13').expect(400);
    expect(JSON.stringify(malformed.body)).toContain('month');
    await forecast('total_elderly_care_beds', YUBEI_TOWNSHIP, '2099-01').expect(400);
  });
});
