import { Role } from '@yiyang/auth';
import { PersonalDataCipher } from '@yiyang/core';
import { createTestApp, createUser, TEST_ADMIN, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../seeds/demo';
import { describeWithBrowser, launchBrowser, newContext, openedDialog, pickOption, pickRegion, screenshot, seriousAccessibilityViolations, signIn } from './harness';

const YUBEI = '500112000000';
/** The administrator's console is a desk job: a 1280 × 800 laptop screen. */
const LAPTOP = { width: 1280, height: 800 };

/**
 * 系统管理 · 用户管理: an administrator makes an operator for ONE facility through the console's pickers, and that
 * operator then sees only it; a role and scope changed, an account deactivated (it can no longer sign in); and every
 * region's plan targets, with their kind and the plan's words, edited in place.
 */
describeWithBrowser('the administrator’s console: users and targets (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let adminToken: string;
  let facilities: { id: string; name: string }[];
  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const [admin] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = $1`, [TEST_ADMIN.username]);
    await loadDemoData(t.dataSource, t.app.get(PersonalDataCipher), { bookedBy: admin.id, log: () => undefined });
    adminToken = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    facilities = await t.dataSource.query(`SELECT id, name FROM facility WHERE closed_on IS NULL ORDER BY name LIMIT 2`);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string, password: string): Promise<Page> {
    const page = await (await newContext(browser, t.baseUrl, 'desktop')).newPage();
    await page.setViewportSize(LAPTOP);
    await page.goto('/sign-in');
    await signIn(page, username, password);
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return page;
  }

  /** Picks an antd Select's option by its text in the open dropdown. */
  const pick = (page: Page, text: string | RegExp) => page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();

  it('creates an operator for one facility with the facility picker; the operator then sees that facility only', async () => {
    const [mine, other] = facilities;
    const admin = await signedIn(TEST_ADMIN.username, TEST_ADMIN.password);
    await admin.goto('/admin/users');
    await admin.getByRole('heading', { name: '用户管理' }).waitFor();
    await admin.getByRole('button', { name: '新建用户' }).click();
    const dialog = admin.getByRole('dialog', { name: '新建用户' });
    await dialog.getByLabel('用户名').fill('ops.one');
    await dialog.getByLabel('姓名').fill('周运营');
    await dialog.getByLabel('初始密码').fill('operator-password-2026');
    // The role says what it can see, and only its own picker shows: facilities for an operator.
    await dialog.getByText('仅所选机构：床位、入住与退住').waitFor();
    expect(await dialog.getByLabel('可见地区（含全部下级）').count()).toBe(0);
    // Saving without a facility names the missing grant on its picker; nothing is sent.
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('请至少选择一家机构').waitFor();
    await dialog.getByRole('combobox', { name: '可见机构' }).click();
    await dialog.getByRole('combobox', { name: '可见机构' }).fill(mine.name.slice(0, 4));
    await pick(admin, mine.name);
    await admin.keyboard.press('Escape');
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-users-create');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByText('已创建用户 ops.one').waitFor();
    const row = admin.getByRole('row', { name: /ops\.one/ });
    await row.getByText(mine.name).waitFor();
    expect(await row.textContent()).toContain('养老机构');
    const [created] = await t.dataSource.query(`SELECT role, facility_ids, region_code FROM app_user WHERE username = 'ops.one'`);
    expect(created).toEqual({ role: 'operator', facility_ids: [mine.id], region_code: null });
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-users', { readme: true });
    await admin.context().close();

    const operator = await signedIn('ops.one', 'operator-password-2026');
    await operator.waitForURL(new RegExp(`/facilities/${mine.id}/beds`));
    await operator.getByText(mine.name).first().waitFor();
    // One facility: no switch between homes is offered.
    expect(await operator.getByRole('combobox', { name: '切换机构' }).count()).toBe(0);
    const listed = await t.http.get('/api/v1/facilities').set('Authorization', `Bearer ${await t.login('ops.one', 'operator-password-2026')}`).expect(200);
    expect(listed.body.items.map((facility: { id: string }) => facility.id)).toEqual([mine.id]);
    // Another home's board by its address is refused in words.
    await operator.goto(`/facilities/${other.id}/beds`);
    await operator.getByText('没有找到，或不在您的管辖范围内').first().waitFor();
    expect(await operator.getByText(other.name).count()).toBe(0);
    await operator.context().close();
  });

  it('changes an account’s role and scope, then deactivates it so it can no longer sign in', async () => {
    const person = await createUser(t, { username: 'change.me', role: Role.Operator, facilityIds: [facilities[0].id] });
    const admin = await signedIn(TEST_ADMIN.username, TEST_ADMIN.password);
    await admin.goto('/admin/users');
    await admin.getByLabel('搜索用户名或姓名').fill('change');
    await admin.getByLabel('搜索用户名或姓名').press('Enter');
    await admin.waitForURL(/q=change/);
    await admin.getByRole('button', { name: '编辑 change.me' }).click();
    const dialog = await openedDialog(admin, '编辑用户 change.me');
    await pickOption(admin, dialog, '角色', '民政部门');
    // An officer's scope is a region: the region tree replaces the facility picker.
    await dialog.getByText('所选地区及其全部下级的指标').waitFor();
    expect(await dialog.getByRole('combobox', { name: '可见机构' }).count()).toBe(0);
    await pickRegion(admin, dialog, '可见地区（含全部下级）', '渝北', '渝北区');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByText('已保存 change.me 的修改').waitFor();
    const { body } = await t.http.get(`/api/v1/users/${person.id}`).set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(body).toMatchObject({ role: 'civil_affairs', regionCode: YUBEI, facilityIds: [], residentIds: [] });
    // The change ended the sessions it had: its old token is refused.
    await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${person.token}`).expect(401);
    const row = admin.getByRole('row', { name: /change\.me/ });
    await row.getByText('渝北区及下级').waitFor();

    await row.getByRole('button', { name: '停用 change.me' }).click();
    await admin.locator('.ant-popconfirm:visible').getByRole('button', { name: /停\s*用/ }).click();
    await admin.getByText('已停用 change.me').waitFor();
    await row.getByText('已停用').waitFor();
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-users-deactivated');
    await admin.context().close();

    const page = await (await newContext(browser, t.baseUrl, 'desktop')).newPage();
    await page.goto('/sign-in');
    await signIn(page, person.username, person.password);
    await page.getByText('用户名或密码不正确').waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.context().close();
  });

  it('lists every region’s plan targets with their kind and the plan’s words, and edits one in place', async () => {
    const admin = await signedIn(TEST_ADMIN.username, TEST_ADMIN.password);
    await admin.goto('/targets');
    await admin.waitForURL(/region=/);
    await admin.getByRole('checkbox', { name: '全部地区' }).click();
    await admin.getByRole('heading', { name: /规划目标 · 全部地区/ }).waitFor();
    const targets: { regionCode: string }[] = (await t.http.get('/api/v1/kpi/targets').set('Authorization', `Bearer ${adminToken}`).expect(200)).body;
    const regionCount = new Set(targets.map((target) => target.regionCode)).size;
    expect(regionCount).toBeGreaterThan(1);
    for (const header of ['地区', '指标', '指标属性', '规划原文']) await admin.getByRole('columnheader', { name: header, exact: true }).waitFor();
    await admin.getByRole('cell', { name: '渝北区' }).first().waitFor();
    expect(await admin.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(targets.length);
    const edit = admin.getByRole('button', { name: /^编辑 渝北区 / }).first();
    await edit.click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('备注').fill('管理员核对 2026');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await admin.getByText('目标已保存').waitFor();
    const after: { regionCode: string; note: string | null }[] = (await t.http.get(`/api/v1/kpi/targets?regionCode=${YUBEI}`).set('Authorization', `Bearer ${adminToken}`).expect(200)).body;
    expect(after.filter((target) => target.note === '管理员核对 2026')).toHaveLength(1);
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-targets');
    await admin.context().close();
  });
});
