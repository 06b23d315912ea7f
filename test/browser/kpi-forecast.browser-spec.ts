import { Role } from '@yiyang/auth';
import { adminToken, createTestApp, createUser, YUBEI, YUBEI_TOWNSHIP, type TestApp } from '@yiyang/testing';
import { buildForecastDistrict, FORECAST_LAST_MONTH as LAST, rollUpForecastDistrict } from '../kpi-forecast-district';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, horizontalOverflow, signedInPage } from './harness';

/**
 * 达标预测 in the web app, on the district of test/kpi-forecast-district.ts: total beds are expected to reach 400 in
 * 2027-05; the care-type share stands at 20 % against a target of 60 %: not at this pace.
 */
const CARE_BEDS = '养老机构护理型床位占比';

describeWithBrowser('forecasts on the indicator pages (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    await buildForecastDistrict(t, admin, 'binding');
    await rollUpForecastDistrict(t, admin);
    officer = await createUser(t, { username: 'yubei.forecast', role: Role.CivilAffairs, regionCode: YUBEI });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (): Promise<Page> => signedInPage(browser, t.baseUrl, officer, 'tabletLandscape');

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
    const overflow = await horizontalOverflow(page);
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
    // Said: the first projected month lies on the fitted trend, so the dashed line may step from the last value.
    expect(await page.getByTestId('forecast-note').textContent()).toContain('第一个预测月落在按历史拟合的趋势上');
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
