import { Role } from '@yiyang/auth';
import { adminToken, createTestApp, createUser, importTestRegions, makeIdNumber, YUBEI, YUBEI_TOWNSHIP, type TestApp } from '@yiyang/testing';
import type { Browser } from 'playwright-core';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, signedInPage } from './harness';

/**
 * 培训与社工: an officer of 渝北区 reads the district's training records (numbers masked), imports an attendance list
 * and ends a community social worker's service.
 */
describeWithBrowser('trainings and community social workers (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };
  const idNumber = makeIdNumber('500112', '1970-04-04', '512');

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    await importTestRegions(t, admin);
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    const auth = { Authorization: `Bearer ${admin}` };
    await t.http
      .post('/api/v1/trainings')
      .set(auth)
      .send({ courseType: 'family_caregiver', regionCode: YUBEI_TOWNSHIP, traineeName: '张家照', idNumber, trainedOn: '2025-06-03', hours: 4 })
      .expect(201);
    await t.http.post('/api/v1/community-social-workers').set(auth).send({ name: '陈社工', regionCode: YUBEI_TOWNSHIP, organisation: '双龙湖街道社工站', startedOn: '2024-03-01' }).expect(201);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists the trainings with masked numbers, imports a list and ends a social worker\'s service', async () => {
    const page = await signedInPage(browser, t.baseUrl, officer, 'desktop');
    await page.getByRole('link', { name: '培训与社工' }).click();
    await page.getByRole('heading', { name: /培训与社工/ }).waitFor();
    const row = page.getByRole('row', { name: /张家照/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(`500112********${idNumber.slice(-4)}`);
    expect(await page.content()).not.toContain(idNumber);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole('tab', { name: '导入签到表' }).click();
    const list = ['培训类别,区划代码,姓名,身份证号,培训日期,学时', `养老护理员,${YUBEI_TOWNSHIP},李护理,${makeIdNumber('500112', '1985-05-05', '611')},2025-06-10,16`].join('\n');
    await page.locator('input[type=file]').setInputFiles({ name: '签到表.csv', mimeType: 'text/csv', buffer: Buffer.from(list) });
    await page.getByText('导入完成：文件 1 行，新增 1 条培训记录').waitFor();
    await page.getByRole('tab', { name: '培训记录' }).click();
    await page.getByRole('row', { name: /李护理/ }).waitFor();

    await page.getByRole('tab', { name: '社区社会工作者' }).click();
    await page.getByRole('row', { name: /陈社工/ }).waitFor();
    await page.getByRole('button', { name: '结束服务 陈社工' }).click();
    const dialog = page.getByRole('dialog', { name: '陈社工 结束服务' });
    await dialog.getByLabel('结束日期（当日起不再计入）').click();
    await page.getByRole('button', { name: '今天' }).or(page.getByText('今天', { exact: true })).first().click();
    await dialog.getByRole('button', { name: /结束服务/ }).click();
    await page.getByText('已结束服务').waitFor();
    await page.getByRole('row', { name: /陈社工/ }).waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: '包括已结束服务的' }).check();
    await page.getByRole('row', { name: /陈社工/ }).waitFor();
    await screenshot(page, 'workforce-social-workers');
  }, 120_000);
});
