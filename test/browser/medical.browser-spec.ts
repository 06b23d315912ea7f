import { Role } from '@yiyang/auth';
import { adminToken, createFacility, createTestApp, createUser, importTestRegions, YUBEI, YUBEI_TOWNSHIP, type CreatedUser, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, openedDialog, pickOption, pickRegion, screenshot, seriousAccessibilityViolations, signedInPage } from './harness';

/**
 * 医养结合: an officer registers a medical institution and a consortium on the medical page; the home's operator records
 * its cooperation agreement with the institution on the facility profile.
 */
/** An antd Select's option, in the open dropdown. */
const pick = (page: Page, text: string | RegExp) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();

describeWithBrowser('medical institutions, consortia and agreements (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: CreatedUser;
  let operator: CreatedUser;
  let facility: string;

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    await importTestRegions(t, admin);
    facility = await createFacility(t, admin, { name: '双龙湖颐养院', regionCode: YUBEI_TOWNSHIP });
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    operator = await createUser(t, { role: Role.Operator, facilityIds: [facility] });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets an officer register a medical institution and a consortium with it', async () => {
    const page = await signedInPage(browser, t.baseUrl, officer, 'desktop');
    await page.goto(`/medical?region=${YUBEI}`);
    await page.getByRole('heading', { name: /医疗机构与签约/ }).waitFor();
    await page.getByRole('button', { name: '登记医疗机构' }).click();
    const dialog = await openedDialog(page, '登记医疗机构');
    await dialog.getByLabel('名称').fill('双龙湖社区卫生服务中心');
    await pickOption(page, dialog, '类别', '社区卫生服务中心');
    await pickRegion(page, dialog, '所在地', '双龙湖', '双龙湖街道');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('status').filter({ hasText: '已登记 双龙湖社区卫生服务中心' }).waitFor();
    await page.getByRole('cell', { name: '双龙湖社区卫生服务中心' }).waitFor();

    await page.getByRole('button', { name: '登记康养联合体' }).click();
    const consortium = await openedDialog(page, '登记康养联合体');
    await consortium.getByLabel('名称').fill('双龙湖康养联合体');
    await pickRegion(page, consortium, '登记地', '双龙湖', '双龙湖街道');
    await consortium.getByLabel('成立日期').fill('2024-05-01');
    await consortium.getByText('达到“五有”').click();
    await consortium.getByRole('combobox', { name: '成员医疗机构' }).click();
    await pick(page, '双龙湖社区卫生服务中心');
    await page.keyboard.press('Escape');
    await consortium.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('status').filter({ hasText: '已登记 双龙湖康养联合体' }).waitFor();
    await page.getByRole('cell', { name: '双龙湖康养联合体', exact: true }).waitFor();
    const row = page.getByRole('row', { name: /双龙湖康养联合体/ });
    await row.getByText('双龙湖社区卫生服务中心').waitFor();
    expect(await row.getByRole('switch').isChecked()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'medical-page');
    await page.context().close();
  });

  it('lets the home record its agreement with the institution on its profile', async () => {
    const page = await signedInPage(browser, t.baseUrl, operator, 'desktop');
    await page.goto(`/facilities/${facility}/profile`);
    await page.getByRole('heading', { name: '医疗机构签约合作' }).waitFor();
    await page.getByRole('button', { name: '登记签约' }).click();
    const form = page.getByRole('form', { name: '登记签约' });
    await pickOption(page, form, '医疗机构', '双龙湖社区卫生服务中心');
    await form.getByLabel('签约日期').fill('2024-03-01');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('status').filter({ hasText: '已登记与 双龙湖社区卫生服务中心 的签约' }).waitFor();
    const card = page.locator('section', { has: page.getByRole('heading', { name: '医疗机构签约合作' }) });
    await card.getByRole('cell', { name: '长期' }).waitFor();
    await card.getByText('有效', { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();
  });
});
