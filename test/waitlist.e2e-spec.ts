import { Role } from '@yiyang/auth';
import { addMonths, today } from '@yiyang/core';
import {
  adminToken,
  assessAtLevel,
  assessSafetyRisks,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  HAISHU,
  HAISHU_TOWNSHIP,
  importTestRegions,
  NINE_RISKS,
  YUBEI,
  YUBEI_TOWNSHIP,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';

/** A birth date that makes a person `age` today. */
function bornYearsAgo(age: number): string {
  const [year, month, day] = today().split('-').map(Number);
  return `${year - age}-${String(month).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}

describe('waiting lists (轮候)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
  });
  afterAll(() => t?.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const apply = (token: string, facility: string, residentId: string) => t.http.post(`/api/v1/facilities/${facility}/waitlist`).set(auth(token)).send({ residentId });
  const list = (token: string, facility: string) => t.http.get(`/api/v1/facilities/${facility}/waitlist`).set(auth(token));
  const act = (token: string, entry: string, action: 'offer' | 'accept' | 'decline' | 'withdraw', body: object = {}) =>
    t.http.post(`/api/v1/waitlist/${entry}/${action}`).set(auth(token)).send(body);

  async function publicFacility(beds: number) {
    const facility = await createFacility(t, admin);
    const { body } = await t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(auth(admin)).send({ openedOn: '2024-01-01', beds: bedsLayout(beds) }).expect(201);
    return { facility, beds: body.items.map((bed: { id: string }) => bed.id) as string[] };
  }

  /** A person of the given age, categories and standing level (null: never assessed). */
  async function applicant(name: string, age: number, level: number | null, categories: string[] = []) {
    const { id } = await createResident(t, admin, { name, birthDate: bornYearsAgo(age), categories });
    if (level !== null) await assessAtLevel(t, admin, id, level, { assessedOn: today() });
    await assessSafetyRisks(t, admin, id); // as the facility does when it reviews an application (GB 38600)
    return id;
  }

  describe('the order of the queue', () => {
    let facility: string;
    let people: Record<string, string>;
    let operator: CreatedUser;

    beforeAll(async () => {
      ({ facility } = await publicFacility(4));
      operator = await createUser(t, { role: Role.Operator, facilityIds: [facility] });
      // Applied in this order, so that application time alone would give the reverse of the policy's order.
      people = {};
      for (const [key, age, level, categories] of [
        ['unassessed', 70, null, []],
        ['tekunAble', 70, 0, ['tekun']],
        ['general', 70, 0, []],
        ['veryOld', 85, 0, []],
        ['mild', 70, 1, []],
        ['moderate', 70, 2, []],
        ['familyPlanning', 70, 0, ['family_planning_special']],
        ['dibaoMild', 70, 1, ['dibao']],
        ['severe', 70, 3, []],
        ['total', 70, 4, []],
        ['tekunUnable', 70, 2, ['tekun']],
      ] as [string, number, number | null, string[]][]) {
        people[key] = await applicant(`申请${key}`, age, level, categories);
        await apply(admin, facility, people[key]).expect(201);
      }
    });

    it('ranks by the policy: group, then level, then application time, and says why', async () => {
      const { body } = await list(operator.token, facility).expect(200);
      const order = body.entries.map((entry: { residentId: string }) => Object.keys(people).find((key) => people[key] === entry.residentId));
      expect(order).toEqual([
        'tekunUnable', // 失能特困: no queue
        'total', // priority: level 4, level 3, 低保 level 1, 计生特殊家庭 level 0
        'severe',
        'dibaoMild',
        'familyPlanning',
        'moderate', // other disabled: level 2, level 1
        'mild',
        'veryOld', // 80+
        'tekunAble', // everyone else: assessed before unassessed, then earlier application
        'general',
        'unassessed',
      ]);
      expect(body.entries.map((entry: { position: number }) => entry.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(body.entries[0]).toMatchObject({ group: 'tekun_unable', noQueue: true, level: 2, status: 'waiting', offer: null, residentName: expect.stringMatching(/^申\*+/) });
      expect(body.entries[7].why).toEqual({
        zh: expect.stringContaining('80 周岁及以上（第 4/5 组）；能力等级 0'),
        en: expect.stringContaining('Aged 80 or more (group 4/5); level 0'),
      });
      expect(body.policyVersion).toBe('standards-6-2025');
      expect(body.vacantBeds).toHaveLength(4);
      expect(body.nextUp.residentId).toBe(people.tekunUnable);
    });

    it('follows a region\'s policy, and a facility\'s own over it', async () => {
      const policy = {
        requiresAssessment: false,
        waitlist: {
          version: 'yubei-2026',
          groups: [
            { code: 'oldest', label: { zh: '高龄', en: 'Oldest' }, when: [{ minAge: 80 }] },
            { code: 'rest', label: { zh: '其他', en: 'Others' }, when: [{}] },
          ],
          declinePenaltyMonths: 6,
          offerValidDays: 5,
          requireAssessment: false,
        },
      };
      const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
      const { body: set } = await t.http.put(`/api/v1/regions/${YUBEI}/admission-policy`).set(auth(officer.token)).send(policy).expect(200);
      expect(set).toMatchObject({ source: 'region', sourceRegionCode: YUBEI });
      const { body } = await list(operator.token, facility).expect(200);
      expect(body.policyVersion).toBe('yubei-2026');
      expect(body.entries[0]).toMatchObject({ residentId: people.veryOld, group: 'oldest' });
      expect(body.entries[1]).toMatchObject({ residentId: people.total, group: 'rest' });

      const own = { ...policy, waitlist: { ...policy.waitlist, version: 'own-1', groups: [{ code: 'all', label: { zh: '全部', en: 'All' }, when: [{}] }] } };
      await t.http.put(`/api/v1/facilities/${facility}/admission-policy`).set(auth(officer.token)).send(own).expect(200);
      const { body: effective } = await t.http.get(`/api/v1/facilities/${facility}/admission-policy`).set(auth(operator.token)).expect(200);
      expect(effective).toMatchObject({ source: 'facility', waitlist: { version: 'own-1' } });
      expect((await list(operator.token, facility)).body.entries[0].residentId).toBe(people.total); // by level alone

      const { body: cleared } = await t.http.delete(`/api/v1/facilities/${facility}/admission-policy`).set(auth(officer.token)).expect(200);
      expect(cleared).toMatchObject({ source: 'region', waitlist: { version: 'yubei-2026' } });
      // Region rules are the region's office's: operators and other regions' officers may not set them.
      await t.http.put(`/api/v1/facilities/${facility}/admission-policy`).set(auth(operator.token)).send(own).expect(403);
      const haishu = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
      await t.http.put(`/api/v1/regions/${YUBEI}/admission-policy`).set(auth(haishu.token)).send(policy).expect(403);
      await t.dataSource.query(`DELETE FROM admission_policy WHERE region_code = $1`, [YUBEI]);
    });

    it('refuses a malformed policy with the field at fault, storing nothing', async () => {
      const bad = await t.http
        .put(`/api/v1/facilities/${facility}/admission-policy`)
        .set(auth(admin))
        .send({
          requiresAssessment: 'yes',
          waitlist: {
            version: 'x',
            groups: [{ code: 'A b', label: { zh: '甲' }, when: [{ anyCategory: ['rich'], minLevel: 7 }] }],
            declinePenaltyMonths: -1,
            offerValidDays: 3,
            requireAssessment: true,
          },
        })
        .expect(400);
      expect(bad.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
        'requiresAssessment',
        'waitlist.declinePenaltyMonths',
        'waitlist.groups[0].code',
        'waitlist.groups[0].label.en',
        'waitlist.groups[0].when[0].anyCategory',
        'waitlist.groups[0].when[0].minLevel',
      ]);
      const twice = { code: 'a', label: { zh: '甲', en: 'A' }, when: [{}] };
      const duplicate = await t.http
        .put(`/api/v1/facilities/${facility}/admission-policy`)
        .set(auth(admin))
        .send({ requiresAssessment: false, waitlist: { version: 'x', groups: [twice, twice], declinePenaltyMonths: 0, offerValidDays: 3, requireAssessment: true } })
        .expect(400);
      expect(duplicate.body.details).toEqual([{ field: 'waitlist.groups[1].code', messages: ['the group code a is used twice'] }]);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM admission_policy`))[0].n).toBe(0);
    });

    it('shows a family their relative\'s place and nothing else', async () => {
      // Someone else is suspended: staff see it, the family does not.
      await t.dataSource.query(`UPDATE waitlist_entry SET suspended_until = '2099-01-01' WHERE resident_id = $1`, [people.general]);
      expect((await list(operator.token, facility).expect(200)).body.suspended).toHaveLength(1);
      const family = await createUser(t, { role: Role.Family, residentIds: [people.veryOld] });
      const { body } = await list(family.token, facility).expect(200);
      expect(body.entries).toEqual([expect.objectContaining({ residentId: people.veryOld, position: 8, group: 'very_old' })]);
      expect(body).toMatchObject({ vacantBeds: null, nextUp: null, suspended: [] });
      await t.dataSource.query(`UPDATE waitlist_entry SET suspended_until = NULL WHERE resident_id = $1`, [people.general]);
      const stranger = await createUser(t, { role: Role.Family, residentIds: [await applicant('路人', 75, null)] });
      await list(stranger.token, facility).expect(404);
      const haishu = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
      await list(haishu.token, facility).expect(404);
    });

    it('takes one open application per person, for public facilities only', async () => {
      const again = await apply(admin, facility, people.general).expect(409);
      expect(again.body.details).toEqual([{ field: 'residentId', messages: ['the person already waits for this facility'] }]);
      const privateHome = await createFacility(t, admin, { ownership: 'private', operation: 'social' });
      const refused = await apply(admin, privateHome, people.general).expect(422);
      expect(refused.body.message).toMatch(/public/);
      await apply(admin, facility, 'not-a-uuid').expect(400);
    });
  });

  describe('offers', () => {
    let facility: string;
    let beds: string[];
    let first: { id: string; entry: string };
    let second: { id: string; entry: string };
    let unassessed: { id: string; entry: string };
    let operator: CreatedUser;

    async function applied(name: string, level: number | null) {
      const id = await applicant(name, 75, level);
      const { body } = await apply(admin, facility, id).expect(201);
      return { id, entry: body.entryId as string };
    }

    beforeAll(async () => {
      ({ facility, beds } = await publicFacility(3));
      operator = await createUser(t, { role: Role.Operator, facilityIds: [facility] });
      first = await applied('第一', 3);
      second = await applied('第二', 2);
      unassessed = await applied('未评', null);
    });

    it('offers in order: skipping someone needs a reason; no offer without an assessment', async () => {
      const skip = await act(operator.token, second.entry, 'offer', { bedId: beds[0] }).expect(409);
      expect(skip.body.details).toEqual([{ field: 'skipReason', messages: ['1 applicant(s) wait ahead'] }]);
      const noAssessment = await act(operator.token, unassessed.entry, 'offer', { bedId: beds[0], skipReason: '床位类型' }).expect(422);
      expect(noAssessment.body.message).toMatch(/assessment/);
      const { body: offer } = await act(operator.token, first.entry, 'offer', { bedId: beds[0] }).expect(201);
      expect(offer).toMatchObject({ entryId: first.entry, bedId: beds[0], status: 'pending', competingOffers: 0 });
      expect(new Date(offer.expiresAt).getTime() - new Date(offer.offeredAt).getTime()).toBe(3 * 24 * 3600 * 1000);
      await act(operator.token, first.entry, 'offer', { bedId: beds[1] }).expect(409); // already holds one
    });

    it('reserves the offered bed: the board shows it, and only accepting the offer admits into it', async () => {
      const { body: board } = await t.http.get(`/api/v1/facilities/${facility}/bed-board`).set(auth(operator.token)).expect(200);
      expect(board.totals).toMatchObject({ reserved: 1, vacant: 2 });
      expect(board.freshUntil).toEqual(expect.any(String));
      const direct = await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: second.id, bedId: beds[0], admittedOn: today() }).expect(409);
      expect(direct.body.message).toMatch(/reserved/);
      const { body: queue } = await list(operator.token, facility).expect(200);
      expect(queue.vacantBeds.map((bed: { bedId: string }) => bed.bedId).sort()).toEqual([beds[1], beds[2]].sort());
      expect(queue.nextUp.residentId).toBe(second.id);
      expect(queue.entries[0]).toMatchObject({ status: 'offered', offer: { bedId: beds[0] } });
    });

    it('lets only those who may act for the applicant answer an offer', async () => {
      const otherFamily = await createUser(t, { role: Role.Family, residentIds: [second.id] });
      await act(otherFamily.token, first.entry, 'accept').expect(404);
      await act(otherFamily.token, first.entry, 'decline').expect(404);
      await act(otherFamily.token, second.entry, 'accept').expect(409); // no bed offered to them yet
    });

    it('admits on acceptance, in the same transaction, and the family may accept', async () => {
      const family = await createUser(t, { role: Role.Family, residentIds: [first.id] });
      const { body: stay } = await act(family.token, first.entry, 'accept', { admittedOn: today() }).expect(201);
      expect(stay).toMatchObject({ residentId: first.id, bedId: beds[0], admittedOn: today(), dischargedOn: null });
      const [offer] = await t.dataSource.query(`SELECT status, stay_id FROM waitlist_offer WHERE entry_id = $1`, [first.entry]);
      expect(offer).toEqual({ status: 'accepted', stay_id: stay.id });
      await act(family.token, first.entry, 'accept').expect(409);
      const { body: queue } = await list(operator.token, facility).expect(200);
      expect(queue.entries.map((entry: { residentId: string }) => entry.residentId)).toEqual([second.id, unassessed.id]);
    });

    it('suspends an application for the policy\'s months when its offer is declined', async () => {
      await act(operator.token, second.entry, 'offer', { bedId: beds[1] }).expect(201);
      const { body } = await act(operator.token, second.entry, 'decline').expect(200);
      const [year, month, day] = today().split('-');
      expect(body).toMatchObject({ status: 'waiting', suspendedUntil: `${Number(year) + 1}-${month}-${month === '02' && day === '29' ? '28' : day}` });
      const { body: queue } = await list(operator.token, facility).expect(200);
      expect(queue.entries.map((entry: { residentId: string }) => entry.residentId)).toEqual([unassessed.id]);
      expect(queue.suspended).toEqual([expect.objectContaining({ entryId: second.entry, suspendedUntil: body.suspendedUntil })]);
      await act(operator.token, second.entry, 'offer', { bedId: beds[1] }).expect(409);
    });

    it('lets an offer lapse at its end: accepting is refused, and it counts as declined', async () => {
      const late = await applied('迟到', 1);
      await act(operator.token, late.entry, 'offer', { bedId: beds[2], skipReason: '前一位未评估' }).expect(201);
      await t.dataSource.query(`UPDATE waitlist_offer SET offered_at = now() - interval '4 days', expires_at = now() - interval '1 day' WHERE entry_id = $1`, [late.entry]);
      const refused = await act(operator.token, late.entry, 'accept').expect(409);
      expect(refused.body.message).toMatch(/expired/);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM stay WHERE resident_id = $1`, [late.id]))[0].n).toBe(0);
      // Reads show it lapsed at once; the next change to the list settles it.
      const { body: queue } = await list(operator.token, facility).expect(200);
      const lapsed = queue.suspended.find((entry: { entryId: string }) => entry.entryId === late.entry);
      expect(lapsed.suspendedUntil).toBe(addMonths(today(new Date(Date.now() - 86_400_000)), 12));
      const { body: board } = await t.http.get(`/api/v1/facilities/${facility}/bed-board`).set(auth(operator.token)).expect(200);
      expect(board.totals.reserved).toBe(0);
      await applied('后来', 1);
      const [offer] = await t.dataSource.query(`SELECT status FROM waitlist_offer WHERE entry_id = $1`, [late.entry]);
      expect(offer.status).toBe('expired');
      const [entry] = await t.dataSource.query(`SELECT status, suspended_until::text FROM waitlist_entry WHERE id = $1`, [late.entry]);
      expect(entry).toEqual({ status: 'waiting', suspended_until: lapsed.suspendedUntil });
    });

    it('withdraws an application; withdrawing with an offer in hand declines it, and applying again keeps the suspension', async () => {
      await assessAtLevel(t, admin, unassessed.id, 1, { assessedOn: today() });
      await act(operator.token, unassessed.entry, 'offer', { bedId: beds[2], skipReason: '唯一已评估的申请人' }).expect(201);
      const { body } = await act(admin, unassessed.entry, 'withdraw').expect(200);
      expect(body).toMatchObject({ status: 'withdrawn', suspendedUntil: addMonths(today(), 12), position: null });
      expect((await t.dataSource.query(`SELECT status FROM waitlist_offer WHERE entry_id = $1 AND bed_id = $2`, [unassessed.entry, beds[2]]))[0].status).toBe('declined');
      await act(admin, unassessed.entry, 'withdraw').expect(409);
      const { body: again } = await apply(admin, facility, unassessed.id).expect(201);
      expect(again).toMatchObject({ status: 'waiting', suspendedUntil: addMonths(today(), 12), position: null });
    });

    it('keeps a decline\'s suspension through withdrawing and applying again', async () => {
      // `second` declined earlier and is suspended for a year.
      await act(admin, second.entry, 'withdraw').expect(200);
      const { body } = await apply(admin, facility, second.id).expect(201);
      expect(body).toMatchObject({ status: 'waiting', suspendedUntil: addMonths(today(), 12), position: null });
    });
  });

  describe('who may act on an application', () => {
    let facility: string;
    let beds: string[];
    let person: string;
    let entry: string;
    let family: CreatedUser;

    beforeAll(async () => {
      ({ facility, beds } = await publicFacility(2));
      person = await applicant('多处申请', 80, 2);
      family = await createUser(t, { role: Role.Family, residentIds: [person] });
      const other = await createFacility(t, admin);
      await apply(family.token, other, person).expect(201);
      entry = (await apply(family.token, facility, person).expect(201)).body.entryId;
      await act(admin, entry, 'offer', { bedId: beds[0] }).expect(201);
    });

    it('is the facility\'s side or the family: not another facility the person applied to, nor an assessor', async () => {
      const otherFacility = (await t.dataSource.query(`SELECT facility_id FROM waitlist_entry WHERE resident_id = $1 AND facility_id <> $2`, [person, facility]))[0].facility_id;
      const elsewhere = await createUser(t, { role: Role.Operator, facilityIds: [otherFacility] });
      for (const action of ['accept', 'decline', 'withdraw'] as const) await act(elsewhere.token, entry, action).expect(404);
      await list(elsewhere.token, facility).expect(404);
      const assessor = await createUser(t, { role: Role.Assessor, regionCode: YUBEI });
      for (const action of ['accept', 'decline', 'withdraw'] as const) await act(assessor.token, entry, action).expect(403);
      await list(assessor.token, facility).expect(403);
      const [offer] = await t.dataSource.query(`SELECT status FROM waitlist_offer WHERE entry_id = $1`, [entry]);
      expect(offer.status).toBe('pending');
    });

    it('lets an officer of the person\'s region see their place, but not act for the facility', async () => {
      const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: '500112000000' });
      await t.dataSource.query(`UPDATE facility SET region_code = $2 WHERE id = $1`, [facility, HAISHU_TOWNSHIP]);
      try {
        const { body } = await list(officer.token, facility).expect(200);
        expect(body.entries.map((e: { residentId: string }) => e.residentId)).toEqual([person]);
        expect(body.vacantBeds).toBeNull();
        await act(officer.token, entry, 'decline').expect(404);
      } finally {
        await t.dataSource.query(`UPDATE facility SET region_code = $2 WHERE id = $1`, [facility, YUBEI_TOWNSHIP]);
      }
    });

    it('leaves funding and the admission\'s safety risks to the facility when a family accepts', async () => {
      const refused = await act(family.token, entry, 'accept', { funding: 'tekun_centralized' }).expect(403);
      expect(refused.body.message).toMatch(/facility/);
      expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM stay WHERE resident_id = $1`, [person]))[0].n).toBe(0);
      const { body: stay } = await act(family.token, entry, 'accept').expect(201);
      expect(stay).toMatchObject({ residentId: person, funding: 'self_pay' });
    });

    it('lets a family accept only once the facility has recorded the safety risks', async () => {
      const { facility: home, beds: homeBeds } = await publicFacility(1);
      const { id: newcomer } = await createResident(t, admin, { birthDate: bornYearsAgo(82) });
      await assessAtLevel(t, admin, newcomer, 2);
      const relatives = await createUser(t, { role: Role.Family, residentIds: [newcomer] });
      const { body: application } = await apply(relatives.token, home, newcomer).expect(201);
      await act(admin, application.entryId, 'offer', { bedId: homeBeds[0] }).expect(201);
      const early = await act(relatives.token, application.entryId, 'accept').expect(422);
      expect(early.body.message).toMatch(/safety-risk/);
      await assessSafetyRisks(t, admin, newcomer);
      await act(relatives.token, application.entryId, 'accept').expect(201);
    });

    it('admits on the funding the facility set with the offer', async () => {
      const { facility: home, beds: homeBeds } = await publicFacility(1);
      const tekun = await applicant('特困老人', 78, 3, ['tekun']);
      const relatives = await createUser(t, { role: Role.Family, residentIds: [tekun] });
      const { body: application } = await apply(admin, home, tekun).expect(201);
      const notTekun = await act(admin, (await apply(admin, home, person).expect(201)).body.entryId, 'offer', { bedId: homeBeds[0], funding: 'tekun_centralized', skipReason: '测试' });
      expect(notTekun.status).toBe(400);
      const { body: offer } = await act(admin, application.entryId, 'offer', { bedId: homeBeds[0], funding: 'tekun_centralized' }).expect(201);
      expect(offer.funding).toBe('tekun_centralized');
      const { body: stay } = await act(relatives.token, application.entryId, 'accept').expect(201);
      expect(stay.funding).toBe('tekun_centralized');
    });

    it('lets the facility\'s side, and only it, withdraw without the decline penalty, saying why', async () => {
      const { facility: home, beds: homeBeds } = await publicFacility(1);
      const late = await applicant('已故', 90, 4);
      const relatives = await createUser(t, { role: Role.Family, residentIds: [late] });
      const { body: application } = await apply(admin, home, late).expect(201);
      await act(admin, application.entryId, 'offer', { bedId: homeBeds[0] }).expect(201);
      await act(relatives.token, application.entryId, 'withdraw', { withoutPenalty: true, reason: '去世' }).expect(403);
      const unexplained = await act(admin, application.entryId, 'withdraw', { withoutPenalty: true }).expect(400);
      expect(unexplained.body.details[0].field).toBe('reason');
      const { body } = await act(admin, application.entryId, 'withdraw', { withoutPenalty: true, reason: '申请人去世' }).expect(200);
      expect(body).toMatchObject({ status: 'withdrawn', suspendedUntil: null });
      expect((await t.dataSource.query(`SELECT status FROM waitlist_offer WHERE entry_id = $1`, [application.entryId]))[0].status).toBe('lapsed');
    });
  });

  describe('races', () => {
    it('accepting one offer of a bed while another is declined or withdrawn: both succeed, no deadlock', async () => {
      for (let round = 0; round < 6; round += 1) {
        const { facility, beds } = await publicFacility(1);
        const entries: string[] = [];
        for (let n = 0; n < 2; n += 1) entries.push((await apply(admin, facility, await applicant(`竞争${round}-${n}`, 80, 2)).expect(201)).body.entryId);
        for (const entry of entries) await act(admin, entry, 'offer', { bedId: beds[0] }).expect(201);
        const [accepted, other] = await Promise.all([act(admin, entries[0], 'accept'), act(admin, entries[1], round % 2 ? 'withdraw' : 'decline')]);
        expect(accepted.status).toBe(201);
        // Either the decline came first (200), or the accept did and the other offer had lapsed (409 saying so).
        if (other.status === 409) expect(other.body.message).toMatch(/lapsed/);
        else expect(other.status).toBe(200);
      }
    });

    it('changing a person\'s record while admitting them: both succeed, no deadlock', async () => {
      // Someone who stayed before: changing their record bumps the board of that facility, which admitting locks.
      const { facility, beds } = await publicFacility(8);
      for (let round = 0; round < 4; round += 1) {
        const person = await applicant('改名', 75, 1);
        const { body: earlier } = await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: person, bedId: beds[2 * round], admittedOn: '2025-01-01', safetyRisks: NINE_RISKS }).expect(201);
        await t.http.post(`/api/v1/admissions/${earlier.id}/discharge`).set(auth(admin)).send({ on: '2025-02-01', reason: 'home' }).expect(200);
        const [admitted, patched] = await Promise.all([
          t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: person, bedId: beds[2 * round + 1], admittedOn: today() }),
          t.http.patch(`/api/v1/residents/${person}`).set(auth(admin)).send({ name: '改了名' }),
        ]);
        expect([admitted.status, patched.status]).toEqual([201, 200]);
      }
      const { body: board } = await t.http.get(`/api/v1/facilities/${facility}/bed-board`).set(auth(admin)).expect(200);
      expect(board.totals.occupied).toBe(4);
      expect(board.floors[0].rooms[0].beds[1].occupant).toBe('改*名');
    });
  });

  describe('transfers racing record changes', () => {
    it('moving people between two facilities while their records change: all succeed, no deadlock', async () => {
      const a = await publicFacility(6);
      const b = await publicFacility(6);
      const people: { id: string; stay: string }[] = [];
      for (let n = 0; n < 6; n += 1) {
        const id = await applicant(`来回${n}`, 75, 1);
        const home = n % 2 ? a : b;
        const { body } = await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: id, bedId: home.beds[n], admittedOn: '2025-01-01', safetyRisks: NINE_RISKS }).expect(201);
        people.push({ id, stay: body.id });
      }
      const moves = people.map(({ stay }, n) =>
        t.http.post(`/api/v1/admissions/${stay}/transfer`).set(auth(admin)).send({ bedId: (n % 2 ? b : a).beds[n], on: today(), safetyRisks: NINE_RISKS }),
      );
      const renames = people.map(({ id }, n) => t.http.patch(`/api/v1/residents/${id}`).set(auth(admin)).send({ name: `改名${n}` }));
      const responses = await Promise.all([...moves, ...renames]);
      expect(responses.map((response) => response.status)).toEqual([...people.map(() => 201), ...people.map(() => 200)]);
    });
  });

  describe('the last free bed', () => {
    it('goes to exactly one of several applicants accepting at once; the others go back to the queue', async () => {
      const { facility, beds } = await publicFacility(1);
      const entries: { id: string; entry: string }[] = [];
      for (let n = 0; n < 6; n += 1) {
        const id = await applicant(`抢床${n}`, 80, 2);
        entries.push({ id, entry: (await apply(admin, facility, id).expect(201)).body.entryId });
      }
      // The facility offers its one bed to all six, the first to accept getting it.
      for (const { entry } of entries) await act(admin, entry, 'offer', { bedId: beds[0] }).expect(201);
      const responses = await Promise.all(entries.map(({ entry }) => act(admin, entry, 'accept')));
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
      for (const refusal of responses.filter((response) => response.status === 409)) expect(refusal.body.message).toMatch(/another applicant|occupied|lapsed/);
      const stays = await t.dataSource.query(`SELECT resident_id FROM stay WHERE bed_id = $1`, [beds[0]]);
      expect(stays).toHaveLength(1);
      const winner = responses.find((response) => response.status === 201)!.body;
      expect(stays[0].resident_id).toBe(winner.residentId);
      const offers = await t.dataSource.query(`SELECT status, count(*)::int AS n FROM waitlist_offer WHERE bed_id = $1 GROUP BY status ORDER BY status`, [beds[0]]);
      expect(offers).toEqual([
        { status: 'accepted', n: 1 },
        { status: 'lapsed', n: 5 },
      ]);
      const { body: queue } = await list(admin, facility).expect(200);
      expect(queue.entries).toHaveLength(5);
      expect(queue.entries.every((entry: { status: string }) => entry.status === 'waiting')).toBe(true);
      expect(queue.vacantBeds).toEqual([]);
    });
  });

  describe('the homes a family may choose (家属轮候)', () => {
    it('lists the public homes of the relative\'s county and the homes applied to, with the place, why and what declining costs', async () => {
      const person = await applicant('家属选院', 82, 2);
      const family = await createUser(t, { role: Role.Family, residentIds: [person] });
      const { facility: chosen, beds } = await publicFacility(1);
      const privateHome = await createFacility(t, admin, { ownership: 'private', operation: 'social' });
      const elsewhere = await createFacility(t, admin, { regionCode: HAISHU_TOWNSHIP });
      const farAway = await createFacility(t, admin, { regionCode: HAISHU_TOWNSHIP });
      const own = {
        requiresAssessment: false,
        waitlist: { version: 'family-view', groups: [{ code: 'all', label: { zh: '全部', en: 'All' }, when: [{}] }], declinePenaltyMonths: 3, offerValidDays: 4, requireAssessment: false },
      };
      await t.http.put(`/api/v1/facilities/${chosen}/admission-policy`).set(auth(admin)).send(own).expect(200);
      const homes = async () => (await t.http.get(`/api/v1/residents/${person}/waitlist-homes`).set(auth(family.token)).expect(200)).body as { facilityId: string }[];
      const before = await homes();
      const ids = before.map((home) => home.facilityId);
      expect(ids).toContain(chosen);
      expect(ids).not.toContain(privateHome);
      expect(ids).not.toContain(elsewhere);
      expect(before.find((home) => home.facilityId === chosen)).toMatchObject({ policyVersion: 'family-view', declinePenaltyMonths: 3, offerValidDays: 4, application: null });

      // Applying elsewhere (by the family, outside the county) brings that home into the list, first; so does the chosen one.
      await apply(family.token, farAway, person).expect(201);
      const { body: applied } = await apply(family.token, chosen, person).expect(201);
      const after = await homes();
      expect(after.slice(0, 2).map((home) => home.facilityId).sort()).toEqual([chosen, farAway].sort());
      expect(after.find((home) => home.facilityId === chosen)).toMatchObject({
        application: { entryId: applied.entryId, status: 'waiting', position: applied.position, why: { zh: expect.any(String) }, offer: null },
      });

      await act(admin, applied.entryId, 'offer', { bedId: beds[0] }).expect(201);
      expect((await homes()).find((home) => home.facilityId === chosen)).toMatchObject({ application: { status: 'offered', offer: { bedId: beds[0] } } });
      await act(family.token, applied.entryId, 'decline').expect(200);
      expect((await homes()).find((home) => home.facilityId === chosen)).toMatchObject({ application: { status: 'suspended', position: null, suspendedUntil: addMonths(today(), 3) } });
    });

    it('is for the relative\'s family (and administrators), not the homes\' staff', async () => {
      const person = await applicant('他人', 75, null);
      const stranger = await createUser(t, { role: Role.Family, residentIds: [await applicant('路人乙', 75, null)] });
      await t.http.get(`/api/v1/residents/${person}/waitlist-homes`).set(auth(stranger.token)).expect(404);
      const operator = await createUser(t, { role: Role.Operator, facilityIds: [await createFacility(t, admin)] });
      await t.http.get(`/api/v1/residents/${person}/waitlist-homes`).set(auth(operator.token)).expect(403);
      await t.http.get(`/api/v1/residents/${person}/waitlist-homes`).set(auth(admin)).expect(200);
    });
  });
});
