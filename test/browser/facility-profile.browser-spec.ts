import { readFile } from 'node:fs/promises';
import { Role } from '@yiyang/auth';
import { addDays, PersonalDataCipher, today } from '@yiyang/core';
import { createTestApp, createUser, TEST_ADMIN, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../seeds/demo';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, signedInPage } from './harness';

/** YYYY-MM-DD `days` from today (in China). */
const inDays = (days: number) => addDays(today(), days);

/**
 * 机构信息与批量床位: an operator at a tablet reads their home's profile, sees the certificate about to lapse, adds
 * beds floor by floor and imports a file of beds; the civil-affairs side records the year's inspection with its date.
 */
describeWithBrowser('the facility profile and bulk beds (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let facility: { id: string; name: string; region_code: string };
  let operator: { username: string; password: string; token: string };
  let officer: { username: string; password: string };
  let adminToken: string;
  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const [admin] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = $1`, [TEST_ADMIN.username]);
    await loadDemoData(t.dataSource, t.app.get(PersonalDataCipher), { bookedBy: admin.id, log: () => undefined });
    [facility] = await t.dataSource.query(
      `SELECT f.id, f.name, f.region_code FROM facility f JOIN facility_profile p ON p.facility_id = f.id AND p.valid_to IS NULL
        WHERE p.kind = 'institution' AND f.closed_on IS NULL AND f.opened_on < '2020-01-01' ORDER BY f.name LIMIT 1`,
    );
    operator = await createUser(t, { role: Role.Operator, facilityIds: [facility.id] });
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: `${facility.region_code.slice(0, 6)}000000` });
    adminToken = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    // A caregiver whose first-aid certificate runs out in three weeks, and a nurse whose licence lapsed last week.
    for (const [name, role, kind, validUntil] of [
      ['周护理', 'caregiver', 'first_aid', inDays(21)],
      ['吴护士', 'nurse', 'nurse_license', inDays(-7)],
    ] as const) {
      await t.http
        .post(`/api/v1/facilities/${facility.id}/staff`)
        .set('Authorization', `Bearer ${operator.token}`)
        .send({ name, role, hiredOn: '2024-03-01', certificates: [{ kind, issuedOn: '2022-01-01', validUntil }] })
        .expect(201);
    }
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (username: string, password: string): Promise<Page> => signedInPage(browser, t.baseUrl, { username, password });

  it('shows the operator the profile cards, the certificate about to lapse highlighted, and which forms are the office’s', async () => {
    const page = await signedIn(operator.username, operator.password);
    await page.goto(`/facilities/${facility.id}/profile`);
    for (const title of ['机构档案', '星级评定', '年度质量检查', '工作人员与证书']) await page.getByRole('heading', { name: title }).waitFor();
    await page.getByRole('heading', { name: new RegExp(facility.name) }).waitFor();
    const profile = page.locator('section', { has: page.getByRole('heading', { name: '机构档案' }) });
    await profile.getByText(/在用 \d+ 张 · 护理型 \d+ 张/).waitFor();
    const expiring = page.locator('[data-standing="expiring"]', { hasText: '救护员证' });
    await expiring.waitFor();
    expect(await expiring.textContent()).toContain('21 天后到期');
    // Runs in the page: the chip is painted amber (the CSP refuses a string to evaluate).
    const background = await expiring.evaluate((element) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(254, 243, 199)');
    const expired = page.locator('[data-standing="expired"]', { hasText: '护士执业证书' });
    expect(await expired.textContent()).toContain('已过期 7 天');
    await page.getByText('1 份证书将在 60 天内到期').waitFor();
    await page.getByText('1 份证书已过期').waitFor();
    // Inspections and ratings are the office's to record: the operator sees why there is no form.
    await page.getByText('年度质量检查结果由民政部门录入').waitFor();
    expect(await page.getByRole('button', { name: '录入检查结果' }).count()).toBe(0);
    // The profile form keeps official fields locked and asks for the date dated changes take effect.
    await profile.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.getByRole('dialog', { name: '修改机构档案' });
    await dialog.getByText('类型、产权和运营方式由民政部门登记').waitFor();
    expect(await dialog.getByRole('combobox', { name: '类型' }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: '智慧养老机构' }).check();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.getByText('修改服务功能、设施或等级时，请填写生效日期').waitFor();
    await dialog.getByLabel('档案变更生效日期').fill(today());
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存').waitFor();
    await profile.getByText('智慧养老机构').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'facility-profile', { readme: true });
    await page.context().close();
  });

  it('lets the district officer record the year’s inspection with the date it was made, listed with that date', async () => {
    const page = await signedIn(officer.username, officer.password);
    // The officer's menu leads to the facility pages they may open: the profile, where inspections are recorded.
    await page.goto(`/facilities/${facility.id}/profile`);
    const card = page.locator('section', { has: page.getByRole('heading', { name: '年度质量检查' }) });
    await card.getByRole('button', { name: '录入检查结果' }).click();
    const form = card.getByRole('form', { name: '录入检查结果' });
    await form.getByLabel('年度').fill('2018');
    await form.getByText('达标', { exact: true }).click();
    await form.getByLabel('得分').fill('88.5');
    // Without the date the form says so instead of sending: the result counts from the inspection date.
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await form.getByText('请填写检查日期（结果自该日起计入）').waitFor();
    await form.getByLabel('检查日期').fill('2018-10-15');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await card.getByText('已录入 2018 年质量检查').waitFor();
    const row = card.getByRole('row', { name: /2018/ });
    expect(await row.textContent()).toContain('2018-10-15');
    expect(await row.textContent()).toContain('88.5');
    const { body } = await t.http.get(`/api/v1/facilities/${facility.id}/inspections`).set('Authorization', `Bearer ${adminToken}`).expect(200);
    expect(body.find((inspection: { year: number }) => inspection.year === 2018)).toEqual({ id: expect.any(String), year: 2018, passed: true, score: 88.5, inspectedOn: '2018-10-15', notes: null });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'facility-profile-inspection');
    await page.context().close();
  });

  it('lets the officer record a major hazard and put it right, and the operator record a project and its completion', async () => {
    const page = await signedIn(officer.username, officer.password);
    await page.goto(`/facilities/${facility.id}/profile`);
    const hazards = page.locator('section', { has: page.getByRole('heading', { name: '安全隐患' }) });
    await hazards.getByRole('button', { name: '登记安全隐患' }).click();
    const form = hazards.getByRole('form', { name: '登记安全隐患' });
    await form.getByLabel('隐患描述').fill('消防通道堵塞');
    await form.getByText('重大隐患', { exact: true }).click();
    await form.getByLabel('发现日期').fill(inDays(-10));
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await hazards.getByText('已登记安全隐患').waitFor();
    const row = hazards.getByRole('row', { name: /消防通道堵塞/ });
    await row.getByRole('button', { name: '整改完成' }).click();
    const dialog = page.getByRole('dialog', { name: /整改完成：消防通道堵塞/ });
    await dialog.getByLabel('整改完成').fill(inDays(-2));
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await hazards.getByText('已登记整改完成').waitFor();
    expect(await hazards.getByRole('row', { name: /消防通道堵塞/ }).textContent()).toContain(inDays(-2));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.context().close();

    const operatorPage = await signedIn(operator.username, operator.password);
    await operatorPage.goto(`/facilities/${facility.id}/profile`);
    await operatorPage.getByText('安全隐患由民政部门检查登记并确认整改').waitFor();
    const projects = operatorPage.locator('section', { has: operatorPage.getByRole('heading', { name: '建设项目' }) });
    await projects.getByRole('button', { name: '登记建设项目' }).click();
    const projectForm = projects.getByRole('form', { name: '登记建设项目' });
    await projectForm.getByRole('combobox', { name: '类型' }).click();
    await operatorPage.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '消防改造' }).first().click();
    await projectForm.getByLabel('项目名称').fill('消防喷淋改造');
    await projectForm.getByLabel('开工日期').fill(inDays(-60));
    await projectForm.getByLabel('投入资金（元）').fill('350000');
    await projectForm.getByRole('button', { name: /保\s*存/ }).click();
    await projects.getByText('已登记 消防喷淋改造').waitFor();
    await projects.getByRole('row', { name: /消防喷淋改造/ }).getByRole('button', { name: /竣\s*工/ }).click();
    const complete = operatorPage.getByRole('dialog', { name: '消防喷淋改造 竣工' });
    await complete.getByLabel('竣工日期').fill(inDays(-1));
    await complete.getByRole('button', { name: /保\s*存/ }).click();
    await projects.getByText('已登记 消防喷淋改造 竣工').waitFor();
    expect(await projects.getByRole('row', { name: /消防喷淋改造/ }).textContent()).toContain(inDays(-1));
    expect(await seriousAccessibilityViolations(operatorPage)).toEqual([]);
    await screenshot(operatorPage, 'facility-profile-works');
    await operatorPage.context().close();
  });

  it('creates beds floor by floor through the generator, all or nothing, with a refused bed shown on its row', async () => {
    const page = await signedIn(operator.username, operator.password);
    await page.goto(`/facilities/${facility.id}/beds/bulk`);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: '按楼层与房间生成' }) });
    await panel.getByLabel('起始楼层').fill('18');
    await panel.getByLabel('结束楼层').fill('19');
    await panel.getByLabel('每层房间数').fill('3');
    await panel.getByLabel('每间床位数').fill('2');
    await panel.getByText('前若干张为护理型').click();
    await panel.getByLabel('护理型床位数').fill('4');
    await panel.getByLabel('启用日期').fill(today());
    await panel.getByText('预览：将新增 12 张床位（6 个房间，护理型 4 张）').waitFor();
    const preview = panel.locator('.bulk-preview');
    expect(await preview.getByRole('row', { name: /18-03-2/ }).textContent()).toContain('1803');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'beds-bulk-preview', { readme: true });
    await panel.getByRole('button', { name: '新增 12 张床位' }).click();
    await panel.getByText('已新增 12 张床位，新建 6 个房间').waitFor();
    const board = await t.http.get(`/api/v1/facilities/${facility.id}/bed-board`).set('Authorization', `Bearer ${operator.token}`).expect(200);
    const codes = (JSON.parse(board.text) as { floors: { rooms: { name: string; beds: { code: string; careType: boolean }[] }[] }[] }).floors
      .flatMap((floor) => floor.rooms)
      .filter((room) => room.name.startsWith('18') || room.name.startsWith('19'))
      .flatMap((room) => room.beds);
    expect(codes.map((bed) => bed.code).sort()).toEqual(['18-01-1', '18-01-2', '18-02-1', '18-02-2', '18-03-1', '18-03-2', '19-01-1', '19-01-2', '19-02-1', '19-02-2', '19-03-1', '19-03-2']);
    expect(codes.filter((bed) => bed.careType).map((bed) => bed.code).sort()).toEqual(['18-01-1', '18-01-2', '18-02-1', '18-02-2']);
    // The same floors again plus floor 20: every existing code is named on its row and nothing is written.
    await panel.getByLabel('结束楼层').fill('20');
    await panel.getByRole('button', { name: '新增 18 张床位' }).click();
    await panel.getByText('未新增任何床位：请按下表修改后重试').waitFor();
    const refused = panel.locator('.bulk-refused');
    expect(await refused.getByRole('row').count()).toBe(1 + 12);
    expect(await refused.getByRole('row', { name: /18-01-1/ }).textContent()).toContain('already used');
    const after = await t.http.get(`/api/v1/facilities/${facility.id}/bed-board`).set('Authorization', `Bearer ${operator.token}`).expect(200);
    expect(after.text).not.toContain('"20-01-1"');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'beds-bulk-refused');
    await page.context().close();
  });

  it('imports beds from a CSV: a file with one bad row is refused and the row shown; the template downloads', async () => {
    const page = await signedIn(operator.username, operator.password);
    await page.goto(`/facilities/${facility.id}/beds/bulk`);
    const panel = page.locator('section', { has: page.getByRole('heading', { name: '从文件导入' }) });
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '下载模板（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe('beds-template.csv');
    expect((await readFile((await download.path())!, 'utf8')).split('\r\n')[0]).toBe('\uFEFFcode,room,care_type,opened_on,floor,dementia_care,origin,commissioned_on');
    const csv = [
      'code,room,care_type,opened_on,floor',
      `21-01-1,2101,是,${today()},21`,
      `21-01-2,2101,也许,${today()},21`,
      `21-01-3,2101,否,${today()},21`,
    ].join('\n');
    await panel.locator('input[type=file]').setInputFiles({ name: 'beds.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await panel.getByText(/文件未导入：1 行有问题/).waitFor();
    const rejected = panel.locator('.file-import__rejected');
    const row = rejected.getByRole('row').nth(1);
    expect(await row.getByRole('cell').first().textContent()).toBe('3');
    expect(await row.textContent()).toContain('care_type');
    const board = await t.http.get(`/api/v1/facilities/${facility.id}/bed-board`).set('Authorization', `Bearer ${operator.token}`).expect(200);
    expect(board.text).not.toContain('"21-01-1"');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'beds-import-rejected');
    // The row corrected, the same file goes in whole.
    await panel.locator('input[type=file]').setInputFiles({ name: 'beds.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('也许', '否')) });
    await panel.getByText('导入完成：文件 3 行，新增 3 张床位').waitFor();
    expect(await panel.locator('.file-import__rejected').count()).toBe(0);
    const imported = await t.http.get(`/api/v1/facilities/${facility.id}/bed-board`).set('Authorization', `Bearer ${operator.token}`).expect(200);
    expect(imported.text).toContain('"21-01-2"');
    await page.context().close();
  });
});
