import { Role } from '@yiyang/auth';
import { addDays, today } from '@yiyang/core';
import { adminToken, bedsLayout, createFacility, createResident, createTestApp, createUser, importTestRegions, type CreatedUser, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, pickOption, screenshot, seriousAccessibilityViolations, signedInPage, horizontalOverflow } from './harness';

/**
 * 床位一览 on a tablet, over the built app and a real API: an operator admits and discharges through the bed drawer,
 * two nurses race for one bed, a second screen follows without reloading, another home's board stays closed.
 */
const NOT_YOURS = '没有找到，或不在您的管辖范围内';


const yesterday = () => addDays(today(), -1);

describeWithBrowser('the bed board (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let operator: CreatedUser;
  let facility: string;
  let elsewhere: string;
  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    await importTestRegions(t, admin);
    facility = await createFacility(t, admin, { name: '颐养测试护理院' });
    elsewhere = await createFacility(t, admin, { name: '别家养老院' });
    for (const [id, count] of [[facility, 24], [elsewhere, 4]] as const) {
      const response = await t.http
        .post(`/api/v1/facilities/${id}/beds/bulk`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ openedOn: '2024-01-01', beds: bedsLayout(count, { careType: 8 }) });
      expect(response.status).toBe(201);
    }
    operator = await createUser(t, { role: Role.Operator, facilityIds: [facility] });
    for (const name of ['张秀兰', '李桂英', '王建华', '赵玉珍', '陈淑华', '刘志强', '周美玲']) await createResident(t, operator.token, { name, facilityId: facility });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (viewport: 'tablet' | 'tabletLandscape' = 'tablet'): Promise<Page> => signedInPage(browser, t.baseUrl, operator, viewport);

  const tile = (page: Page, code: string) => page.locator(`[data-bed="${code}"]`);
  const waitForStatus = (page: Page, code: string, status: string, timeout = 15_000) => page.locator(`[data-bed="${code}"][data-status="${status}"]`).waitFor({ timeout });

  /** Opens a bed's drawer, chooses 办理入住 and fills the form for `name` (all nine risks, the date confirmed). */
  async function fillAdmission(page: Page, code: string, name: string, admittedOn?: string): Promise<void> {
    await tile(page, code).click();
    await page.waitForURL((url) => url.searchParams.has('bed'));
    const drawer = page.locator('.bed-drawer');
    await drawer.getByRole('button', { name: '办理入住' }).click();
    // Names show masked (赵*珍): the search by the family name, the option by its first and last characters.
    await pickOption(page, drawer, '入住老人', new RegExp(`${name.slice(0, 1)}.*${name.slice(-1)}`), name.slice(0, 1));
    if (admittedOn) await drawer.getByLabel('入住日期').fill(admittedOn);
    await drawer.getByLabel(/我已核对日期/).check();
    const risks = drawer.locator('.risk-fields__item');
    expect(await risks.count()).toBe(9);
    for (let index = 0; index < 9; index += 1) await risks.nth(index).getByText(index === 0 ? '中' : '无', { exact: true }).click();
  }

  it('admits a registered person through the drawer, shows the tile occupied (also on a second screen), then discharges them', async () => {
    const page = await signedIn();
    const watcher = await signedIn();
    await watcher.goto(`/facilities/${facility}/beds`);
    await waitForStatus(watcher, '1-101-1', 'vacant');
    await page.goto(`/facilities/${facility}/beds`);
    await waitForStatus(page, '1-101-1', 'vacant');
    expect(await page.getByTestId('summary-total').textContent()).toBe('24');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'bed-board-vacant');

    await fillAdmission(page, '1-101-1', '张秀兰', yesterday());
    await page.locator('.bed-drawer').getByRole('button', { name: '确认入住' }).click();
    await page.getByRole('status').filter({ hasText: /已入住 1-101-1/ }).waitFor();
    await waitForStatus(page, '1-101-1', 'occupied');
    expect(await tile(page, '1-101-1').textContent()).toMatch(/张\*兰/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'bed-drawer');
    // The other screen, never reloaded, follows within a few polls.
    const seenAt = Date.now();
    await waitForStatus(watcher, '1-101-1', 'occupied', 12_000);
    expect(Date.now() - seenAt).toBeLessThan(12_000);
    await watcher.context().close();

    const drawer = page.locator('.bed-drawer');
    await drawer.getByRole('button', { name: '出院', exact: true }).first().click();
    const form = drawer.locator('.bed-drawer__form');
    await form.getByLabel(/我已核对日期/).check();
    await form.getByRole('combobox', { name: '出院原因' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '回家' }).click();
    await form.getByRole('button', { name: '出院' }).click();
    await drawer.getByRole('status').filter({ hasText: '已办理出院' }).waitFor({ timeout: 8000 }).catch(async (error) => {
      await screenshot(page, 'debug-discharge');
      throw error;
    });
    await waitForStatus(page, '1-101-1', 'vacant');
    await drawer.getByText(/张\*兰.*离开/).waitFor();
    await page.context().close();
  });

  it('lets exactly one of two nurses admit into the same bed; the other is told who holds it and sees the board refreshed', async () => {
    const [first, second] = await Promise.all([signedIn(), signedIn()]);
    for (const page of [first, second]) {
      await page.goto(`/facilities/${facility}/beds`);
      await waitForStatus(page, '1-102-1', 'vacant');
    }
    await fillAdmission(first, '1-102-1', '李桂英');
    await fillAdmission(second, '1-102-1', '王建华');
    await Promise.all([first, second].map((page) => page.locator('.bed-drawer').getByRole('button', { name: '确认入住' }).click()));
    const outcome = async (page: Page) => {
      const drawer = page.locator('.bed-drawer');
      await drawer.getByRole('status').or(drawer.getByRole('alert')).first().waitFor();
      return (await drawer.getByRole('status').count()) > 0 ? 'admitted' : ((await drawer.getByRole('alert').first().textContent()) ?? '');
    };
    const results = await Promise.all([outcome(first), outcome(second)]);
    expect(results.filter((result) => result === 'admitted')).toHaveLength(1);
    const winner = results[0] === 'admitted' ? '李*英' : '王*华';
    const loser = results[0] === 'admitted' ? second : first;
    // Named from the 409's heldBy, or — when the winner was still being written — from the board asked again.
    await loser.getByTestId('bed-taken').filter({ hasText: `这张床刚刚由 ${winner} 入住` }).waitFor({ timeout: 5_000 });
    await waitForStatus(loser, '1-102-1', 'occupied', 5_000);
    await screenshot(loser, 'bed-board-taken');
    await first.context().close();
    await second.context().close();
  });

  it('corrects the day’s mistakes through the drawer: voids an admission, discharges the same day, transfers, takes a bed out of service and back', async () => {
    const page = await signedIn();
    await page.goto(`/facilities/${facility}/beds`);
    await waitForStatus(page, '1-105-1', 'vacant');
    const drawer = page.locator('.bed-drawer');
    const form = drawer.locator('.bed-drawer__form');
    const action = (name: string) => drawer.locator('.bed-drawer__actions').getByRole('button', { name, exact: true });
    const outcome = (text: string | RegExp) => drawer.getByRole('status').filter({ hasText: text }).waitFor();
    const closeDrawer = async () => {
      await page.locator('.bed-drawer .ant-drawer-close').click();
      await page.waitForURL((url) => !url.searchParams.has('bed'), { waitUntil: 'commit' });
      await drawer.waitFor({ state: 'hidden' });
    };
    const admit = async (code: string, name: string, admittedOn?: string) => {
      await fillAdmission(page, code, name, admittedOn);
      await drawer.getByRole('button', { name: '确认入住' }).click();
      await outcome(`已入住 ${code}`);
      await waitForStatus(page, code, 'occupied');
    };
    /** The transfer's bed: typed into the search, as the list of vacant beds is longer than it shows. */
    const pickBed = (code: string) => pickOption(page, form, '转入床位', code, code);
    const confirmDate = async (label: string, date?: string) => {
      if (date) await form.getByLabel(label).fill(date);
      await form.getByLabel(/我已核对日期/).check();
    };

    // 撤销当日入住: admitted into the wrong bed by mistake, voided with a reason; the bed and the person are free again.
    await admit('1-105-1', '赵玉珍');
    await action('撤销当日入住').click();
    await form.getByLabel('撤销原因').fill('选错了老人');
    await form.getByRole('button', { name: '撤销当日入住' }).click();
    await outcome('已撤销当日入住');
    await waitForStatus(page, '1-105-1', 'vacant');
    expect(await tile(page, '1-105-1').textContent()).not.toMatch(/赵\*珍/);
    await closeDrawer();
    await admit('1-105-1', '赵玉珍');
    expect(await tile(page, '1-105-1').textContent()).toMatch(/赵\*珍/);
    // Admitted today, she cannot be transferred today: the API's refusal is said in words on the date.
    await action('转床').click();
    await pickBed('1-106-2');
    await confirmDate('转床日期');
    await form.getByRole('button', { name: '转床' }).click();
    await form.getByText(`转床日期须晚于入住日期（${today()}）`).waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      // Seen once under load and not since: say what the form showed instead, for the next time.
      await screenshot(page, 'bed-drawer-transfer-refusal-missing');
      throw new Error(`the transfer's refusal did not show; the form said: ${await form.textContent()}`, { cause: error });
    });
    expect(await form.textContent()).not.toMatch(/a transfer comes/);
    await screenshot(page, 'bed-drawer-refusal');
    await closeDrawer();

    // 当日出院: in and out the same day; the tile is vacant again.
    await admit('1-106-1', '陈淑华');
    await action('出院').click();
    await confirmDate('出院日期（当天起不在床）');
    await form.getByRole('combobox', { name: '出院原因' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '回家' }).click();
    await form.getByRole('button', { name: '出院' }).click();
    await outcome('已办理出院');
    await waitForStatus(page, '1-106-1', 'vacant');
    await closeDrawer();

    // 转床: admitted yesterday, moved today to another vacant bed; the old tile empties, the new one shows him.
    await admit('1-107-1', '刘志强', yesterday());
    await action('转床').click();
    await pickBed('1-108-1');
    await confirmDate('转床日期');
    await form.getByRole('button', { name: '转床' }).click();
    await outcome('已转到 1-108-1');
    await waitForStatus(page, '1-107-1', 'vacant');
    await waitForStatus(page, '1-108-1', 'occupied');
    expect(await tile(page, '1-108-1').textContent()).toMatch(/刘\*强/);
    await closeDrawer();

    // 暂停使用 since yesterday, 恢复使用 today.
    await tile(page, '1-109-1').click();
    await action('暂停使用').click();
    await confirmDate('停用开始日期', yesterday());
    await form.getByLabel('原因', { exact: true }).fill('更换床垫');
    await form.getByRole('button', { name: '暂停使用' }).click();
    await outcome('已办理');
    await waitForStatus(page, '1-109-1', 'out_of_service');
    await action('恢复使用').click();
    await confirmDate('恢复使用日期');
    await form.getByRole('button', { name: '恢复使用' }).click();
    await outcome('已办理');
    await waitForStatus(page, '1-109-1', 'vacant');
    // 改建 in place: the same bed, its rebuild listed under its origin.
    const origin = drawer.locator('section', { has: page.getByRole('heading', { name: '来源（新建、改建）' }) });
    await origin.getByText('没有新建或改建投用记录').waitFor();
    await origin.getByRole('button', { name: '记录改建' }).click();
    await confirmDate('改建后投用日期', yesterday());
    await form.getByLabel('备注（可不填）').fill('更换护理床');
    await form.getByRole('button', { name: '记录改建' }).click();
    await outcome(`已记录 ${yesterday()} 改建投用`);
    await origin.getByText(`${yesterday()} · 改建 · 更换护理床`).waitFor();
    await closeDrawer();

    // The board with people in it, for the README.
    await admit('1-103-2', '周美玲', yesterday());
    await closeDrawer();
    expect(await page.locator('[data-bed][data-status="occupied"]').count()).toBeGreaterThanOrEqual(3);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // From the top, so the shell's fixed header sits where it belongs in the full-page shot.
    await page.evaluate(() => (globalThis as unknown as { scrollTo: (x: number, y: number) => void }).scrollTo(0, 0));
    await screenshot(page, 'bed-board', { readme: true });
    await page.context().close();
  });

  it('prints a floor’s QR labels on A4: one label per open bed, twelve to a page', async () => {
    const page = await signedIn();
    await page.goto(`/facilities/${facility}/beds/labels?floor=1`);
    const labels = page.locator('.bed-label');
    await page.locator('.bed-label img').nth(19).waitFor();
    expect(await labels.count()).toBe(20); // floor 1 of the 24 beds: rooms 101–110, two beds each
    expect(await labels.first().textContent()).toContain('1-101-1');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'bed-labels-print');
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
    await page.context().close();
  });

  it('refuses another home’s board by URL, showing no data', async () => {
    const page = await signedIn();
    await page.goto(`/facilities/${elsewhere}/beds`);
    await page.getByText(NOT_YOURS).first().waitFor();
    expect(await page.locator('[data-bed]').count()).toBe(0);
    await page.context().close();
  });

  it('fits 1024×768 with tiles at least 44 px each way, and filters in the URL', async () => {
    const page = await signedIn('tabletLandscape');
    await page.goto(`/facilities/${facility}/beds`);
    await waitForStatus(page, '2-201-1', 'vacant');
    const sizes = await page.locator('[data-bed]').evaluateAll((tiles) => tiles.map((one) => one.getBoundingClientRect()).map((box) => [box.width, box.height]));
    expect(sizes.length).toBe(24);
    expect(Math.min(...sizes.flat())).toBeGreaterThanOrEqual(44);
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'bed-board-1024');
    await page.getByLabel('只看空床').click();
    await page.waitForURL((url) => url.searchParams.get('vacant') === '1');
    await page.locator('[data-bed][data-status="occupied"]').first().waitFor({ state: 'detached' });
    expect(await page.locator('[data-bed][data-status="vacant"]').count()).toBeGreaterThan(0);
    await page.goto(`/facilities/${facility}/beds?date=2024-06-01&floor=2`);
    await page.getByText('正在查看 2024-06-01 的历史床位').waitFor();
    await page.locator('[data-bed]').first().waitFor();
    expect(await page.locator('[data-bed]').count()).toBe(4);
    await page.locator('[data-bed]').first().click();
    await page.locator('.bed-drawer').getByText('历史日期只能查看').waitFor();
    expect(await page.locator('.bed-drawer').getByRole('button', { name: '办理入住' }).count()).toBe(0);
    await page.context().close();
  });
});
