import { Role } from '@yiyang/auth';
import { adminToken, createResident, createTestApp, createUser, importTestRegions, YUBEI, type TestApp } from '@yiyang/testing';
import type { Browser } from 'playwright-core';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, signedInPage } from './harness';

const COMMUNITY = '500112002001';

/**
 * The officer's 适老化改造与智慧终端 page (lists, completing, removing, importing an office's list) and a 特困 person's
 * entrusted-care agreements on the resident page, in Chromium, as the API serves the built app.
 */
describeWithBrowser('community records (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };
  let tekunPerson: string;
  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    await importTestRegions(t, admin);
    officer = await createUser(t, { username: 'yubei.records', role: Role.CivilAffairs, regionCode: YUBEI });
    const auth = { Authorization: `Bearer ${admin}` };
    await t.http
      .post('/api/v1/home-modifications')
      .set(auth)
      .send({ regionCode: COMMUNITY, applicantName: '张桂芳', hardship: true, subsidised: true, subsidyYuan: 3000, appliedOn: '2025-05-10' })
      .expect(201);
    await t.http.post('/api/v1/smart-terminals').set(auth).send({ regionCode: COMMUNITY, deviceKind: 'emergency_call', deviceCode: 'SOS-0001', installedOn: '2025-01-01', linked: true }).expect(201);
    tekunPerson = (await createResident(t, admin, { name: '周特困', categories: ['tekun'], tekunSupportMode: 'dispersed' })).id;
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets an officer complete a modification, import a list and remove a terminal', async () => {
    const page = await signedInPage(browser, t.baseUrl, officer, 'desktop');
    await page.getByRole('link', { name: '适老化与终端' }).click();
    await page.getByRole('heading', { name: '适老化改造与智慧终端', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /张桂芳/ });
    await row.getByRole('button', { name: /完\s*工/ }).click();
    const dialog = page.getByRole('dialog', { name: /登记完工/ });
    await dialog.getByLabel('完工日期').click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await row.getByText(/已完工/).waitFor();

    const modifications = page.getByRole('region', { name: '导入改造台账' });
    const csv = ['区划代码,申请人,困难家庭,是否补贴,申请日期', `${COMMUNITY},赵凤英,是,否,2025-08-01`, `${COMMUNITY},,是,否,2025-08-02`].join('\n');
    await modifications.locator('input[type=file]').setInputFiles({ name: 'modifications.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await modifications.getByRole('alert').filter({ hasText: /处问题，未导入/ }).waitFor();
    await modifications.getByRole('cell', { name: 'applicant_name' }).first().waitFor();
    await modifications.locator('input[type=file]').setInputFiles({ name: 'modifications.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.split('\n').slice(0, 2).join('\n')) });
    await modifications.getByRole('status').filter({ hasText: '已导入 1 条' }).waitFor();
    await page.getByRole('row', { name: /赵凤英/ }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'community-records-modifications');

    await page.getByRole('tab', { name: '智慧养老终端' }).click();
    const terminal = page.getByRole('row', { name: /SOS-0001/ });
    await terminal.getByRole('button', { name: /拆\s*除/ }).click();
    const removal = page.getByRole('dialog', { name: /登记拆除/ });
    await removal.getByLabel('拆除日期').click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
    await removal.getByRole('button', { name: /保\s*存/ }).click();
    await terminal.getByText(/已拆除/).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('shows a 特困 person’s entrusted-care agreements with the phone masked, and records one', async () => {
    // The district officer finds the person through the residents list of their region.
    const page = await signedInPage(browser, t.baseUrl, officer, 'desktop');
    await page.getByRole('link', { name: '老年人', exact: true }).click();
    await page.goto(`/residents/${tekunPerson}`);
    const section = page.getByRole('region', { name: '委托照料服务协议' });
    await section.getByText('尚无委托照料服务协议').waitFor();
    await section.getByRole('button', { name: '签订协议' }).click();
    await section.getByLabel('受托照料人').fill('李秀兰');
    await section.getByLabel('照料人电话').fill('13800001234');
    await section.getByLabel('与老人关系').fill('邻居');
    await section.getByLabel('签订日期').click();
    await page.locator('.ant-picker-dropdown:visible .ant-picker-cell-today').click();
    await section.getByRole('button', { name: /保\s*存/ }).click();
    const agreement = section.getByTestId('care-agreement');
    await agreement.getByText('138****1234').waitFor();
    expect(await agreement.textContent()).toContain('有效');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'resident-care-agreements');
    await page.context().close();
  });
});
