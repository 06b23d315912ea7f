import { readFile } from 'node:fs/promises';
import { Role } from '@yiyang/auth';
import { today } from '@yiyang/core';
import { createResident, createTestApp, createUser, importTestRegions, makeIdNumber, TEST_ADMIN, YUBEI, type CreatedUser, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, signedInPage } from './harness';

/**
 * 系统管理: an administrator at a desk finds an officer's read of an older person in the audit log and exports it,
 * looks over the job queues, and imports a population file whose one bad row is shown back.
 */
describeWithBrowser('the administrator\'s audit log, jobs and regions (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: CreatedUser;
  let resident: { id: string };
  let page: Page;
  const idNumber = makeIdNumber('500112', '1944-11-02', '391');

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    await importTestRegions(t, admin);
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    resident = await createResident(t, admin, { name: '钱秀英', idNumber, sex: 'male', birthDate: '1944-11-02' });
    // Another person reads the older person's record through the API: the read is on record.
    await t.http.get(`/api/v1/residents/${resident.id}`).set('Authorization', `Bearer ${officer.token}`).expect(200);
    page = await signedInPage(browser, t.baseUrl, TEST_ADMIN, 'desktop');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('finds the officer\'s read of the person in the audit log and exports it as CSV', async () => {
    await page.goto('/admin/audit');
    await page.getByRole('heading', { name: '审计日志', level: 1 }).waitFor();
    await page.getByLabel('操作账号').fill(officer.username);
    await page.getByLabel('记录编号').fill(resident.id);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL((url) => url.searchParams.get('actor') === officer.username);
    const table = page.locator('.audit-table');
    await table.getByText('共 1 条').waitFor();
    const row = table.locator('tbody tr.ant-table-row').first();
    expect(await row.textContent()).toContain('查看');
    expect(await row.textContent()).toContain(officer.username);
    expect(await row.textContent()).toContain(resident.id);
    await row.getByRole('button', { name: /展开/ }).click();
    await table.getByText('无字段变更（查看或登录类记录）').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-audit', { readme: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`audit-log-${today()}.csv`);
    const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n').filter(Boolean);
    expect(lines[0].startsWith('\uFEFF序号 id,时间 time,用户名 username')).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${officer.username},`);
    expect(lines[1]).toContain(`,civil_affairs,read,resident,${resident.id},`);
    expect(lines.join('\n')).not.toContain(idNumber);
  });

  it('shows the job queues with their last runs and the rollup history', async () => {
    await page.goto('/admin/jobs');
    await page.getByRole('heading', { name: '任务队列', level: 1 }).waitFor();
    const queues = page.locator('section', { has: page.getByRole('heading', { name: '任务队列', level: 2 }) });
    await queues.getByText(/运行方式：/).waitFor();
    expect(await queues.locator('tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: '月度汇总记录' }).waitFor();
    await page.getByRole('link', { name: '到“月报与汇总”发起汇总或下载月报' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('shows the region tree with codes and refuses a population file with one bad row, naming the row', async () => {
    await page.goto('/admin/regions');
    const tree = page.locator('.region-tree');
    await tree.getByText('500000000000').waitFor();
    // Children load when a branch opens.
    await tree.locator('.ant-tree-treenode', { hasText: '重庆市' }).locator('.ant-tree-switcher').click();
    await tree.locator('.ant-tree-treenode', { hasText: '市辖区' }).locator('.ant-tree-switcher').click();
    await tree.getByText('渝北区').click();
    await page.getByRole('heading', { name: /老年人口 · 渝北区 500112000000/ }).waitFor();

    const panel = page.locator('section', { has: page.getByRole('heading', { name: '导入老年人口' }) });
    const year = Number(today().slice(0, 4)) - 1;
    const csv = ['code,age60_plus,age65_plus', '500112002000,30100,21000', '500112004000,三千,2000'].join('\n');
    await panel.locator('input[type=file]').setInputFiles({ name: 'population.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await panel.getByText(/文件未导入：1 行有问题/).waitFor();
    const rejected = panel.locator('.file-import__rejected').getByRole('row').nth(1);
    expect(await rejected.getByRole('cell').first().textContent()).toBe('3');
    expect(await rejected.textContent()).toContain('age60_plus');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'admin-regions', { readme: true });

    // Corrected, the file goes in and the county's figure for the year is the sum of its streets.
    await panel.locator('input[type=file]').setInputFiles({ name: 'population.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('三千', '3000')) });
    await panel.getByText('导入完成：文件 2 行，新增 2、修改 0、未变 0').waitFor();
    const figures = page.locator('section', { has: page.getByRole('heading', { name: /老年人口 · 渝北区/ }) });
    const row = figures.locator('tr', { hasText: String(year) }).filter({ hasText: '常住' });
    await row.getByText('33,100').waitFor();
    expect(await row.textContent()).toContain('下级合计（2 个区划）');
  });
});
