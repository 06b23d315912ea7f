import { Role } from '@yiyang/auth';
import { adminToken, createTestApp, createUser, YUBEI, type TestApp } from '@yiyang/testing';
import { buildForecastDistrict, FORECAST_LAST_MONTH as LAST, rollUpForecastDistrict } from '../kpi-forecast-district';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, newContext, screenshot, signIn, VIEWPORTS, horizontalOverflow, scenarioStatus } from './harness';

/**
 * Issue 19's "done when", as one journey through the web app on a tablet: 渝北区's civil-affairs officer opens the
 * care-type share of her district, off track and not at this pace; asks how many beds to convert; turns the answer
 * into a scenario, evaluates it, sees the status turn to met, saves it and opens it again by its address.
 *
 * The district is test/kpi-forecast-district.ts's, with one more target, on the county itself (渝北区): care-type
 * share ≥ 60 % by 2025. In 2026-11 the county holds 双龙湖颐养中心's 340 beds (68 care-type) and 回兴养护院's 40
 * (20 care-type): T = 380, N = 88, a share of 23.16 % past its deadline (滞后), whose parts grow by about 7 care-type in 20
 * beds a month (a share tending to 35 %): not at this pace. Beds to convert: ⌈0.6 · 380 − 88⌉ = ⌈228 − 88⌉ = 140;
 * to open as care-type instead: ⌈140 / (1 − 0.6)⌉ = 350. After converting 140: 228 of 380 = 60 %, met.
 */
const CARE_SHARE = 'care_type_bed_share';
const CONVERT = 140;
const OPEN = 350;
const NAME = '渝北区护理型床位转换 140 张';

describeWithBrowser('an officer plans the care-type share of her district (web app, tablet)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    await buildForecastDistrict(t, admin, 'binding');
    await t.http
      .put('/api/v1/kpi/targets')
      .set({ Authorization: `Bearer ${admin}` })
      .send({ regionCode: YUBEI, indicator: CARE_SHARE, year: 2025, comparator: '>=', value: 60, binding: 'binding' })
      .expect(200);
    await rollUpForecastDistrict(t, admin);
    officer = await createUser(t, { username: 'yubei.journey', role: Role.CivilAffairs, regionCode: YUBEI });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const afterStatus = (page: Page, indicator: string) => scenarioStatus(page, indicator, 'after');
  const beforeStatus = (page: Page, indicator: string) => scenarioStatus(page, indicator, 'before');

  it('sees off track and not at this pace, asks how many beds to convert, saves that scenario and sees the status turn to met', async () => {
    const page = await (await newContext(browser, t.baseUrl, 'tabletLandscape')).newPage();
    await page.goto('/sign-in');
    await signIn(page, officer.username, officer.password);
    await page.waitForURL(/\/kpi/);

    // The board of her district, then the care-type share's card.
    await page.goto(`/kpi?region=${YUBEI}&month=${LAST}`);
    const card = page.locator('article.kpi-card', { has: page.locator(`a[href*="/kpi/${CARE_SHARE}?"]`) });
    await card.waitFor({ timeout: 60_000 });
    expect(await card.locator('[data-status]').first().getAttribute('data-status')).toBe('off_track');
    await screenshot(page, 'officer-planning-1-board');
    await card.locator(`a[href*="/kpi/${CARE_SHARE}?"]`).first().click();
    await page.waitForURL((url) => url.pathname === `/kpi/${CARE_SHARE}`);

    // The indicator page: 滞后, and the forecast says 按此速度无法达标.
    const summary = page.locator('.kpi-detail__summary');
    await summary.locator('[data-status]').waitFor({ timeout: 60_000 });
    expect(await summary.locator('[data-status]').getAttribute('data-status')).toBe('off_track');
    expect(await summary.locator('[data-status]').textContent()).toContain('滞后');
    expect(await page.getByTestId('kpi-value').textContent()).toBe('23.16');
    const forecast = page.getByTestId('forecast-status');
    await forecast.waitFor({ timeout: 60_000 });
    expect(await forecast.textContent()).toBe('按此速度无法达标');
    await screenshot(page, 'officer-planning-2-not-at-pace');

    // 需转换多少张床位？ — the exact answer.
    await page.getByRole('button', { name: '需转换多少张床位？' }).click();
    const answer = page.getByTestId('inverse-answer');
    await answer.getByTestId('inverse-convert').waitFor({ timeout: 60_000 });
    expect(await answer.getByTestId('inverse-convert').textContent()).toBe(`将 ${CONVERT} 张普通床位转为护理型（按现有 380 张计）`);
    expect(await answer.textContent()).toContain(`或新建 ${OPEN} 张护理型床位`);
    expect(await answer.textContent()).toContain(`最少机构方案：双龙湖颐养中心 ${CONVERT}`);
    await screenshot(page, 'officer-planning-3-inverse');

    // 生成情景 → the scenario page with the draft; 推演 shows the share go from 滞后 to 已达标.
    await answer.getByRole('button', { name: '生成情景' }).click();
    await page.waitForURL((url) => url.pathname === '/scenarios' && url.searchParams.get('month') === LAST && url.searchParams.get('region') === YUBEI);
    // The change names its institution once the name is looked up (its id until then).
    await page.getByTestId('scenario-change').filter({ hasText: `双龙湖颐养中心：${CONVERT} 张床位转为护理型` }).waitFor();
    expect(await page.getByTestId('scenario-change').count()).toBe(1);
    await page.getByRole('button', { name: '推 演' }).or(page.getByRole('button', { name: '推演' })).click();
    await afterStatus(page, CARE_SHARE).waitFor({ timeout: 60_000 });
    expect(await beforeStatus(page, CARE_SHARE).getAttribute('data-status')).toBe('off_track');
    expect(await afterStatus(page, CARE_SHARE).getAttribute('data-status')).toBe('met');
    expect(await afterStatus(page, CARE_SHARE).textContent()).toContain('已达标');
    await screenshot(page, 'officer-planning-4-evaluated');

    // Saved under a name, and opened again by its address.
    await page.getByLabel('情景名称').fill(NAME);
    await page.getByRole('button', { name: '保存情景' }).click();
    await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);
    const saved = new URL(page.url()).pathname;
    await page.goto('/kpi');
    await page.goto(saved);
    await page.getByRole('heading', { name: NAME }).waitFor({ timeout: 60_000 });
    await afterStatus(page, CARE_SHARE).waitFor({ timeout: 60_000 });
    expect(await beforeStatus(page, CARE_SHARE).getAttribute('data-status')).toBe('off_track');
    expect(await afterStatus(page, CARE_SHARE).getAttribute('data-status')).toBe('met');
    expect(await afterStatus(page, CARE_SHARE).textContent()).toContain('已达标');
    await screenshot(page, 'officer-planning-5-saved');
    // The same page held upright: nothing wider than the screen.
    await page.setViewportSize(VIEWPORTS.tablet);
    await afterStatus(page, CARE_SHARE).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'officer-planning-6-saved-upright');
    await page.context().close();
  }, 240_000);
});
