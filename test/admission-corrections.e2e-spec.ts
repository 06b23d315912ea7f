import { Role } from '@yiyang/auth';
import { today } from '@yiyang/core';
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
});
