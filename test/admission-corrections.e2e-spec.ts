import { Role } from '@yiyang/auth';
import { addDays, today } from '@yiyang/core';
import {
  adminToken,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  HAISHU_TOWNSHIP,
  importTestRegions,
  NINE_RISKS,
  YUBEI,
  YUBEI_TOWNSHIP,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';


describe('admissions: who holds a bed, and putting mistakes right', () => {
  let t: TestApp;
  let admin: string;
  let facilityA: string;
  let facilityB: string;
  let operatorA: CreatedUser;
  let operatorB: CreatedUser;
  const beds: Record<string, string> = {};

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const admit = (token: string, body: object) => t.http.post('/api/v1/admissions').set(auth(token)).send({ safetyRisks: NINE_RISKS, ...body });
  const person = async (name: string, facilityId = facilityA, token = operatorA.token) => (await createResident(t, token, { name, facilityId })).id;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    facilityA = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP, openedOn: '2020-01-01' });
    facilityB = await createFacility(t, admin, { regionCode: HAISHU_TOWNSHIP, openedOn: '2020-01-01' });
    operatorA = await createUser(t, { role: Role.Operator, facilityIds: [facilityA] });
    operatorB = await createUser(t, { role: Role.Operator, facilityIds: [facilityB] });
    for (const facility of [facilityA, facilityB]) {
      const { body } = await t.http.post(`/api/v1/facilities/${facility}/beds/bulk`).set(auth(admin)).send({ openedOn: '2024-01-01', beds: bedsLayout(10) }).expect(201);
      for (const bed of body.items) beds[`${facility === facilityA ? 'A' : 'B'}${bed.code}`] = bed.id;
    }
  });
  afterAll(() => t?.close());

  describe('a bed someone else holds', () => {
    it('answers 409 naming the holder (masked), the stay and since when, for an admission and a transfer', async () => {
      const holder = await admit(operatorA.token, { residentId: await person('张大山'), bedId: beds['A1-101-1'], admittedOn: '2025-03-01' }).expect(201);

      const late = await admit(operatorA.token, { residentId: await person('王小明'), bedId: beds['A1-101-1'], admittedOn: today() }).expect(409);
      expect(late.body.details).toEqual([{ field: 'bedId', messages: ['the bed is occupied on that date'] }]);
      expect(late.body.heldBy).toEqual({ stayId: holder.body.id, occupant: '张*山', since: '2025-03-01', until: null });
      expect(late.body.message).toContain('张*山');

      // Backdated to before the holder came: the bed is theirs from 2025-03-01 on, so it is refused, naming them.
      const backdated = await admit(operatorA.token, { residentId: await person('赵一'), bedId: beds['A1-101-1'], admittedOn: '2025-01-01' }).expect(409);
      expect(backdated.body.heldBy).toMatchObject({ stayId: holder.body.id, since: '2025-03-01' });

      const mover = await admit(operatorA.token, { residentId: await person('钱二'), bedId: beds['A1-101-2'], admittedOn: '2025-04-01' }).expect(201);
      const transfer = await t.http.post(`/api/v1/admissions/${mover.body.id}/transfer`).set(auth(operatorA.token)).send({ bedId: beds['A1-101-1'], on: today() }).expect(409);
      expect(transfer.body.heldBy).toMatchObject({ stayId: holder.body.id, occupant: '张*山' });
    });

    it('tells nobody outside the bed\'s facility who holds it: 404', async () => {
      const other = await person('孙三', facilityB, operatorB.token);
      const refused = await admit(operatorB.token, { residentId: other, bedId: beds['A1-101-1'], admittedOn: today() }).expect(404);
      expect(refused.body.heldBy).toBeUndefined();
    });
  });

  describe('leaving the day they came, and voiding a mistaken admission', () => {
    let facilityC: string;
    let operatorC: CreatedUser;
    let tekun: string;
    let bedC: string;
    const month = today().slice(0, 7);

    beforeAll(async () => {
      facilityC = await createFacility(t, admin, { regionCode: YUBEI_TOWNSHIP, openedOn: '2020-01-01', name: '纠错测试院' });
      operatorC = await createUser(t, { role: Role.Operator, facilityIds: [facilityC] });
      const { body } = await t.http.post(`/api/v1/facilities/${facilityC}/beds/bulk`).set(auth(admin)).send({ openedOn: '2024-01-01', beds: bedsLayout(4) }).expect(201);
      bedC = body.items[0].id;
      tekun = (await createResident(t, operatorC.token, { name: '周特困', facilityId: facilityC, categories: ['tekun'], tekunSupportMode: 'dispersed', willingCentralized: true })).id;
    });

    /** What every reader says about bed C-1 and the 特困 person today. */
    async function everywhere() {
      const board = (await t.http.get(`/api/v1/facilities/${facilityC}/bed-board`).set(auth(operatorC.token)).expect(200)).body;
      const bed = (await t.http.get(`/api/v1/beds/${bedC}`).set(auth(operatorC.token)).expect(200)).body;
      const [occupancy] = (await t.http.get(`/api/v1/admissions/occupancy?month=${month}&facilityId=${facilityC}`).set(auth(operatorC.token)).expect(200)).body;
      const staying = (await t.http.get(`/api/v1/admissions?residentId=${tekun}&active=true`).set(auth(operatorC.token)).expect(200)).body;
      const kpi = (await t.http.get(`/api/v1/kpi?regionCode=${YUBEI}&month=${month}`).set(auth(admin)).expect(200)).body;
      const centralized = kpi.items.find((item: { indicator: string }) => item.indicator === 'tekun_willing_centralized_support_rate');
      return {
        board: { occupied: board.totals.occupied, vacant: board.totals.vacant },
        bed: bed.status,
        occupiedBedDays: occupancy.occupiedBedDays,
        staying: staying.total,
        centralized: [centralized.numerator, centralized.denominator],
      };
    }
    const nobody = { board: { occupied: 0, vacant: 4 }, bed: 'vacant', occupiedBedDays: 0, staying: 0, centralized: [0, 1] };
    const inBed = { board: { occupied: 1, vacant: 3 }, bed: 'occupied', occupiedBedDays: 1, staying: 1, centralized: [1, 1] };

    it('discharges on the day of admission: the bed is vacant again that day and nothing counts the stay', async () => {
      expect(await everywhere()).toEqual(nobody);
      const stay = await admit(operatorC.token, { residentId: tekun, bedId: bedC, admittedOn: today(), funding: 'tekun_centralized' }).expect(201);
      expect(await everywhere()).toEqual(inBed);

      const early = await t.http.post(`/api/v1/admissions/${stay.body.id}/discharge`).set(auth(operatorC.token)).send({ on: addDays(today(), -1), reason: 'home' }).expect(400);
      expect(early.body.details[0]).toMatchObject({ field: 'on' });
      await t.http.post(`/api/v1/admissions/${stay.body.id}/discharge`).set(auth(operatorC.token)).send({ on: addDays(today(), 1), reason: 'home' }).expect(400);
      const { body } = await t.http.post(`/api/v1/admissions/${stay.body.id}/discharge`).set(auth(operatorC.token)).send({ on: today(), reason: 'home' }).expect(200);
      expect(body).toMatchObject({ admittedOn: today(), dischargedOn: today(), dischargeReason: 'home' });
      expect(await everywhere()).toEqual(nobody);
    });

    it('voids an admission on its day: the bed is free, the stay is gone from every reader, the audit keeps it', async () => {
      // The same person, the same bed, the same day: the stay that ended on admission holds neither.
      const stay = await admit(operatorC.token, { residentId: tekun, bedId: bedC, admittedOn: today(), funding: 'tekun_centralized' }).expect(201);
      expect(await everywhere()).toEqual(inBed);

      const noReason = await t.http.post(`/api/v1/admissions/${stay.body.id}/void`).set(auth(operatorC.token)).send({}).expect(400);
      expect(noReason.body.details[0].field).toBe('reason');
      await t.http.post(`/api/v1/admissions/${stay.body.id}/void`).set(auth(operatorB.token)).send({ reason: '选错床位' }).expect(404);

      const { body } = await t.http.post(`/api/v1/admissions/${stay.body.id}/void`).set(auth(operatorC.token)).send({ reason: '选错床位' }).expect(200);
      expect(body).toMatchObject({ id: stay.body.id, residentId: tekun, residentName: '周*困', bedId: bedC, admittedOn: today(), reason: '选错床位', voidedBy: operatorC.id });
      expect(await everywhere()).toEqual(nobody);
      await t.http.get(`/api/v1/admissions/${stay.body.id}`).set(auth(operatorC.token)).expect(404);
      const all = (await t.http.get(`/api/v1/admissions?residentId=${tekun}`).set(auth(operatorC.token)).expect(200)).body;
      expect(all.items.map((item: { id: string }) => item.id)).not.toContain(stay.body.id);
      await t.http.post(`/api/v1/admissions/${stay.body.id}/void`).set(auth(operatorC.token)).send({ reason: 'again' }).expect(404);

      const [audit] = await t.dataSource.query(`SELECT actor_id, changes FROM audit_log WHERE action = 'void' AND entity = 'stay' AND entity_id = $1`, [stay.body.id]);
      expect(audit.actor_id).toBe(operatorC.id);
      expect(audit.changes).toMatchObject({ before: { id: stay.body.id, bed_id: bedC, admitted_on: today(), funding: 'tekun_centralized' }, after: { reason: '选错床位' } });

      // The bed is someone else's to take the same day.
      const next = await createResident(t, operatorC.token, { name: '吴下一位', facilityId: facilityC });
      await admit(operatorC.token, { residentId: next.id, bedId: bedC, admittedOn: today() }).expect(201);
    });

    it('refuses to void an admission after its day (422), and tells another facility nothing (404)', async () => {
      const person = (await createResident(t, operatorC.token, { name: '郑昨天', facilityId: facilityC })).id;
      const { body: beds } = await t.http.get(`/api/v1/facilities/${facilityC}/beds?status=vacant`).set(auth(operatorC.token)).expect(200);
      const yesterday = await admit(operatorC.token, { residentId: person, bedId: beds.items[0].id, admittedOn: addDays(today(), -1) }).expect(201);
      const late = await t.http.post(`/api/v1/admissions/${yesterday.body.id}/void`).set(auth(operatorC.token)).send({ reason: '录错' }).expect(422);
      expect(late.body.message).toContain('only on its day');
      await t.http.post(`/api/v1/admissions/${yesterday.body.id}/void`).set(auth(operatorB.token)).send({ reason: '录错' }).expect(404);
      expect((await t.http.get(`/api/v1/admissions/${yesterday.body.id}`).set(auth(operatorC.token)).expect(200)).body.dischargedOn).toBeNull();
    });
  });
});
