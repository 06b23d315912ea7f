import { Role } from '@yiyang/auth';
import {
  adminToken,
  bedsLayout,
  createFacility,
  createResident,
  createTestApp,
  createUser,
  fullMarks,
  importTestRegions,
  NINE_RISKS,
  YUBEI,
  type TestApp,
} from '@yiyang/testing';

const NO_CONDITIONS = { coma: false, dementiaDiagnosis: false, psychiatricDiagnosis: false, riskEvents30d: 0 };
const BARTHEL_FULL = { feeding: 10, bathing: 5, grooming: 5, dressing: 10, bowels: 10, bladder: 10, toilet_use: 10, transfer: 15, mobility: 15, stairs: 10 };

/** "The nine risks" of GB 38600 and an instrument's conditions are complete sets: less is a 400 naming what is missing. */
describe('complete required sets', () => {
  let t: TestApp;
  let admin: string;
  let beds: string[];

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    const facility = await createFacility(t, admin);
    const { body } = await t.http
      .post(`/api/v1/facilities/${facility}/beds/bulk`)
      .set(auth(admin))
      .send({ openedOn: '2024-01-01', beds: bedsLayout(4) })
      .expect(201);
    beds = body.items.map((bed: { id: string }) => bed.id);
  });
  afterAll(() => t?.close());

  function auth(token: string) {
    return { Authorization: `Bearer ${token}` };
  }
  const count = async (table: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const messages = (body: { details: { field: string; messages: string[] }[] }, field: string) =>
    body.details.filter((detail) => detail.field === field).flatMap((detail) => detail.messages);

  describe('the nine safety risks of GB 38600', () => {
    const admit = (residentId: string, safetyRisks: unknown) =>
      t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId, bedId: beds[0], admittedOn: '2025-06-01', safetyRisks });
    const register = (residentId: string, risks: unknown) =>
      t.http.post(`/api/v1/residents/${residentId}/safety-risks`).set(auth(admin)).send({ assessedOn: '2025-05-20', reason: 'admission', risks });

    it('refuses an admission with an empty list of risks, naming all nine, and records nothing', async () => {
      const person = (await createResident(t, admin)).id;
      const [stays, registers] = [await count('stay'), await count('safety_risk_assessment')];
      for (const empty of [[], {}]) {
        const { body } = await admit(person, empty).expect(400);
        const [message] = messages(body, 'safetyRisks');
        for (const risk of ['choking', 'wrong_intake', 'pressure_sore', 'scald', 'bed_fall', 'fall', 'wandering', 'harm', 'activity_accident']) {
          expect(message).toContain(risk);
        }
      }
      expect([await count('stay'), await count('safety_risk_assessment')]).toEqual([stays, registers]);
    });

    it('names the risks a partial list lacks, and a risk given without a level', async () => {
      const person = (await createResident(t, admin)).id;
      const { wandering: _wandering, harm: _harm, ...partial } = NINE_RISKS;
      const missing = await admit(person, partial).expect(400);
      const [message] = messages(missing.body, 'safetyRisks');
      expect(message).toMatch(/wandering \(走失\)/);
      expect(message).toMatch(/harm \(他伤和自伤\)/);
      expect(message).not.toMatch(/choking/);
      for (const levelless of [[], {}, { measures: '专人看护' }]) {
        const { body } = await admit(person, { ...NINE_RISKS, choking: levelless }).expect(400);
        expect(messages(body, 'safetyRisks').join(' ')).toMatch(/choking \(噎食\)/);
      }
    });

    it('refuses an empty register, which would otherwise let the next admission go without risks', async () => {
      const person = (await createResident(t, admin)).id;
      const registers = await count('safety_risk_assessment');
      for (const empty of [[], {}, [NINE_RISKS]]) {
        const { body } = await register(person, empty).expect(400);
        expect(messages(body, 'risks').join(' ')).toMatch(/choking \(噎食\)/);
      }
      expect(await count('safety_risk_assessment')).toBe(registers);
      const unassessed = await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: person, bedId: beds[1], admittedOn: '2025-06-01' }).expect(400);
      expect(unassessed.body.details[0].field).toBe('safetyRisks');
      // A register stored whole before is what counts, not any row: one left empty before this rule does not.
      await t.dataSource.query(`INSERT INTO safety_risk_assessment (resident_id, assessed_on, reason, risks) VALUES ($1, '2025-05-25', 'admission', '{}')`, [person]);
      await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: person, bedId: beds[1], admittedOn: '2025-06-01' }).expect(400);
      await register(person, NINE_RISKS).expect(201);
      await t.http.post('/api/v1/admissions').set(auth(admin)).send({ residentId: person, bedId: beds[1], admittedOn: '2025-06-01' }).expect(201);
    });

    it('holds a transfer and a waiting-list acceptance that bring risks to the same rule', async () => {
      const person = (await createResident(t, admin)).id;
      const { body: stay } = await admit(person, NINE_RISKS).expect(201);
      const transfer = await t.http.post(`/api/v1/admissions/${stay.id}/transfer`).set(auth(admin)).send({ bedId: beds[2], on: '2025-06-02', safetyRisks: [] }).expect(400);
      expect(messages(transfer.body, 'safetyRisks').join(' ')).toMatch(/activity_accident/);
      const entry = '4f6d1a52-0000-4000-8000-0000000000e1';
      const accept = await t.http.post(`/api/v1/waitlist/${entry}/accept`).set(auth(admin)).send({ safetyRisks: { fall: { level: 'low' } } }).expect(400);
      expect(messages(accept.body, 'safetyRisks').join(' ')).toMatch(/choking/);
    });
  });

  describe('the conditions an instrument needs', () => {
    const assess = (residentId: string, body: object) =>
      t.http
        .post('/api/v1/assessments')
        .set(auth(admin))
        .send({ residentId, instrument: 'gbt-42195-2022', reason: 'first', assessedOn: '2025-03-10', items: fullMarks(), ...body });

    it('refuses conditions sent as an empty list, naming each condition GB/T 42195 needs, and stores nothing', async () => {
      const person = (await createResident(t, admin)).id;
      const before = await count('assessment');
      for (const empty of [[], {}]) {
        const { body } = await assess(person, { conditions: empty }).expect(400);
        const [message] = messages(body, 'conditions');
        for (const condition of ['coma', 'dementiaDiagnosis', 'psychiatricDiagnosis', 'riskEvents30d']) expect(message).toContain(condition);
      }
      expect(await count('assessment')).toBe(before);
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment WHERE conditions = '{}'::jsonb`)).toEqual([{ n: 0 }]);
    });

    it('names the one condition left out', async () => {
      const person = (await createResident(t, admin)).id;
      const { riskEvents30d: _left, ...partial } = NO_CONDITIONS;
      const { body } = await assess(person, { conditions: partial }).expect(400);
      expect(messages(body, 'conditions')).toEqual([expect.stringMatching(/riskEvents30d/)]);
      expect(messages(body, 'conditions')[0]).not.toMatch(/coma/);
      await assess(person, { instrument: 'mzt-039-2013', items: { adl: 0, mental: 0, perception_communication: 0, social_participation: 0 }, conditions: partial }).expect(400);
      await assess(person, { conditions: NO_CONDITIONS }).expect(201);
    });

    it('asks the Barthel Index, which no condition changes, for none', async () => {
      const assessor = await createUser(t, { role: Role.Assessor, regionCode: YUBEI });
      const person = (await createResident(t, admin)).id;
      const { body } = await t.http
        .post('/api/v1/assessments')
        .set(auth(assessor.token))
        .send({ residentId: person, instrument: 'barthel', reason: 'first', assessedOn: '2025-03-10', items: BARTHEL_FULL, conditions: { coma: false } })
        .expect(201);
      expect(body).toMatchObject({ instrument: 'barthel', conditions: { coma: false }, finalLevel: 0 });
      await assess(person, { instrument: 'barthel', items: BARTHEL_FULL, conditions: [] }).expect(400);
    });
  });
});
