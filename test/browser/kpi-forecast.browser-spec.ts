import { Role } from '@yiyang/auth';
import { monthsBetween } from '@yiyang/core';
import { adminToken, bedsLayout, createFacility, createTestApp, createUser, importTestRegions, waitUntil, YUBEI, YUBEI_TOWNSHIP, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, newContext, screenshot, seriousAccessibilityViolations, signIn } from './harness';

/**
 * 达标预测 in the web app, on the district of test/kpi-forecast.e2e-spec.ts: 双龙湖街道's institution adds 10 beds (2
 * care-type) every month from 2024-12 to 2026-11. Total beds are expected to reach 400 in 2027-05; the care-type
 * share stands at 20 % against a target of 60 %: not at this pace.
 */
const LAST = '2026-11';
const CARE_BEDS = '养老机构护理型床位占比';

describeWithBrowser('forecasts on the indicator pages (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    const auth = { Authorization: `Bearer ${admin}` };
    await importTestRegions(t, admin);
    const facility = await createFacility(t, admin, { name: '双龙湖颐养中心', regionCode: YUBEI_TOWNSHIP });
    const addBeds = (openedOn: string, count: number, careType: number, prefix: string) =>
      t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(auth).send({ openedOn, beds: bedsLayout(count, { careType, prefix }) }).expect(201);
    await addBeds('2020-01-01', 100, 20, 'A');
    for (const [index, month] of monthsBetween('2024-12', LAST).entries()) await addBeds(`${month}-01`, 10, 2, `M${index}-`);
    const target = (indicator: string, year: number, value: number) =>
      t.http.put('/api/v1/kpi/targets').set(auth).send({ regionCode: YUBEI_TOWNSHIP, indicator, year, comparator: '>=', value, binding: 'binding' }).expect(200);
    await target('total_elderly_care_beds', 2027, 400);
    await target('care_type_bed_share', 2025, 60);
    // GET /kpi (the board) forecasts from rolled-up months: the 23 before November, as the scheduler would have.
    for (const month of monthsBetween('2024-12', '2026-10')) {
      const started = await t.http.post('/api/v1/rollups').set(auth).send({ month, regionCode: YUBEI }).expect(202);
      await waitUntil(async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set(auth)).body.status === 'complete', `the rollup of ${month}`, 60_000);
    }
    officer = await createUser(t, { username: 'yubei.forecast', role: Role.CivilAffairs, regionCode: YUBEI });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(): Promise<Page> {
    const page = await (await newContext(browser, t.baseUrl, 'tabletLandscape')).newPage();
    await page.goto('/sign-in');
    await signIn(page, officer.username, officer.password);
    await page.waitForURL(/\/kpi/);
    return page;
  }

  it('shows "not at this pace" on the care-type share, the projection dashed with its band, and the method in words', async () => {
    const page = await signedIn();
    await page.goto(`/kpi/care_type_bed_share?region=${YUBEI_TOWNSHIP}&month=${LAST}`);
    const status = page.getByTestId('forecast-status');
    await status.waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toBe('按此速度无法达标');
    const note = page.getByTestId('forecast-note');
    expect(await note.textContent()).toContain('按当前趋势，到 2031-11 仍达不到目标');
    expect(await note.textContent()).toMatch(/预测方法：(时间加权线性回归|阻尼 Holt 趋势平滑)/);
    // The chart's legend names the projection and its interval.
    const chart = page.getByRole('img', { name: /走势图/ });
    await chart.getByText('预测值').waitFor();
    await chart.getByText('80% 预测区间').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kpi-forecast-not-at-pace-tablet');
    await page.setViewportSize({ width: 390, height: 844 });
    await status.waitFor();
    const overflow = await page.evaluate(() => {
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'kpi-forecast-not-at-pace-phone');
    await page.context().close();
  });

  it('shows the month the beds target is expected to be met and the method', async () => {
    const page = await signedIn();
    await page.goto(`/kpi/total_elderly_care_beds?region=${YUBEI_TOWNSHIP}&month=${LAST}`);
    const status = page.getByTestId('forecast-status');
    await status.waitFor({ timeout: 60_000 });
    expect(await status.textContent()).toBe('按当前趋势，预计 2027-05 达标');
    expect(await page.getByTestId('forecast-note').textContent()).toContain('预测方法：时间加权线性回归');
    await screenshot(page, 'kpi-forecast-expected-tablet');
    await page.context().close();
  });

  it('sorts the board by "expected to miss": the share not at this pace first, the beds expected in 2027-05 next', async () => {
    const page = await signedIn();
    await page.goto(`/kpi?region=${YUBEI_TOWNSHIP}&month=${LAST}`);
    await page.getByTestId('sort-by-miss').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'miss');
    const cards = page.locator('article.kpi-card');
    await cards.first().getByTestId('card-forecast').waitFor({ timeout: 60_000 });
    expect(await cards.first().getAttribute('aria-label')).toBe(CARE_BEDS);
    expect(await cards.first().getByTestId('card-forecast').textContent()).toBe('按此速度无法达标');
    expect(await cards.nth(1).getByTestId('card-forecast').textContent()).toBe('预计 2027-05 达标');
    await screenshot(page, 'kpi-forecast-board-tablet');
    await page.context().close();
  });
});
