import { SAFETY_RISKS } from '@yiyang/assessments';
import { Role } from '@yiyang/auth';
import { addDays, PersonalDataCipher, today } from '@yiyang/core';
import { assessAtLevel, assessSafetyRisks, createResident, createTestApp, createUser, TEST_ADMIN, type TestApp } from '@yiyang/testing';
import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../seeds/demo';
import { describeWithBrowser, launchBrowser, newContext, screenshot, seriousAccessibilityViolations, signIn } from './harness';

/** The nurses' station: a tablet held sideways. */
const TABLET_LANDSCAPE = { width: 1024, height: 768 };

/** Tomorrow in China: a date the API takes slots for at any hour of today. */
const tomorrow = () => addDays(today(), 1);

/**
 * 轮候 and 今日服务 over the demo data, as an operator of a public home sees them on a tablet: today's bookings
 * checked in, done and missed; a slot published through the form; the waiting list with its reasons, a skip refused
 * without a reason, a bed offered to the first applicant and accepted on their behalf.
 */
describeWithBrowser('the operator’s waiting list and today’s services (web app)', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: string;
  let facility: { id: string; name: string; regionCode: string };
  let operator: { username: string; password: string };
  let firstApplicant: string;
  const auth = () => ({ Authorization: `Bearer ${admin}` });

  beforeAll(async () => {
    [t, browser] = await Promise.all([createTestApp(), launchBrowser()]);
    const [adminRow] = await t.dataSource.query(`SELECT id FROM app_user WHERE username = $1`, [TEST_ADMIN.username]);
    await loadDemoData(t.dataSource, t.app.get(PersonalDataCipher), { bookedBy: adminRow.id, log: () => undefined });
    admin = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);

    // A public home of 渝北区 with beds vacant today: only public homes keep a waiting list.
    const candidates: { id: string; name: string; regionCode: string }[] = await t.dataSource.query(
      `SELECT f.id, f.name, f.region_code AS "regionCode" FROM facility f
         JOIN facility_profile p ON p.facility_id = f.id AND p.valid_to IS NULL
        WHERE p.ownership = 'public' AND f.closed_on IS NULL AND f.region_code LIKE '500112%'
        ORDER BY f.name`,
    );
    for (const candidate of candidates) {
      const { body } = await t.http.get(`/api/v1/facilities/${candidate.id}/waitlist`).set(auth()).expect(200);
      if ((body.vacantBeds?.length ?? 0) >= 1 && body.entries.length === 0) {
        facility = candidate;
        break;
      }
    }
    if (!facility) throw new Error('no public home of 渝北区 with a vacant bed in the demo data');
    operator = await createUser(t, { role: Role.Operator, facilityIds: [facility.id] });

    const person = async (name: string) =>
      (await createResident(t, admin, { name, hukouRegionCode: facility.regionCode, residenceRegionCode: facility.regionCode })).id;

    // Today's lunch: three people booked (the API books only slots yet to begin, so the slot is moved to now after).
    const day = tomorrow();
    const { body: lunch } = await t.http
      .post(`/api/v1/facilities/${facility.id}/service-slots`)
      .set(auth())
      .send({ serviceType: 'meal', startsAt: `${day}T11:30:00+08:00`, endsAt: `${day}T12:30:00+08:00`, capacity: 3, priceCents: 1500, area: [facility.regionCode] })
      .expect(201);
    for (const [index, name] of ['王秀英', '李桂兰', '张玉珍'].entries()) {
      await t.http.post('/api/v1/service-orders').set(auth()).set('Idempotency-Key', `browser-lunch-${index}`).send({ residentId: await person(name), slotId: lunch.id }).expect(201);
    }
    // Time passes: lunch began five minutes ago (or at midnight, China time, if that is later).
    await t.dataSource.query(
      `UPDATE service_slot SET starts_at = s.at, ends_at = s.at + interval '1 hour'
         FROM (SELECT greatest(now() - interval '5 minutes', (date_trunc('day', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')) AS at) s
        WHERE id = $1`,
      [lunch.id],
    );

    // The waiting list: applied in this order, ranked by the policy — level 3 (优先对象), level 1 (失能), level 0. The
    // first has no safety-risk assessment yet: the operator records the nine in the accept dialog.
    for (const [name, level] of [
      ['赵德明', 3],
      ['孙建国', 0],
      ['钱淑芬', 1],
    ] as const) {
      const id = await person(name);
      await assessAtLevel(t, admin, id, level);
      if (name === '赵德明') firstApplicant = id;
      else await assessSafetyRisks(t, admin, id);
      await t.http.post(`/api/v1/facilities/${facility.id}/waitlist`).set(auth()).send({ residentId: id }).expect(201);
    }
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function operatorPage(path: string): Promise<Page> {
    const context = await newContext(browser, t.baseUrl, 'tablet');
    const page = await context.newPage();
    await page.setViewportSize(TABLET_LANDSCAPE);
    await page.goto(`/sign-in?next=${encodeURIComponent(path)}`);
    await signIn(page, operator.username, operator.password);
    await page.waitForURL((url) => url.pathname === path.split('?')[0]);
    return page;
  }

  /** Every button of the page's content is at least 44 px tall (a fingertip). */
  async function smallButtons(page: Page, scope: string): Promise<string[]> {
    const small: string[] = [];
    for (const button of await page.locator(`${scope} button:visible`).all()) {
      const box = await button.boundingBox();
      if (box && box.height < 44) small.push(`${(await button.textContent())?.trim()} (${box.height}px)`);
    }
    return small;
  }

  /** An option of the open antd select (its accessible twins are hidden). */
  const option = (page: Page, text?: string) => {
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    return text ? options.filter({ hasText: text }) : options;
  };
  const booking = (page: Page, name: string) => page.getByTestId('booking').filter({ hasText: name });

  it('checks a booking in, completes it and marks a no-show, the states changing on the page', async () => {
    const page = await operatorPage(`/facilities/${facility.id}/services`);
    const slot = page.getByRole('region', { name: /助餐/ });
    await slot.waitFor();
    expect(await slot.textContent()).toContain('已约 3 / 3');
    expect(await slot.textContent()).toContain('已满');
    for (const name of ['王*英', '李*兰', '张*珍']) expect(await booking(page, name).getAttribute('data-status')).toBe('booked');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await smallButtons(page, '.services')).toEqual([]);
    const checkIn = page.getByRole('button', { name: '签到 王*英' });
    expect((await checkIn.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await screenshot(page, 'services-day-before');

    await checkIn.click();
    await page.getByRole('status').filter({ hasText: '王*英 已签到' }).waitFor();
    await page.waitForFunction(() => {
      const { document } = globalThis as unknown as { document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null } };
      return document.querySelector('[data-testid="booking"][data-status="checked_in"]') !== null;
    });
    expect(await booking(page, '王*英').textContent()).toMatch(/已签到.*签到/);

    await page.getByRole('button', { name: '完成 王*英' }).click();
    await page.getByRole('status').filter({ hasText: '王*英 的服务已完成' }).waitFor();
    await booking(page, '王*英').and(page.locator('[data-status="completed"]')).waitFor();

    await page.getByRole('button', { name: '未到 李*兰' }).click();
    await page.getByRole('status').filter({ hasText: '李*兰 已记为未到' }).waitFor();
    await booking(page, '李*兰').and(page.locator('[data-status="no_show"]')).waitFor();
    expect(await booking(page, '张*珍').getAttribute('data-status')).toBe('booked');
    // What the page shows is what the API holds.
    const { body } = await t.http.get(`/api/v1/facilities/${facility.id}/service-slots?from=${today()}&to=${today()}`).set(auth()).expect(200);
    const statuses = Object.fromEntries(body.slots[0].bookings.map((item: { residentName: string; status: string }) => [item.residentName, item.status]));
    expect(statuses).toEqual({ '王*英': 'completed', '李*兰': 'no_show', '张*珍': 'booked' });
    await screenshot(page, 'services-day', { readme: true });
    await page.context().close();
  });

  it('publishes a slot through the form and shows the week', async () => {
    const page = await operatorPage(`/facilities/${facility.id}/services`);
    await page.getByRole('region', { name: /助餐/ }).waitFor();
    await page.getByRole('button', { name: /发布时段/ }).click();
    const dialog = page.getByRole('dialog', { name: '发布服务时段' });
    await dialog.waitFor();
    await dialog.getByLabel('服务类型').click();
    await option(page, '助浴').click();
    await dialog.getByLabel('日期', { exact: true }).fill(tomorrow());
    await dialog.getByLabel('开始时间').fill('09:00');
    await dialog.getByLabel('结束时间').fill('10:00');
    await dialog.getByLabel('名额').fill('2');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'services-slot-form');
    await dialog.getByRole('button', { name: /发\s*布/ }).click();
    await page.getByRole('status').filter({ hasText: `已发布 ${tomorrow()} 09:00 的时段` }).waitFor();
    await page.getByRole('button', { name: '后一天' }).click();
    const bath = page.getByRole('region', { name: '09:00 助浴' });
    await bath.waitFor();
    expect(await bath.textContent()).toContain('已约 0 / 2');

    await page.getByText('周', { exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'week');
    const grid = page.getByRole('table');
    await grid.getByRole('rowheader', { name: /11:\d\d|\d\d:\d\d/ }).first().waitFor();
    expect(await grid.textContent()).toContain('3/3');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await smallButtons(page, '.services')).toEqual([]);
    await screenshot(page, 'services-week');
    await page.context().close();
  });

  it('shows the waiting list with reasons in words, refuses a skip without reason, offers a bed to the first and accepts for them', async () => {
    const page = await operatorPage(`/facilities/${facility.id}/waitlist`);
    const rows = page.getByTestId('waitlist-entry');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(0).textContent()).toMatch(/赵\*明.*优先对象.*3 级.*优先对象（第 2\/5 组）；能力等级 3/);
    expect(await rows.nth(1).textContent()).toMatch(/钱\*芬.*其他失能、失智老年人/);
    expect(await rows.nth(2).textContent()).toMatch(/孙\*国.*80 周岁及以上.*0 级/);
    expect(await rows.nth(0).textContent()).toContain('下一位');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(await smallButtons(page, '.waitlist')).toEqual([]);
    await screenshot(page, 'waitlist', { readme: true });

    // Offering to the second without saying why the first is skipped is refused, in words.
    await page.getByRole('button', { name: '提供床位 钱*芬' }).click();
    let dialog = page.getByRole('dialog', { name: '为 钱*芬 提供床位' });
    await dialog.getByText('前面还有 1 位申请人在等待').waitFor();
    await dialog.getByLabel('床位', { exact: true }).click();
    await option(page).first().click();
    await dialog.getByRole('button', { name: /提供床位/ }).click();
    await dialog.getByText('前面还有 1 位申请人在等待：请写明越过的理由').waitFor();
    await screenshot(page, 'waitlist-skip-refused');
    expect((await t.http.get(`/api/v1/facilities/${facility.id}/waitlist`).set(auth())).body.entries.every((entry: { offer: unknown }) => entry.offer === null)).toBe(true);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();

    // The first in the queue gets a bed, and accepts it through the facility.
    await page.getByRole('button', { name: '提供床位 赵*明' }).click();
    dialog = page.getByRole('dialog', { name: '为 赵*明 提供床位' });
    await dialog.getByLabel('床位', { exact: true }).click();
    const bedCode = (await option(page).first().textContent())!.replace(/（.*）/, '');
    await option(page).first().click();
    await dialog.getByRole('button', { name: /提供床位/ }).click();
    await page.getByRole('status').filter({ hasText: `已为 赵*明 提供床位 ${bedCode}` }).waitFor();
    const offer = page.getByTestId('pending-offer').filter({ hasText: '赵*明' });
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/还剩 2 天 23 小时|还剩 3 天 0 小时/);
    await screenshot(page, 'waitlist-offer');

    await page.getByRole('button', { name: '代为放弃 赵*明' }).click();
    await page.getByRole('dialog').getByText(/放弃后，该申请将暂停轮候 12 个月/).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();

    await page.getByRole('button', { name: '代为接受 赵*明' }).click();
    dialog = page.getByRole('dialog', { name: `代 赵*明 接受床位 ${bedCode}` });
    expect(await dialog.getByLabel('入住日期').inputValue()).toBe(today());
    // No safety-risk assessment in the last 30 days: the dialog asks for the nine (GB 38600) before anything is sent.
    await dialog.getByRole('button', { name: /接受并入住/ }).click();
    await dialog.getByText('还有 9 项未评估').waitFor();
    expect(await dialog.getByText('请选择等级').count()).toBe(9);
    const risks = dialog.locator('.risk-fields__item');
    for (let index = 0; index < 9; index += 1) await risks.nth(index).getByText(index === 2 ? '高' : '低', { exact: true }).click();
    await dialog.getByText('九项都要评估，每项选择等级').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'waitlist-accept-risks');
    await dialog.getByRole('button', { name: /接受并入住/ }).click();
    await page.getByRole('status').filter({ hasText: `赵*明 已入住 ${bedCode}` }).waitFor();
    await page.getByTestId('waitlist-entry').filter({ hasText: '赵*明' }).waitFor({ state: 'detached' });
    expect(await page.getByTestId('pending-offer').count()).toBe(0);
    const { body } = await t.http.get(`/api/v1/facilities/${facility.id}/waitlist`).set(auth()).expect(200);
    expect(body.entries.map((entry: { residentName: string }) => entry.residentName)).toEqual(['钱*芬', '孙*国']);
    // The nine went in with the admission, as entered.
    const [recorded] = await t.dataSource.query(`SELECT assessed_on::text AS "assessedOn", risks FROM safety_risk_assessment WHERE resident_id = $1`, [firstApplicant]);
    expect(recorded.assessedOn).toBe(today());
    expect(SAFETY_RISKS.map((risk) => recorded.risks[risk].level)).toEqual(['low', 'low', 'high', 'low', 'low', 'low', 'low', 'low', 'low']);
    await page.context().close();
  });
});
