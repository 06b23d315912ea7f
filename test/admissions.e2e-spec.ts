import { Role } from '@yiyang/auth';
import { today } from '@yiyang/core';
import {
  adminToken,
  assessAtLevel,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  HAISHU,
  assessSafetyRisks,
  importTestRegions,
  NINE_RISKS,
  YUBEI,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';

describe('stays: admissions, transfers, discharges', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
  });
  afterAll(() => t?.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  /** Admits with the nine safety risks assessed, as GB 38600 wants, unless the body says otherwise. */
  const admit = (token: string, body: object) => t.http.post('/api/v1/admissions').set(auth(token)).send({ safetyRisks: NINE_RISKS, ...body });

  /** A facility with beds opened 2024-01-01; returns the facility and bed ids by code. */
  async function facilityWithBeds(count: number, options: { careType?: number; name?: string } = {}) {
    const facility = await createFacility(t, admin, options.name ? { name: options.name } : {});
    const { body } = await t.http
      .post(`/api/v1/facilities/${facility}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2024-01-01', beds: bedsLayout(count, { careType: options.careType ?? 0 }) })
      .expect(201);
    const beds: Record<string, string> = Object.fromEntries(body.items.map((bed: { code: string; id: string }) => [bed.code, bed.id]));
    return { facility, beds, ids: body.items.map((bed: { id: string }) => bed.id) as string[] };
  }

  describe('under concurrency', () => {
    it('admits at most one person per bed and one bed per person when 200 admissions race for 20 beds', async () => {
      const first = await facilityWithBeds(10);
      const second = await facilityWithBeds(10);
      const beds = [...first.ids, ...second.ids];
      const people: string[] = [];
      for (let n = 0; n < 40; n += 1) people.push((await createResident(t, admin, { name: `并发${n}` })).id);
      const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

      const responses = await Promise.all(
        Array.from({ length: 200 }, () => admit(admin, { residentId: pick(people), bedId: pick(beds), admittedOn: '2025-06-01' })),
      );

      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status !== 201 && status !== 409)).toEqual([]);
      for (const refusal of responses.filter((response) => response.status === 409)) {
        expect(refusal.body.details?.[0]?.field ?? refusal.body.message).toMatch(/bedId|residentId/);
      }
      const [perBed] = await t.dataSource.query(
        `SELECT max(n)::int AS most, sum(n)::int AS stays, count(*)::int AS beds FROM (SELECT count(*) AS n FROM stay WHERE bed_id = ANY($1::uuid[]) AND discharged_on IS NULL GROUP BY bed_id) x`,
        [beds],
      );
      const [perPerson] = await t.dataSource.query(
        `SELECT max(n)::int AS most FROM (SELECT count(*) AS n FROM stay WHERE resident_id = ANY($1::uuid[]) AND discharged_on IS NULL GROUP BY resident_id) x`,
        [people],
      );
      const admitted = statuses.filter((status) => status === 201).length;
      expect(perBed.most).toBe(1);
      expect(perPerson.most).toBe(1);
      expect(perBed.stays).toBe(admitted);
      expect(perBed.beds).toBe(admitted);
      expect(admitted).toBeGreaterThan(0);
      expect(admitted).toBeLessThanOrEqual(20);
      const boards = await Promise.all(
        [first.facility, second.facility].map((id) => t.http.get(`/api/v1/facilities/${id}/bed-board?date=2025-06-01`).set(auth(admin)).expect(200)),
      );
      expect(boards.reduce((sum, board) => sum + board.body.totals.occupied, 0)).toBe(admitted);
    });
  });

  describe('a month with admissions, transfers and discharges', () => {
    let facility: string;
    let beds: Record<string, string>;
    let moved: string;
    let stayer: string;
    let late: string;
    let movedStay: string;

    beforeAll(async () => {
      // Four beds opened 2024, the first care-type; a fifth opened 2025-06-21.
      ({ facility, beds } = await facilityWithBeds(4, { careType: 1 }));
      const { body: fifth } = await t.http
        .post(`/api/v1/facilities/${facility}/beds`)
        .set(auth(admin))
        .send({ code: '1-103-1', room: '103', careType: false, openedOn: '2025-06-21' })
        .expect(201);
      beds['1-103-1'] = fifth.id;
      await t.http.post(`/api/v1/beds/${beds['1-102-2']}/out-of-service`).set(auth(admin)).send({ from: '2025-06-01', until: '2025-06-06', reason: '维修' }).expect(200);
      moved = (await createResident(t, admin, { name: '王建国' })).id;
      stayer = (await createResident(t, admin, { name: '李明' })).id;
      late = (await createResident(t, admin, { name: '欧阳秀英' })).id;
      await assessAtLevel(t, admin, moved, 3, { assessedOn: '2025-05-01' });
      await assessAtLevel(t, admin, stayer, 1, { assessedOn: '2025-05-01' });
    });

    it('admits, transfers and discharges, each change in one transaction', async () => {
      const { body: stay } = await admit(admin, { residentId: moved, bedId: beds['1-101-2'], admittedOn: '2025-05-20' }).expect(201);
      expect(stay).toMatchObject({ residentName: '王*国', bedCode: '1-101-2', admittedOn: '2025-05-20', dischargedOn: null, funding: 'self_pay' });
      const { body: next } = await t.http.post(`/api/v1/admissions/${stay.id}/transfer`).set(auth(admin)).send({ bedId: beds['1-101-1'], on: '2025-06-11' }).expect(201);
      expect(next).toMatchObject({ bedCode: '1-101-1', admittedOn: '2025-06-11', transferredFromId: stay.id });
      movedStay = next.id;
      const { body: previous } = await t.http.get(`/api/v1/admissions/${stay.id}`).set(auth(admin)).expect(200);
      expect(previous).toMatchObject({ dischargedOn: '2025-06-11', dischargeReason: 'transfer' });
      const { body: out } = await t.http.post(`/api/v1/admissions/${next.id}/discharge`).set(auth(admin)).send({ on: '2025-06-21', reason: 'home' }).expect(200);
      expect(out).toMatchObject({ dischargedOn: '2025-06-21', dischargeReason: 'home' });
      await admit(admin, { residentId: stayer, bedId: beds['1-102-1'], admittedOn: '2025-06-16' }).expect(201);
      const { body: lateStay } = await admit(admin, { residentId: late, bedId: beds['1-103-1'], admittedOn: '2025-06-25' }).expect(201);
      expect(lateStay.residentName).toBe('欧**英');
    });

    it('computes occupied and available bed-days, the rate and the level-weighted count of the month', async () => {
      // Available: three beds all June (90) + one out of service 1–5 June (25) + one opened 21 June (10) = 125.
      // Occupied: 王 10 days in 1-101-2 and 10 in 1-101-1, 李 15 days (16–30), 欧阳 6 days (25–30) = 41.
      // Weighted (default weights 1:1.5, 3:3, unassessed 1): 20/30 × 3 + 15/30 × 1.5 + 6/30 × 1 = 2.95.
      const { body } = await t.http.get(`/api/v1/admissions/occupancy?month=2025-06&facilityId=${facility}`).set(auth(admin)).expect(200);
      expect(body).toEqual([
        expect.objectContaining({ facilityId: facility, availableBedDays: 125, occupiedBedDays: 41, occupancyRate: 0.328, levelWeightedOccupiedBeds: 2.95 }),
      ]);
      const { body: may } = await t.http.get(`/api/v1/admissions/occupancy?month=2025-05&facilityId=${facility}`).set(auth(admin)).expect(200);
      // May: four beds × 31 = 124 available; 王 from 20 May, 12 days at level 3 (standing since 1 May): 12/31 × 3.
      expect(may[0]).toMatchObject({ availableBedDays: 124, occupiedBedDays: 12, levelWeightedOccupiedBeds: Number(((12 / 31) * 3).toFixed(2)) });
      const future = await t.http.get(`/api/v1/admissions/occupancy?month=2099-01`).set(auth(admin)).expect(400);
      expect(future.body.details).toEqual([{ field: 'month', messages: ['the month has not begun'] }]);
    });

    it('counts a month in progress up to and including today', async () => {
      const { facility: small, beds: one } = await facilityWithBeds(1);
      const person = (await createResident(t, admin)).id;
      const month = today().slice(0, 7);
      await admit(admin, { residentId: person, bedId: one['1-101-1'], admittedOn: `${month}-01` }).expect(201);
      const { body } = await t.http.get(`/api/v1/admissions/occupancy?month=${month}&facilityId=${small}`).set(auth(admin)).expect(200);
      const day = Number(today().slice(8));
      expect(body[0]).toMatchObject({ availableBedDays: day, occupiedBedDays: day, occupancyRate: 1, levelWeightedOccupiedBeds: 1 });
    });

    it('uses the configured weights', async () => {
      const weighted = await createTestApp({ database: t.database, env: { SUBSIDY_LEVEL_WEIGHTS: '0:1,1:2,2:2,3:4,4:4' } });
      try {
        const token = await adminToken(weighted);
        const { body } = await weighted.http.get(`/api/v1/admissions/occupancy?month=2025-06&facilityId=${facility}`).set(auth(token)).expect(200);
        expect(body[0].levelWeightedOccupiedBeds).toBe(Number(((20 / 30) * 4 + (15 / 30) * 2 + 6 / 30).toFixed(2)));
      } finally {
        await weighted.close();
      }
    });

    it('lists the stays running on a date and shows occupants on the bed board', async () => {
      const { body } = await t.http.get(`/api/v1/admissions?facilityId=${facility}&active=true&date=2025-06-30`).set(auth(admin)).expect(200);
      expect(body.items.map((stay: { residentId: string }) => stay.residentId).sort()).toEqual([stayer, late].sort());
      const { body: board } = await t.http.get(`/api/v1/facilities/${facility}/bed-board?date=2025-06-15`).set(auth(admin)).expect(200);
      const all = board.floors.flatMap((floor: { rooms: { beds: object[] }[] }) => floor.rooms.flatMap((room) => room.beds));
      const byCode = Object.fromEntries(all.map((bed: { code: string }) => [bed.code, bed]));
      expect(byCode['1-101-2']).toMatchObject({ status: 'vacant', occupant: null });
      expect(byCode['1-101-1']).toMatchObject({ status: 'occupied', occupant: '王*国', stayId: movedStay, careType: true });
      expect(byCode['1-101-1']).not.toHaveProperty('residentId');
      expect(byCode['1-102-1']).toMatchObject({ status: 'vacant' });
      expect(board.totals).toMatchObject({ occupied: 1, vacant: 3 });
    });

    it('lists one bed\'s stays, newest first, for the bed drawer', async () => {
      const { body } = await t.http.get(`/api/v1/admissions?bedId=${beds['1-101-1']}`).set(auth(admin)).expect(200);
      expect(body.items.map((stay: { id: string; residentName: string; bedCode: string }) => [stay.id, stay.residentName, stay.bedCode])).toEqual([[movedStay, '王*国', '1-101-1']]);
      const { body: none } = await t.http.get(`/api/v1/admissions?bedId=${beds['1-102-2']}`).set(auth(admin)).expect(200);
      expect(none).toMatchObject({ total: 0, items: [] });
      const bad = await t.http.get('/api/v1/admissions?bedId=not-a-bed').set(auth(admin)).expect(400);
      expect(JSON.stringify(bad.body.details)).toContain('bedId');
    });

    it('reports people needing a care-type bed who lie in a general one', async () => {
      const before = await t.http.get(`/api/v1/admissions/care-mismatch?date=2025-06-05&facilityId=${facility}`).set(auth(admin)).expect(200);
      expect(before.body).toEqual([
        expect.objectContaining({ residentId: moved, residentName: '王*国', bedCode: '1-101-2', level: 3, levelLabel: { zh: '重度失能', en: 'Severe loss' } }),
      ]);
      // After the move to the care-type bed, nobody; 李 (level 1) in a general bed is no mismatch.
      const after = await t.http.get(`/api/v1/admissions/care-mismatch?date=2025-06-20&regionCode=${YUBEI}`).set(auth(admin)).expect(200);
      expect(after.body.filter((row: { facilityId: string }) => row.facilityId === facility)).toEqual([]);
      const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
      const outside = await t.http.get(`/api/v1/admissions/care-mismatch?date=2025-06-05`).set(auth(officer.token)).expect(200);
      expect(outside.body).toEqual([]);
    });
  });

  describe('bad input and refusals', () => {
    let facility: string;
    let beds: Record<string, string>;
    let person: string;
    let other: string;
    let stay: { id: string };
    let operator: CreatedUser;

    beforeAll(async () => {
      ({ facility, beds } = await facilityWithBeds(6));
      person = (await createResident(t, admin)).id;
      other = (await createResident(t, admin)).id;
      operator = await createUser(t, { role: Role.Operator, facilityIds: [facility] });
      stay = (await admit(admin, { residentId: person, bedId: beds['1-101-1'], admittedOn: '2025-03-01' }).expect(201)).body;
      await t.http.post(`/api/v1/beds/${beds['1-102-1']}/close`).set(auth(admin)).send({ on: '2025-02-01' }).expect(200);
      await t.http.post(`/api/v1/beds/${beds['1-102-2']}/out-of-service`).set(auth(admin)).send({ from: '2025-02-01', reason: '消杀' }).expect(200);
    });

    const stayCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM stay`))[0].n as number;

    it('refuses occupied, closed and out-of-service beds with 409 and the reason, changing nothing', async () => {
      const before = await stayCount();
      const occupied = await admit(admin, { residentId: other, bedId: beds['1-101-1'], admittedOn: '2025-04-01' }).expect(409);
      expect(occupied.body.details).toEqual([{ field: 'bedId', messages: ['the bed is occupied on that date'] }]);
      const backdated = await admit(admin, { residentId: other, bedId: beds['1-101-1'], admittedOn: '2025-01-01' }).expect(409);
      expect(backdated.body.details[0].field).toBe('bedId'); // an open stay from 2025-01-01 would overlap
      const closed = await admit(admin, { residentId: other, bedId: beds['1-102-1'], admittedOn: '2025-04-01' }).expect(409);
      expect(closed.body.message).toMatch(/closed/);
      const repair = await admit(admin, { residentId: other, bedId: beds['1-102-2'], admittedOn: '2025-04-01' }).expect(409);
      expect(repair.body.message).toMatch(/out of service/);
      const twice = await admit(admin, { residentId: person, bedId: beds['1-101-2'], admittedOn: '2025-05-01' }).expect(409);
      expect(twice.body.details).toEqual([{ field: 'residentId', messages: ['the person already has a stay on that date'] }]);
      expect(await stayCount()).toBe(before);
    });

    it('refuses a discharge before admission (400), a transfer to the same bed (422), and a malformed body (400)', async () => {
      const before = await stayCount();
      const early = await t.http.post(`/api/v1/admissions/${stay.id}/discharge`).set(auth(admin)).send({ on: '2025-02-01', reason: 'home' }).expect(400);
      expect(early.body.details[0].field).toBe('on');
      await t.http.post(`/api/v1/admissions/${stay.id}/discharge`).set(auth(admin)).send({ on: '2025-04-01', reason: 'holiday' }).expect(400);
      const same = await t.http.post(`/api/v1/admissions/${stay.id}/transfer`).set(auth(admin)).send({ bedId: beds['1-101-1'], on: '2025-04-01' }).expect(422);
      expect(same.body.message).toMatch(/another bed/);
      const bad = await admit(admin, { residentId: 'nobody', bedId: beds['1-101-2'], admittedOn: '2025-02-30', funding: 'lottery' }).expect(400);
      expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['admittedOn', 'funding', 'residentId']);
      const { body: running } = await t.http.get(`/api/v1/admissions/${stay.id}`).set(auth(admin)).expect(200);
      expect(running.dischargedOn).toBeNull();
      expect(await stayCount()).toBe(before);
    });

    it('refuses a bed that closes or leaves service during the stay, a home bed, a future date, and admission without safety risks', async () => {
      const before = await stayCount();
      const { beds: later } = await facilityWithBeds(3);
      await t.http.post(`/api/v1/beds/${later['1-101-1']}/close`).set(auth(admin)).send({ on: '2025-09-01' }).expect(200);
      await t.http.post(`/api/v1/beds/${later['1-101-2']}/out-of-service`).set(auth(admin)).send({ from: '2025-08-01', until: '2025-08-10', reason: '维修' }).expect(200);
      const closing = await admit(admin, { residentId: other, bedId: later['1-101-1'], admittedOn: '2025-06-01' }).expect(409);
      expect(closing.body.details).toEqual([{ field: 'bedId', messages: ['the bed closes on 2025-09-01'] }]);
      const repair = await admit(admin, { residentId: other, bedId: later['1-101-2'], admittedOn: '2025-06-01' }).expect(409);
      expect(repair.body.details).toEqual([{ field: 'bedId', messages: ['the bed is out of service from 2025-08-01'] }]);
      const { body: home } = await t.http
        .post(`/api/v1/facilities/${facility}/beds`)
        .set(auth(admin))
        .send({ code: 'H1', careType: true, setting: 'home', homeRegionCode: '500112002001', openedOn: '2024-03-01' })
        .expect(201);
      await admit(admin, { residentId: other, bedId: home.id, admittedOn: '2025-06-01' }).expect(422);
      const future = await admit(admin, { residentId: other, bedId: later['1-102-1'], admittedOn: '2099-01-01' }).expect(400);
      expect(future.body.details).toEqual([{ field: 'admittedOn', messages: ['admittedOn cannot lie in the future'] }]);
      const unassessed = await admit(admin, { residentId: other, bedId: later['1-102-1'], admittedOn: '2025-06-01', safetyRisks: undefined }).expect(400);
      expect(unassessed.body.details[0].field).toBe('safetyRisks');
      const notTekun = await admit(admin, { residentId: other, bedId: later['1-102-1'], admittedOn: '2025-06-01', funding: 'tekun_centralized' }).expect(400);
      expect(notTekun.body.details[0].field).toBe('funding');
      expect(await stayCount()).toBe(before);
      // Safety risks assessed in the 30 days before will do.
      const fresh = (await createResident(t, admin)).id;
      await assessSafetyRisks(t, admin, fresh, '2025-05-20');
      await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: fresh, bedId: later['1-102-1'], admittedOn: '2025-06-01' }).expect(201);
    });

    it('holds a transfer to another facility to that facility\'s rules, and ends the person\'s application there', async () => {
      const { facility: strict, beds: strictBeds } = await facilityWithBeds(2);
      const { body: defaults } = await t.http.get(`/api/v1/facilities/${strict}/admission-policy`).set(auth(admin)).expect(200);
      await t.http.put(`/api/v1/facilities/${strict}/admission-policy`).set(auth(admin)).send({ requiresAssessment: true, waitlist: defaults.waitlist }).expect(200);
      const mover = (await createResident(t, admin)).id;
      const { body: stay } = await admit(admin, { residentId: mover, bedId: beds['1-103-2'], admittedOn: '2025-05-01' }).expect(201);
      const { body: application } = await t.http.post(`/api/v1/facilities/${strict}/waitlist`).set(auth(admin)).send({ residentId: mover }).expect(201);
      await t.http.post(`/api/v1/admissions/${stay.id}/transfer`).set(auth(admin)).send({ bedId: strictBeds['1-101-1'], on: '2025-06-01' }).expect(422);
      await assessAtLevel(t, admin, mover, 2, { assessedOn: '2025-05-20' });
      // Moving to another facility is an admission there: GB 38600's risks again (the last were 31 days before).
      const risks = await t.http.post(`/api/v1/admissions/${stay.id}/transfer`).set(auth(admin)).send({ bedId: strictBeds['1-101-1'], on: '2025-06-01' }).expect(400);
      expect(risks.body.details[0].field).toBe('safetyRisks');
      await t.http
        .post(`/api/v1/admissions/${stay.id}/transfer`)
        .set(auth(admin))
        .send({ bedId: strictBeds['1-101-1'], on: '2025-06-01', safetyRisks: NINE_RISKS })
        .expect(201);
      const [entry] = await t.dataSource.query(`SELECT status FROM waitlist_entry WHERE id = $1`, [application.entryId]);
      expect(entry.status).toBe('admitted');
    });

    it('refuses to close, or take out of service, a bed someone lies in, or close the facility around them', async () => {
      const close = await t.http.post(`/api/v1/beds/${beds['1-101-1']}/close`).set(auth(admin)).send({ on: '2025-06-01' }).expect(409);
      expect(close.body.message).toMatch(/occupied from 2025-03-01/);
      await t.http.post(`/api/v1/beds/${beds['1-101-1']}/out-of-service`).set(auth(admin)).send({ from: '2025-06-01', until: '2025-06-03', reason: '维修' }).expect(409);
      await t.http.post(`/api/v1/facilities/${facility}/close`).set(auth(admin)).send({ on: '2025-06-01' }).expect(409);
    });

    it('allows backdating within open reporting periods only', async () => {
      await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: '2025-03-31' }).expect(200);
      try {
        await admit(admin, { residentId: other, bedId: beds['1-101-2'], admittedOn: '2025-03-15' }).expect(409);
        await t.http.post(`/api/v1/admissions/${stay.id}/discharge`).set(auth(admin)).send({ on: '2025-03-20', reason: 'home' }).expect(409);
        await admit(admin, { residentId: other, bedId: beds['1-101-2'], admittedOn: '2025-04-01' }).expect(201);
      } finally {
        await t.http.put('/api/v1/reporting/closed-through').set(auth(admin)).send({ closedThrough: null }).expect(200);
      }
    });

    it('keeps operators to their own facilities and families to reading their relative', async () => {
      const { facility: elsewhere, beds: elsewhereBeds } = await facilityWithBeds(2);
      await admit(operator.token, { residentId: person, bedId: elsewhereBeds['1-101-1'], admittedOn: '2025-06-01' }).expect(404);
      const { body: theirs } = await admit(admin, { residentId: (await createResident(t, admin)).id, bedId: elsewhereBeds['1-101-2'], admittedOn: '2025-06-01' }).expect(201);
      await t.http.get(`/api/v1/admissions?facilityId=${elsewhere}`).set(auth(operator.token)).expect(200).expect(({ body }) => expect(body.total).toBe(0));
      await t.http.get(`/api/v1/admissions/${theirs.id}`).set(auth(operator.token)).expect(404);
      await t.http.post(`/api/v1/admissions/${theirs.id}/discharge`).set(auth(operator.token)).send({ on: '2025-07-01', reason: 'home' }).expect(404);
      const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: HAISHU });
      await t.http.get(`/api/v1/admissions/occupancy?month=2025-06`).set(auth(officer.token)).expect(200).expect(({ body }) => expect(body).toEqual([]));
      const family = await createUser(t, { role: Role.Family, residentIds: [person] });
      const { body } = await t.http.get('/api/v1/admissions').set(auth(family.token)).expect(200);
      expect(body.items.map((s: { residentId: string }) => s.residentId)).toEqual([person]);
      const [read] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'read' AND entity = 'resident' AND entity_id = $1 AND actor_id = $2`, [person, family.id]);
      expect(read.n).toBe(1);
      await admit(family.token, { residentId: person, bedId: beds['1-103-1'], admittedOn: '2025-06-01' }).expect(403);
      await t.http.get(`/api/v1/admissions/occupancy?month=2025-06`).set(auth(family.token)).expect(403);
    });

    it('refuses a person without a current assessment where the facility requires one, and records admission safety risks', async () => {
      const policy = await t.http.get(`/api/v1/facilities/${facility}/admission-policy`).set(auth(admin)).expect(200);
      await t.http.put(`/api/v1/facilities/${facility}/admission-policy`).set(auth(admin)).send({ ...policy.body, requiresAssessment: true }).expect(400);
      await t.http
        .put(`/api/v1/facilities/${facility}/admission-policy`)
        .set(auth(admin))
        .send({ requiresAssessment: true, waitlist: policy.body.waitlist })
        .expect(200);
      const newcomer = (await createResident(t, admin)).id;
      const refused = await admit(admin, { residentId: newcomer, bedId: beds['1-103-1'], admittedOn: '2026-01-10' }).expect(422);
      expect(refused.body.message).toMatch(/capability assessment/);
      await assessAtLevel(t, admin, newcomer, 2, { assessedOn: '2026-01-05' });
      const safetyRisks: Record<string, object> = Object.fromEntries(
        ['choking', 'wrong_intake', 'pressure_sore', 'scald', 'bed_fall', 'fall', 'wandering', 'harm', 'activity_accident'].map((risk) => [risk, { level: 'low' }]),
      );
      safetyRisks.choking = { level: 'high', measures: '软食，专人看护进食' };
      await admit(admin, { residentId: newcomer, bedId: beds['1-103-1'], admittedOn: '2026-01-10', safetyRisks }).expect(201);
      const { body: risks } = await t.http.get(`/api/v1/residents/${newcomer}/safety-risks`).set(auth(admin)).expect(200);
      expect(risks[0]).toMatchObject({ assessedOn: '2026-01-10', reason: 'admission', risks: { choking: { level: 'high' } } });
    });
  });
});
