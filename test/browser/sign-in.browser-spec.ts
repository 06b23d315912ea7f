import { Role } from '@yiyang/auth';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, createUser, TEST_ADMIN, type TestApp } from '@yiyang/testing';
import { describeWithBrowser, launchBrowser, newContext, screenshot, seriousAccessibilityViolations, signIn } from './harness';

describeWithBrowser('signing in and out (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let assessorPassword: string;
  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    assessorPassword = (await createUser(t, { username: 'li.assessor', role: Role.Assessor, regionCode: '500112000000' })).password;
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function freshPage(viewport: 'desktop' | 'phone' = 'desktop'): Promise<Page> {
    const context = await newContext(browser, t.baseUrl, viewport);
    return context.newPage();
  }

  it('sends a signed-out person to sign in, remembering the page, and back there after signing in', async () => {
    const page = await freshPage();
    await page.goto('/targets?region=500112000000');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByRole('heading', { name: '登录颐养' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await signIn(page, TEST_ADMIN.username, 'not-the-password');
    await page.getByRole('alert').filter({ hasText: '用户名或密码不正确' }).waitFor();
    await page.getByLabel('密码').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL((url) => url.pathname === '/targets' && url.searchParams.get('region') === '500112000000');
    await page.context().close();
  });

  it('speaks Chinese first and English when asked, remembering the choice on the device', async () => {
    const page = await freshPage();
    await page.goto('/sign-in');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in to Yiyang' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Yiyang' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await signIn(page, TEST_ADMIN.username, TEST_ADMIN.password, { english: true });
    await page.getByRole('link', { name: 'Indicators' }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('link', { name: '指标看板' }).waitFor();
    await page.context().close();
  });

  it('keeps the person signed in across a reload, and signs out', async () => {
    const page = await freshPage();
    await page.goto('/sign-in');
    await signIn(page, TEST_ADMIN.username, TEST_ADMIN.password);
    await page.waitForURL(/\/kpi/);
    await page.reload();
    await page.getByRole('link', { name: '规划目标' }).waitFor();
    expect(page.url()).toContain('/kpi');
    await page.getByRole('button', { name: /退出登录/ }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/kpi');
    await page.waitForURL(/\/sign-in\?next=%2Fkpi/);
    await page.context().close();
  });

  it('shows each role only what it may use', async () => {
    const page = await freshPage('phone');
    await page.goto('/sign-in');
    await signIn(page, 'li.assessor', assessorPassword);
    // An assessor lands on the people due an assessment; the menu (folded on a phone) holds that page only.
    await page.waitForURL(/\/assessments/);
    await page.getByRole('heading', { name: '待评估名单' }).waitFor();
    await page.getByRole('button', { name: '工作台' }).click();
    const menu = page.getByRole('dialog').getByRole('menuitem');
    await menu.first().waitFor();
    expect(await menu.allTextContents()).toEqual(['能力评估']);
    await page.keyboard.press('Escape');
    // A page of another role, typed into the address bar, is not shown.
    await page.goto('/kpi?region=500112000000');
    await page.waitForURL(/\/assessments/);
    await page.getByRole('heading', { name: '待评估名单' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'assessor-home-phone');
    await page.context().close();
  });

  it('sends the person back to sign in when the token stops working, and after that to where they were', async () => {
    const page = await freshPage();
    await page.goto('/sign-in');
    await signIn(page, TEST_ADMIN.username, TEST_ADMIN.password);
    await page.waitForURL(/\/kpi/);
    // Every token of the account is revoked (as a password change does): the next request is a 401.
    await t.dataSource.query(`UPDATE app_user SET token_version = token_version + 1 WHERE username = $1`, [TEST_ADMIN.username]);
    await page.goto('/targets?region=500112000000');
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByText('登录已过期，请重新登录').waitFor();
    await signIn(page, TEST_ADMIN.username, TEST_ADMIN.password);
    await page.waitForURL((url) => url.pathname === '/targets');
    await page.context().close();
  });
});
