import { readFile } from 'node:fs/promises';
import { Role } from '@yiyang/auth';
import { PersonalDataCipher, today } from '@yiyang/core';
import { previousMonth } from '@yiyang/core';
import { createTestApp, createUser, TEST_ADMIN, waitUntil, type TestApp } from '@yiyang/testing';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../seeds/demo';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, VIEWPORTS, horizontalOverflow, signedInPage } from './harness';

/**
 * The civil-affairs officer's indicator workspace over the demo data, in Chromium, as the API serves the built app.
 * 渝北区's December 2020 is the plan's published baseline: 护理型床位占比 30.92 %, 乡镇(街道)综合养老服务机构覆盖率 59.09 %.
 */
const YUBEI = '500112000000';
const NINGBO = '330200000000';
const CARE_BEDS = '养老机构护理型床位占比';
const COVERAGE = '乡镇（街道）具备综合功能的养老服务机构覆盖率';

/** The month before this one in China: the latest closed month. */
function lastMonth(): string {
  return previousMonth(today().slice(0, 7));
}

describeWithBrowser('the officer’s indicator workspace (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };
  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const [admin] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = $1`, [TEST_ADMIN.username]);
    await loadDemoData(t.dataSource, t.app.get(PersonalDataCipher), { bookedBy: admin.id, log: () => undefined });
    officer = await createUser(t, { username: 'yubei.officer', role: Role.CivilAffairs, regionCode: YUBEI });
    // 宁波市's December 2020 rolled up, as the running system does: its computed values start the plan's trajectory.
    const token = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const started = await t.http.post('/api/v1/rollups').set('Authorization', `Bearer ${token}`).send({ month: '2020-12', regionCode: NINGBO }).expect(202);
    await waitUntil(
      async () => (await t.http.get(`/api/v1/rollups/${started.body.id}`).set('Authorization', `Bearer ${token}`)).body.status === 'complete',
      'the rollup of 宁波市, 2020-12',
      120_000,
    );
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (username: string, password: string, viewport: keyof typeof VIEWPORTS = 'desktop'): Promise<Page> => signedInPage(browser, t.baseUrl, { username, password }, viewport);

  const card = (page: Page, name: string) => page.getByRole('article', { name, exact: true });

  it('shows 渝北区’s December 2020 board with the plan’s baselines, targets and status', async () => {
    const page = await signedIn(officer.username, officer.password);
    // The officer lands on their own district.
    await page.waitForURL((url) => url.searchParams.get('region') === YUBEI);
    await page.goto(`/kpi?region=${YUBEI}&month=2020-12`);
    const careBeds = card(page, CARE_BEDS);
    await careBeds.getByTestId('kpi-value').waitFor();
    expect(await careBeds.getByTestId('kpi-value').textContent()).toBe('30.92');
    expect(await careBeds.textContent()).toMatch(/目标\s*≥\s*60(\.00)?\s*%（2025 年）/);
    expect(await careBeds.textContent()).toContain('约束性');
    expect(await careBeds.textContent()).toContain('进度正常');
    const coverage = card(page, COVERAGE);
    expect(await coverage.getByTestId('kpi-value').textContent()).toBe('59.09');
    expect(await coverage.textContent()).toMatch(/目标/);
    await page.getByRole('heading', { name: /渝北区/ }).first().waitFor();
    // Every sparkline drawn (one batched series request), then the page is judged as a person meets it.
    await page.waitForFunction(
      () => {
        // Runs in the page (whose CSP refuses a string to evaluate): every card has its sparkline drawn.
        const { document } = globalThis as unknown as { document: { querySelectorAll(selector: string): { length: number } } };
        return document.querySelectorAll('[data-testid="sparkline"]').length >= document.querySelectorAll('article[aria-label]').length;
      },
      undefined,
      { timeout: 120_000 },
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kpi-board', { readme: true });
    // Filters live in the URL: a link opens the same view.
    await page.getByLabel('只看约束性指标').click();
    await page.waitForURL((url) => url.searchParams.get('binding') === '1');
    expect(await card(page, CARE_BEDS).count()).toBe(1);
    await page.context().close();
  });

  it('fits a tablet and a phone', async () => {
    for (const viewport of ['tablet', 'phone'] as const) {
      const page = await signedIn(officer.username, officer.password, viewport);
      await page.goto(`/kpi?region=${YUBEI}&month=2020-12`);
      await card(page, CARE_BEDS).getByTestId('kpi-value').waitFor();
      const overflow = await horizontalOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `kpi-board-${viewport}`);
      await page.context().close();
    }
  });

  it('drills from a city to a township and back up the breadcrumb', async () => {
    const page = await signedIn(TEST_ADMIN.username, TEST_ADMIN.password);
    await page.goto(`/kpi/care_type_bed_share?region=${NINGBO}&month=2020-12&tab=children`);
    const crumbs = page.getByRole('navigation', { name: '地区层级' });
    const firstChild = page.getByRole('table').getByRole('link').first();
    await firstChild.waitFor();
    const county = (await firstChild.textContent())!;
    await firstChild.click();
    // The address changes at once; the path and the table follow with the county's answer.
    await page.waitForURL((url) => url.searchParams.get('region') !== NINGBO && url.searchParams.get('region')!.endsWith('000000'));
    await crumbs.getByText(county, { exact: true }).waitFor();
    const township = page.getByRole('table').getByRole('link').first();
    await township.waitFor();
    const townshipName = (await township.textContent())!;
    await township.click();
    await page.waitForURL((url) => !url.searchParams.get('region')!.endsWith('000000'));
    await crumbs.getByText(townshipName, { exact: true }).waitFor();
    await crumbs.getByRole('link', { name: '宁波市' }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === NINGBO);
    await page.getByRole('table').getByRole('link', { name: county }).waitFor();
    await page.getByRole('tab', { name: '走势与目标' }).click();
    await page.waitForURL((url) => !url.searchParams.has('tab'));
    await page.getByRole('img', { name: /走势图/ }).waitFor({ timeout: 120_000 });
    // The same indicator last month: the months since the baseline, the planned line and the target.
    await page.goto(`/kpi/care_type_bed_share?region=${NINGBO}&month=${lastMonth()}`);
    await page.getByRole('img', { name: /走势图/ }).waitFor({ timeout: 120_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kpi-detail', { readme: true });
    await page.getByRole('tab', { name: '状态热力图' }).click();
    await page.getByRole('table').first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'kpi-matrix');
    await page.context().close();
  });

  it('keeps an officer to their own district: the picker does not offer another, and its URL is refused in words', async () => {
    const page = await signedIn(officer.username, officer.password);
    await page.goto(`/kpi?region=${NINGBO}&month=2020-12`);
    await page.getByText('没有找到，或不在您的管辖范围内').first().waitFor();
    expect(await page.getByRole('article').count()).toBe(0);
    await screenshot(page, 'kpi-refused');
    await page.goto(`/kpi?region=${YUBEI}&month=2020-12`);
    await card(page, CARE_BEDS).waitFor();
    await page.getByRole('combobox', { name: '地区' }).click();
    await page.getByRole('combobox', { name: '地区' }).fill('宁波');
    await page.getByText('没有匹配的地区').waitFor();
    await page.getByRole('combobox', { name: '地区' }).fill('渝北');
    await page.getByRole('option', { name: /渝北区/ }).or(page.locator('.ant-select-tree-title', { hasText: '渝北区' })).first().waitFor();
    await page.context().close();
  });

  it('downloads the month’s report as an XLSX workbook', async () => {
    const page = await signedIn(officer.username, officer.password);
    await page.goto(`/rollups?region=${YUBEI}&month=2020-12`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载月报/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    expect(JSON.stringify(workbook.worksheets[0].getSheetValues())).toContain('渝北区');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'rollups');
    await page.goto(`/targets?region=${YUBEI}`);
    await page.getByRole('cell', { name: CARE_BEDS }).first().waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'targets');
    await page.context().close();
  });
});
