import { Role } from '@yiyang/auth';
import { addDays, addMonths, today } from '@yiyang/core';
import { adminToken, bedsLayout, createFacility, createResident, createTestApp, createUser, importTestRegions, YUBEI, type CreatedUser, type TestApp } from '@yiyang/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, newContext, screenshot, seriousAccessibilityViolations, signIn } from './harness';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * A family on a phone (375 × 667): the month's statement with its split into subsidy and self-pay, applying to a public
 * home's waiting list and answering an offer knowing what declining costs, the 适老化 mode, and the app installed and
 * opened again with the network gone.
 */
describeWithBrowser('the family’s account on a phone: statement, waiting list, 适老化, offline (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;
  let family: CreatedUser;
  let relative: string;
  let home: { id: string; bed: string };
  let month: string;
  let context: BrowserContext;
  let page: Page;
  const auth = () => ({ Authorization: `Bearer ${admin}` });

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    relative = (await createResident(t, admin, { name: '王秀英', birthDate: '1940-05-06' })).id;
    family = await createUser(t, { role: Role.Family, residentIds: [relative] });

    // The month's lunches: two delivered at ¥15, the 高龄 allowance of ¥40 a month paying ¥10 of each.
    await t.http
      .post('/api/v1/subsidy-rules')
      .set(auth())
      .send({ regionCode: YUBEI, validFrom: '2020-01-01', name: '高龄老人助餐补贴', conditions: [{ minAge: 80 }], ratePercent: 67, monthlyCapCents: 4_000, serviceTypes: ['meal'] })
      .expect(201);
    const canteen = await createFacility(t, admin, { name: '双龙湖老年食堂', kind: 'canteen' });
    const day = addDays(today(), 1);
    for (const [index, hour] of ['11', '17'].entries()) {
      const { body: slot } = await t.http
        .post(`/api/v1/facilities/${canteen}/service-slots`)
        .set(auth())
        .send({ serviceType: 'meal', startsAt: `${day}T${hour}:30:00+08:00`, endsAt: `${day}T${hour}:59:00+08:00`, capacity: 5, priceCents: 1500, area: [YUBEI] })
        .expect(201);
      const { body: order } = await t.http.post('/api/v1/service-orders').set(auth()).set('Idempotency-Key', `family-account-${index}`).send({ residentId: relative, slotId: slot.id }).expect(201);
      // Lunch was served an hour ago (the API books only slots to come, so the slot is moved after booking).
      await t.dataSource.query(`UPDATE service_slot SET starts_at = now() - interval '60 minutes' - make_interval(mins => $2), ends_at = now() - make_interval(mins => $2) WHERE id = $1`, [slot.id, index]);
      await t.http.post(`/api/v1/service-orders/${order.id}/check-in`).set(auth()).send({}).expect(200);
      await t.http.post(`/api/v1/service-orders/${order.id}/complete`).set(auth()).send({}).expect(200);
    }
    const [served] = await t.dataSource.query(`SELECT to_char(max(s.starts_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month FROM service_order o JOIN service_slot s ON s.id = o.slot_id WHERE o.resident_id = $1`, [relative]);
    month = served.month;

    // A public home of the relative's county whose own rules suspend a declined applicant for 6 months.
    const id = await createFacility(t, admin, { name: '渝北区社会福利院' });
    const { body: beds } = await t.http.post(`/api/v1/facilities/${id}/beds/bulk`).set(auth()).send({ openedOn: '2024-01-01', beds: bedsLayout(1) }).expect(201);
    home = { id, bed: beds.items[0].id };
    await t.http
      .put(`/api/v1/facilities/${id}/admission-policy`)
      .set(auth())
      .send({
        requiresAssessment: false,
        waitlist: { version: '渝北 2026', groups: [{ code: 'all', label: { zh: '登记顺序', en: 'In order of application' }, when: [{}] }], declinePenaltyMonths: 6, offerValidDays: 3, requireAssessment: false },
      })
      .expect(200);

    context = await newContext(browser, t.baseUrl, 'phone');
    page = await context.newPage();
    await page.goto('/sign-in');
    await signIn(page, family.username, family.password);
    await page.waitForURL((url) => url.pathname === '/family');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('frames a family’s pages with a bottom tab bar on a phone: five tabs of at least 44 px, the current one marked', async () => {
    const tabs = page.getByRole('navigation', { name: '主要页面' }).getByRole('link');
    await tabs.last().waitFor();
    expect(await tabs.allInnerTexts()).toEqual(['我的家人', '预约服务', '我的订单', '月度账单', '轮候']);
    for (const box of await tabs.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()))) {
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    expect(await page.getByRole('link', { name: '我的家人' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.app-header__burger').count()).toBe(0);
  });

  it('shows the month’s statement: each service, the split into subsidy and self-pay, and the allowance used and left', async () => {
    await page.getByRole('link', { name: '月度账单' }).click();
    await page.waitForURL((url) => url.pathname === '/family/statement');
    await page.goto(`/family/statement?residentId=${relative}&month=${month}`);
    const lines = page.locator('.statement-line');
    await lines.nth(1).waitFor();
    expect(await lines.count()).toBe(2);
    const first = await lines.first().textContent();
    expect(first).toContain('助餐');
    expect(first).toContain('双龙湖老年食堂');
    // ¥15 each: 67 % subsidised (¥10.05), the rest (¥4.95) paid by the family; the month's ¥40 cap has ¥19.90 left.
    expect(first).toContain('补贴 ¥10.05');
    expect(first).toContain('自付 ¥4.95');
    expect(await page.getByTestId('statement-totals').textContent()).toMatch(/价格¥30\.00.*补贴¥20\.10.*自付¥9\.90/);
    expect(await page.getByTestId('allowance-used').textContent()).toBe('¥20.10');
    expect(await page.getByTestId('allowance-left').textContent()).toBe('¥19.90');
    expect(await page.getByRole('link', { name: '月度账单' }).getAttribute('aria-current')).toBe('page');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'family-statement-phone', { readme: true });
    // The month before has nothing delivered.
    await page.getByRole('button', { name: addMonths(`${month}-01`, -1).slice(0, 7) }).click();
    await page.getByText('本月没有已完成的服务').waitFor();
  });

  it('applies to a public home’s waiting list, shows the place and why, and says what declining an offer costs', async () => {
    await page.goto('/family/waitlist');
    const card = page.locator('.waitlist-home', { hasText: '渝北区社会福利院' });
    await card.waitFor();
    expect(await card.textContent()).toContain('放弃所提供的床位后，暂停轮候 6 个月');
    await card.getByRole('button', { name: '申请轮候' }).click();
    await page.getByRole('status').filter({ hasText: '已提交轮候申请，排第 1 位' }).waitFor();
    expect(await card.getByTestId('queue-place').textContent()).toBe('排第 1 位');
    expect(await card.textContent()).toContain('排位依据：登记顺序');
    // 我的家人 says the place too, with the home's name and why.
    await page.getByRole('link', { name: '我的家人' }).click();
    const application = page.locator('.relative__applications li', { hasText: '渝北区社会福利院' });
    await application.waitFor();
    expect(await application.textContent()).toMatch(/排第 1 位.*登记顺序/);
    await page.goto('/family/waitlist');
    await card.waitFor();

    // The home offers its bed; the family sees it and what declining would cost before deciding.
    const [entry] = await t.dataSource.query(`SELECT id FROM waitlist_entry WHERE resident_id = $1 AND facility_id = $2`, [relative, home.id]);
    await t.http.post(`/api/v1/waitlist/${entry.id}/offer`).set(auth()).send({ bedId: home.bed }).expect(201);
    await page.reload();
    await card.getByText('机构为家人提供了床位').waitFor();
    await card.getByRole('button', { name: '放弃床位' }).click();
    const confirm = card.getByRole('alert');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain(`放弃后将暂停轮候 6 个月，至 ${addMonths(today(), 6)} 才恢复排队`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'family-waitlist-phone', { readme: true });
    await confirm.getByRole('button', { name: '放弃床位' }).click();
    await page.getByRole('status').filter({ hasText: '已放弃床位' }).waitFor();
    await card.getByText(`暂停轮候至 ${addMonths(today(), 6)}`).waitFor();
  });

  it('is installable: the manifest is linked, served and valid, with 192 and 512 px icons, maskable ones too', async () => {
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    const response = await page.request.get('/manifest.webmanifest');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ name: '颐养', short_name: '颐养', lang: 'zh-CN', start_url: '/', display: 'standalone', theme_color: '#0f766e' });
    const sizes = new Set<string>();
    for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
      const file = await page.request.get(icon.src);
      expect(file.headers()['content-type']).toBe('image/png');
      const { width, height } = pngSize(await file.body());
      expect(`${width}x${height}`).toBe(icon.sizes);
      sizes.add(`${icon.sizes} ${icon.purpose}`);
    }
    expect([...sizes].sort()).toEqual(['192x192 any', '192x192 maskable', '512x512 any', '512x512 maskable']);
  });

  it('opens again with the network gone after one visit: the app shell from the service worker, the data with its age', async () => {
    // (Browser code as strings: this project's type-check has no DOM library.)
    expect(await page.evaluate('navigator.serviceWorker.ready.then((registration) => registration.active && registration.active.scriptURL)')).toMatch(/\/sw\.js$/);
    // Controlled from the next load on: visit the statement once with the network up…
    await page.goto(`/family/statement?residentId=${relative}&month=${month}`);
    await page.waitForFunction('navigator.serviceWorker.controller !== null');
    await page.reload();
    await page.locator('.statement-line').nth(1).waitFor();
    await page.getByRole('link', { name: '轮候' }).click();
    await page.locator('.waitlist-home').first().waitFor();
    await page.goBack();
    await page.locator('.statement-line').nth(1).waitFor();
    // …then lose it and reload.
    await context.setOffline(true);
    try {
      await page.reload();
      await page.locator('.statement-line').nth(1).waitFor();
      await page.locator('.offline-banner').waitFor();
      expect(await page.locator('.offline-banner').textContent()).toMatch(/^数据更新于 \d{2}:\d{2}，当前离线$/);
      // Another page visited before: its code and its data from the cache too.
      await page.getByRole('link', { name: '轮候' }).click();
      await page.locator('.waitlist-home').first().waitFor();
    } finally {
      await context.setOffline(false);
    }
  });

  it('switches to 适老化 mode from the header: 18 px text and more, kept after a reload, with booking, orders and news only', async () => {
    await page.goto(`/family/statement?residentId=${relative}&month=${month}`);
    const toggle = page.getByRole('button', { name: '大字模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await page.reload();
    await page.locator('.statement-line').nth(1).waitFor();
    expect(await page.getByRole('button', { name: '大字模式' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate("document.documentElement.classList.contains('elder-mode')")).toBe(true);
    const sizes = (await page.evaluate(
      `['body', '.hint', '.statement-line__where', '.statement-line__split', '.tab-bar__label', '.ant-btn'].map((selector) => [selector, parseFloat(getComputedStyle(document.querySelector(selector)).fontSize)])`,
    )) as [string, number][];
    expect(sizes.filter(([, size]) => size < 18)).toEqual([]);
    const tabs = page.getByRole('navigation', { name: '主要页面' }).getByRole('link');
    expect(await tabs.allInnerTexts()).toEqual(['我的家人', '预约服务', '我的订单']);
    const button = await page.getByRole('button', { name: '大字模式' }).boundingBox();
    expect(button!.height).toBeGreaterThanOrEqual(44);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'family-elder-phone', { readme: true });
    // The sign-in page has the switch too (a parent signing in on their own phone).
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(await page.getByRole('button', { name: '大字模式' }).getAttribute('aria-pressed')).toBe('true');
  });
});
