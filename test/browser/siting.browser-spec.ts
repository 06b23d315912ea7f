import { Role } from '@yiyang/auth';
import { firstDayOf, nextMonth, today } from '@yiyang/core';
import { adminToken, createTestApp, createUser, importTestRegions, YUBEI, type TestApp } from '@yiyang/testing';
import type { Browser } from 'playwright-core';
import { buildSitingTown, TONGJING } from '../siting-town';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, signedInPage } from './harness';

/**
 * 选址建议: an officer of 渝北区 asks where two community stations bring the most older people of the hand-built
 * 统景镇 (siting-town.ts) into a circle, sees the numbered sites on the map and in the table, and turns the proposal
 * into a what-if scenario.
 */
describeWithBrowser('siting (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: { username: string; password: string };

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const admin = await adminToken(t);
    await importTestRegions(t, admin);
    await buildSitingTown(t, admin);
    officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('proposes two stations, shows them on the map and in the table, and carries them into a scenario', async () => {
    const page = await signedInPage(browser, t.baseUrl, officer, 'desktop');
    await page.getByRole('link', { name: '选址建议' }).click();
    await page.getByRole('heading', { name: '选址建议' }).waitFor();
    // The district is the officer's own: siting takes a county. Two stations.
    await page.getByLabel('站点数').fill('2');
    await page.getByRole('button', { name: '计算选址' }).click();
    await page.waitForURL(/\/siting\?.*k=2/);

    const first = page.getByRole('row', { name: /村三/ });
    await first.waitFor();
    expect(await first.textContent()).toMatch(/1村三统景镇1,5001,500/);
    expect(await page.getByRole('row', { name: /村五/ }).first().textContent()).toMatch(/2村五统景镇7002,200/);
    await page.getByText('服务圈内老年人：1,000（27.03%）→ 3,200（86.49%），共 3,700 人').waitFor();
    // The communities still outside, heaviest first.
    const leftOut = page.getByRole('heading', { name: '选址后仍未覆盖的村（社区）（2）' });
    await leftOut.waitFor();
    const map = page.getByRole('img', { name: /选址分布图/ });
    await map.waitFor();
    expect(await map.locator('svg').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'siting-desktop');

    const scenario = page.getByRole('link', { name: '生成情景' });
    const href = (await scenario.getAttribute('href'))!;
    const draft = JSON.parse(new URL(href, t.baseUrl).searchParams.get('draft')!);
    // The month shown (the current one by default); the sites open from the first day of the next.
    const month = new URL(page.url()).searchParams.get('month')!;
    const from = firstDayOf(nextMonth(month));
    expect(draft).toEqual({
      regionCode: YUBEI,
      month,
      changes: [
        { kind: 'open_facility', townshipCode: TONGJING, facilityKind: 'community_station', beds: 0, careBeds: 0, from, name: '村三社区养老服务站' },
        { kind: 'open_facility', townshipCode: TONGJING, facilityKind: 'community_station', beds: 0, careBeds: 0, from, name: '村五社区养老服务站' },
      ],
    });
    await scenario.click();
    await page.waitForURL((url) => url.pathname === '/scenarios' && url.searchParams.get('draft') === JSON.stringify(draft));
    await page.context().close();
  });

  it.each([
    ['tablet', 768],
    ['phone', 375],
  ] as const)('fits a %s: the map above the table, nothing wider than the screen', async (viewport, screenWidth) => {
    const page = await signedInPage(browser, t.baseUrl, officer, viewport);
    await page.goto(`/siting?region=${TONGJING}&kind=community_station&k=3&month=${today().slice(0, 7)}`);
    await page.getByRole('row', { name: /村七/ }).first().waitFor();
    await page.getByRole('img', { name: /选址分布图/ }).waitFor();
    const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(screenWidth);
    await screenshot(page, `siting-${viewport}`);
    await page.context().close();
  });
});

