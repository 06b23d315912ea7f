import { Role } from '@yiyang/auth';
import { addDays, today } from '@yiyang/core';
import { adminToken, createFacility, createResident, createTestApp, createUser, importTestRegions, YUBEI, type CreatedUser, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { describeWithBrowser, launchBrowser, screenshot, seriousAccessibilityViolations, signedInPage } from './harness';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const at = (date: string, time: string) => `${date}T${time}:00+08:00`;

/** Every button and link of the page's content is at least 44 px tall (a fingertip). */
async function smallTargets(page: Page): Promise<string[]> {
  const small: string[] = [];
  for (const target of await page.locator('.family button:visible, .family a:visible').all()) {
    const box = await target.boundingBox();
    if (box && box.height < 44) small.push(`${(await target.textContent())?.trim()} (${box.height}px)`);
  }
  return small;
}

/**
 * 我的家人, 预约服务, 我的订单 on a phone (375 × 667): a daughter books her mother's lunch, sees the subsidy and what
 * she pays before confirming, double-taps confirm and gets one order; sees 已到达 once the canteen checks her mother in;
 * cancels another booking before its cut-off; and cannot open anyone else's record by URL.
 */
describeWithBrowser('the family’s booking on a phone (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;
  let canteen: string;
  let provider: CreatedUser;
  let family: CreatedUser;
  let mother: string;
  let stranger: string;
  let strangerOrder: string;
  const slots: Record<'lunch' | 'later' | 'stranger', string> = { lunch: '', later: '', stranger: '' };
  let page: Page;

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    canteen = await createFacility(t, admin, { name: '双龙湖老年食堂', kind: 'canteen' });
    provider = await createUser(t, { role: Role.Operator, facilityIds: [canteen] });
    // 特困 people of 渝北 get 80 % of the price, up to ¥100 a month.
    await t.http
      .post('/api/v1/subsidy-rules')
      .set(auth(admin))
      .send({ regionCode: YUBEI, name: '特困人员助餐补贴', conditions: [{ anyCategory: ['tekun'] }], monthlyCapCents: 10_000, ratePercent: 80, validFrom: '2020-01-01' })
      .expect(201);
    mother = (await createResident(t, admin, { name: '王秀英', birthDate: '1942-04-04', categories: ['tekun'], livingArrangement: 'alone' })).id;
    stranger = (await createResident(t, admin, { name: '李桂兰', birthDate: '1944-05-05' })).id;
    family = await createUser(t, { role: Role.Family, residentIds: [mother] });
    const slot = async (date: string, time: string, end: string) =>
      (
        await t.http
          .post(`/api/v1/facilities/${canteen}/service-slots`)
          .set(auth(provider.token))
          .send({ serviceType: 'meal', startsAt: at(date, time), endsAt: at(date, end), capacity: 20, priceCents: 1500, area: [YUBEI] })
          .expect(201)
      ).body.id as string;
    slots.lunch = await slot(addDays(today(), 1), '11:30', '12:30');
    slots.later = await slot(addDays(today(), 3), '11:30', '12:30');
    slots.stranger = await slot(addDays(today(), 2), '11:30', '12:30');
    strangerOrder = (await t.http.post('/api/v1/service-orders').set(auth(admin)).set('Idempotency-Key', 'browser-stranger').send({ residentId: stranger, slotId: slots.stranger }).expect(201))
      .body.id;
    page = await signedInPage(browser, t.baseUrl, family, 'phone');
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const ordersOf = async (slotId: string) => (await t.http.get('/api/v1/service-orders').query({ slotId, limit: 100 }).set(auth(admin)).expect(200)).body.items as { id: string; status: string }[];

  it('shows the relative at home, with her assessed level and what is new', async () => {
    expect(new URL(page.url()).pathname).toBe('/family');
    const card = page.getByTestId('relative');
    await card.getByText('居家').waitFor();
    expect(await card.textContent()).toContain('王秀英');
    expect(await card.textContent()).toContain('尚未做能力评估');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'family-home-phone', { readme: true });
  });

  it('books a lunch, showing the subsidy and the self-pay before confirming; a double tap makes one order', async () => {
    await page.getByRole('link', { name: '预约服务' }).first().click();
    await page.getByRole('button', { name: '助餐' }).click();
    await page.getByTestId('slot').first().waitFor();
    expect(await page.getByTestId('slot').count()).toBe(3);
    expect(await page.getByTestId('slot').first().textContent()).toContain('余 20 位');
    await page.getByTestId('slot').first().click();
    const split = page.getByTestId('price-split');
    await split.getByText('您需自付').waitFor();
    const text = (await split.textContent()) ?? '';
    expect(text).toContain('¥15.00');
    expect(text).toContain('−¥12.00');
    expect(text).toContain('¥3.00');
    expect(text).toContain('¥100.00');
    expect(text).toContain('预约后剩余 ¥88.00');
    expect(await ordersOf(slots.lunch)).toEqual([]);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'family-book-phone', { readme: true });

    await page.getByRole('button', { name: '确认预约' }).dblclick();
    await page.getByRole('status').filter({ hasText: '预约成功' }).waitFor();
    const orders = await ordersOf(slots.lunch);
    expect(orders.map((order) => order.status)).toEqual(['booked']);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM service_order WHERE resident_id = $1`, [mother]))[0].n).toBe(1);
  });

  it('shows 已到达 with the time once the canteen checks her in, and cancels another booking before its cut-off', async () => {
    // Lunch is today now (check-in opens two hours before the start); the later lunch is booked by the family too.
    const [lunchOrder] = await ordersOf(slots.lunch);
    await t.dataSource.query(`UPDATE service_slot SET starts_at = now() + interval '30 minutes', ends_at = now() + interval '90 minutes' WHERE id = $1`, [slots.lunch]);
    const { body: checkedIn } = await t.http.post(`/api/v1/service-orders/${lunchOrder.id}/check-in`).set(auth(provider.token)).expect(200);
    await t.http.post('/api/v1/service-orders').set(auth(family.token)).set('Idempotency-Key', 'browser-later').send({ residentId: mother, slotId: slots.later }).expect(201);
    const time = new Date(new Date(checkedIn.checkedInAt).getTime() + 8 * 3600_000).toISOString().slice(11, 16);

    await page.getByRole('link', { name: '查看我的订单' }).click();
    await page.waitForURL('**/family/orders');
    await page.reload();
    const arrived = page.getByTestId('order').filter({ has: page.locator('[data-testid="order-state"]', { hasText: `已到达 ${time}` }) });
    await arrived.waitFor();
    expect(await arrived.textContent()).toContain(`${checkedIn.checkedInByName} 签到`);
    // Checked in: no cancelling any more.
    expect(await arrived.getByRole('button', { name: /取消预约/ }).count()).toBe(0);

    const later = page.locator('[data-testid="order"][data-status="booked"]');
    const cancel = later.getByRole('button', { name: /^取消预约（.+前可取消）$/ });
    expect(await cancel.textContent()).toMatch(/9:30|09:30/);
    await cancel.click();
    await later.getByRole('button', { name: '确定取消' }).click();
    await page.locator('[data-testid="order"][data-status="cancelled"]').waitFor();
    expect((await ordersOf(slots.later)).map((order) => order.status)).toEqual(['cancelled']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await screenshot(page, 'family-orders-phone', { readme: true });
  });

  it('does not open another person’s record or order by URL', async () => {
    // Another person's order: not found, in words, and nothing of it.
    await page.goto(`/family/orders/${strangerOrder}`);
    await page.getByText('没有找到，或不在您的管辖范围内').waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/李桂兰|李\*兰/);
    expect(await page.getByTestId('order').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // A person's record is not a family page: the app goes home, showing nothing of them.
    await page.goto(`/residents/${stranger}`);
    await page.waitForURL('**/family');
    await page.getByTestId('relative').waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/李桂兰|李\*兰/);
    await t.http.get(`/api/v1/service-orders/${strangerOrder}`).set(auth(family.token)).expect(404);
    await t.http.get(`/api/v1/service-slots/${slots.stranger}/quote`).query({ residentId: stranger }).set(auth(family.token)).expect(404);
  });
});
