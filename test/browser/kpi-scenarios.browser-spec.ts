import { Role } from '@yiyang/auth';
import { PersonalDataCipher, previousMonth, today } from '@yiyang/core';
import { createTestApp, createUser, TEST_ADMIN, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../seeds/demo';
import { describeWithBrowser, launchBrowser, screenshot, scenarioStatus, type VIEWPORTS, signedInPage } from './harness';

/**
 * What-if scenarios (情景推演) in the web app over the demo data: 渝北区's officer asks how many beds to convert for
 * the care-type share's 60 % target, turns the answer into a scenario, sees the status turn to met, saves it, opens
 * it by its address, builds a second one with the form and compares the two.
 */
const YUBEI = '500112000000';
const CARE_SHARE = 'care_type_bed_share';

describeWithBrowser('what-if scenarios (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };
  const month = previousMonth(today().slice(0, 7));

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const [admin] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = $1`, [TEST_ADMIN.username]);
    await loadDemoData(t.dataSource, t.app.get(PersonalDataCipher), { bookedBy: admin.id, log: () => undefined });
    officer = await createUser(t, { username: 'yubei.planner', role: Role.CivilAffairs, regionCode: YUBEI });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<Page> => signedInPage(browser, t.baseUrl, officer, viewport);

  const afterStatus = (page: Page, indicator: string) => scenarioStatus(page, indicator, 'after');

  let savedUrl = '';

  it('answers how many beds to convert, makes that a scenario and shows the status turn to met', async () => {
    const page = await signedIn();
    await page.goto(`/kpi/${CARE_SHARE}?region=${YUBEI}&month=${month}`);
    await page.getByRole('button', { name: '需转换多少张床位？' }).click();
    const answer = page.getByTestId('inverse-answer');
    await answer.getByTestId('inverse-convert').waitFor();
    expect(await answer.getByTestId('inverse-convert').textContent()).toMatch(/将 [\d,]+ 张普通床位转为护理型/);
    await screenshot(page, 'scenarios-inverse');
    await answer.getByRole('button', { name: '生成情景' }).click();
    await page.waitForURL(/\/scenarios\?/);
    expect(new URL(page.url()).searchParams.get('draft')).toContain('convert_beds');
    // The draft's region and month, not the person's defaults, are the ones shown and judged.
    await page.waitForURL((url) => url.searchParams.get('month') === month && url.searchParams.get('region') === YUBEI);
    expect(await page.locator('.kpi-toolbar').textContent()).toContain(month);
    await page.getByTestId('scenario-change').first().waitFor();
    const before = await page.getByTestId('scenario-change').count();

    await page.getByRole('button', { name: '推 演' }).or(page.getByRole('button', { name: '推演' })).click();
    await afterStatus(page, CARE_SHARE).waitFor({ timeout: 60_000 });
    expect(await afterStatus(page, CARE_SHARE).getAttribute('data-status')).toBe('met');
    await screenshot(page, 'scenarios-evaluated');

    await page.getByLabel('情景名称').fill('渝北区护理型床位达标');
    await page.getByRole('button', { name: '保存情景' }).click();
    await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);
    savedUrl = new URL(page.url()).pathname;
    // The page's own title (level 1): the saved list's entries are headings too, and the workbench, still shown while
    // the scenario page loads, lists the new name there with no changes (the address no longer holds the draft).
    await page.getByRole('heading', { name: '渝北区护理型床位达标', level: 1 }).waitFor();
    await page.getByTestId('scenario-change').first().waitFor();
    expect(await page.getByTestId('scenario-change').count()).toBe(before);
  }, 180_000);

  it('opens the saved scenario by its address on a tablet and evaluates it on today’s records', async () => {
    const page = await signedIn('tablet');
    await page.goto(savedUrl);
    await page.getByRole('heading', { name: '渝北区护理型床位达标', level: 1 }).waitFor();
    await afterStatus(page, CARE_SHARE).waitFor({ timeout: 60_000 });
    expect(await afterStatus(page, CARE_SHARE).getAttribute('data-status')).toBe('met');
    await screenshot(page, 'scenarios-saved-tablet');
  }, 120_000);

  it('builds a second scenario with the form, saves it and compares the two side by side', async () => {
    const page = await signedIn('tabletLandscape');
    await page.goto(`/scenarios?region=${YUBEI}&month=${month}`);
    // A comprehensive centre in the first township of the list.
    await page.locator('#scenario-kind').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '新增综合养老服务中心' }).click();
    await page.locator('#scenario-township').click();
    // The list opens with its first township active: Enter picks it.
    await page.locator('#scenario-township_list').waitFor({ state: 'attached' });
    await page.waitForFunction(() => {
      const { document } = globalThis as unknown as { document: { querySelector(selector: string): unknown } };
      return Boolean(document.querySelector('[id^="scenario-township_list_"]'));
    });
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '添加变化' }).click();
    await page.getByTestId('scenario-change').first().waitFor();
    expect(await page.getByTestId('scenario-change').first().textContent()).toContain('新增综合养老服务中心');
    await page.getByRole('button', { name: '推 演' }).or(page.getByRole('button', { name: '推演' })).click();
    await page.locator('.scenario-result').waitFor({ timeout: 60_000 });
    await page.getByLabel('情景名称').fill('新增一处综合中心');
    await page.getByRole('button', { name: '保存情景' }).click();
    await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);

    await page.goto('/scenarios');
    await page.getByTestId('saved-scenario').nth(1).waitFor();
    await page.getByRole('checkbox', { name: '渝北区护理型床位达标' }).check();
    await page.getByRole('checkbox', { name: '新增一处综合中心' }).check();
    await page.getByRole('button', { name: '对比所选' }).click();
    await page.waitForURL(/\/scenarios\/compare\?ids=/);
    await page.getByRole('link', { name: /渝北区护理型床位达标/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: /新增一处综合中心/ }).waitFor();
    const careCell = page.locator(`.scenario-side[data-indicator="${CARE_SHARE}"]`).first();
    expect(await careCell.locator('[data-status]').getAttribute('data-status')).toBe('met');
    await screenshot(page, 'scenarios-compare');
  }, 180_000);
});
