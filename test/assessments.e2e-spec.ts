import { Role } from '@yiyang/auth';
import { adminToken, createResident, createTestApp, createUser, fullMarks, importTestRegions, YUBEI, type CreatedUser, type TestApp } from '@yiyang/testing';

const NO_CONDITIONS = { coma: false, dementiaDiagnosis: false, psychiatricDiagnosis: false, riskEvents30d: 0 };

describe('capability assessments', () => {
  let t: TestApp;
  let admin: string;
  let assessor: CreatedUser;
  let family: CreatedUser;
  let residentId: string;
  let otherId: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    assessor = await createUser(t, { role: Role.Assessor, regionCode: YUBEI });
    residentId = (await createResident(t, admin, { name: '周玉兰' })).id;
    otherId = (await createResident(t, admin, { name: '吴永福' })).id;
    family = await createUser(t, { role: Role.Family, residentIds: [residentId] });
  });
  afterAll(() => t?.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const assess = (token: string, body: object) => t.http.post('/api/v1/assessments').set(auth(token)).send(body);
  const base = { residentId: '', instrument: 'gbt-42195-2022', reason: 'first', assessedOn: '2025-03-10', conditions: NO_CONDITIONS };

  it('publishes the instruments with bilingual items, enough to build a form', async () => {
    const { body } = await t.http.get('/api/v1/assessment-instruments').set(auth(family.token)).expect(200);
    expect(body.map((i: { code: string }) => i.code)).toEqual(['gbt-42195-2022', 'barthel', 'mzt-039-2013']);
    const gbt = body[0];
    expect(gbt.items).toHaveLength(26);
    expect(gbt.items.find((i: { code: string }) => i.code === 'stairs')).toEqual({ code: 'stairs', domain: 'mobility', text: { zh: '上下楼梯', en: 'Stairs' }, allowed: [0, 1, 2, 3] });
    expect(gbt.levels[4]).toEqual({ zh: '完全失能', en: 'Total loss' });
    expect(body.map((i: { conditions: string[] }) => i.conditions)).toEqual([
      ['coma', 'dementiaDiagnosis', 'psychiatricDiagnosis', 'riskEvents30d'],
      [],
      ['coma', 'dementiaDiagnosis', 'psychiatricDiagnosis', 'riskEvents30d'],
    ]);
  });

  it('scores an assessment and records why the level was raised', async () => {
    // 90 − 25 = 65 points: 中度失能 (2); a dementia diagnosis raises it to 重度失能 (3).
    const items = fullMarks({ eating: 0, grooming: 0, bathing: 0, dressing_upper: 0, dressing_lower: 0, urinary_control: 0, toileting: 3 });
    const { body } = await assess(assessor.token, { ...base, residentId, items, conditions: { ...NO_CONDITIONS, dementiaDiagnosis: true } }).expect(201);
    expect(body).toMatchObject({
      total: 65,
      domainScores: { self_care: 7, mobility: 15, mental: 28, perception_social: 15 },
      preliminaryLevel: 2,
      finalLevel: 3,
      finalLevelLabel: { zh: '重度失能', en: 'Severe loss' },
      adjustments: [{ rule: 'diagnosis', from: 2, to: 3, reason: { zh: expect.stringContaining('痴呆') } }],
      nextDueOn: '2025-09-10',
      assessorId: assessor.id,
      reasonLabel: { zh: '首次评估', en: 'First' },
    });
  });

  it('refuses missing and out-of-range items, a future date and an unknown version, storing nothing', async () => {
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment`);
    const items = fullMarks({ stairs: 4 });
    delete items.memory;
    const bad = await assess(assessor.token, { ...base, residentId, items, assessedOn: '2099-01-01' }).expect(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['assessedOn', 'items.memory', 'items.stairs']);
    await assess(assessor.token, { ...base, residentId, items: fullMarks(), version: '1999' }).expect(400);
    await assess(assessor.token, { ...base, residentId, items: fullMarks(), instrument: 'mmse' }).expect(400);
    const beforeBirth = await assess(assessor.token, { ...base, residentId, items: fullMarks(), assessedOn: '1930-01-01' }).expect(400);
    expect(beforeBirth.body.details[0]).toEqual({ field: 'assessedOn', messages: ['the person was not born yet'] });
    const conditions = await assess(assessor.token, { ...base, residentId, items: fullMarks(), conditions: { coma: 'yes' } }).expect(400);
    expect(conditions.body.details).toEqual([
      { field: 'conditions', messages: [expect.stringMatching(/missing: dementiaDiagnosis .*, psychiatricDiagnosis .*, riskEvents30d/)] },
      { field: 'conditions.coma', messages: ['coma must be a boolean value'] },
    ]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM assessment`))[0].n).toBe(n);
  });

  it('keeps signed assessments immutable; a correction is a new assessment, and only one per assessment', async () => {
    const { body: first } = await assess(assessor.token, { ...base, residentId, reason: 'routine', assessedOn: '2025-04-01', items: fullMarks() }).expect(201);
    await expect(t.dataSource.query(`UPDATE assessment SET final_level = 4 WHERE id = $1`, [first.id])).rejects.toThrow(/immutable/);
    await expect(t.dataSource.query(`DELETE FROM assessment WHERE id = $1`, [first.id])).rejects.toThrow(/immutable/);
    const { body: correction } = await assess(assessor.token, {
      ...base,
      residentId,
      reason: 'routine',
      assessedOn: '2025-04-01',
      items: fullMarks({ walking: 1 }),
      corrects: first.id,
    }).expect(201);
    expect(correction).toMatchObject({ correctsId: first.id, total: 87, finalLevel: 1 });
    await assess(assessor.token, { ...base, residentId, assessedOn: '2025-04-01', items: fullMarks(), corrects: first.id }).expect(409);
    await assess(assessor.token, { ...base, residentId: otherId, assessedOn: '2025-04-01', items: fullMarks(), corrects: correction.id }).expect(400);
    const history = await t.http.get(`/api/v1/residents/${residentId}/assessments`).set(auth(assessor.token)).expect(200);
    expect(history.body.find((a: { id: string }) => a.id === first.id).correctedById).toBe(correction.id);
  });

  it('scores the 2013 standard with its own coma rule', async () => {
    const { body } = await assess(assessor.token, {
      ...base,
      residentId: otherId,
      instrument: 'mzt-039-2013',
      assessedOn: '2024-01-05',
      items: { adl: 1, mental: 0, perception_communication: 0, social_participation: 1 },
      conditions: { ...NO_CONDITIONS, coma: true },
    }).expect(201);
    expect(body).toMatchObject({ instrument: 'mzt-039-2013', preliminaryLevel: 1, finalLevel: 3, finalLevelLabel: { zh: '重度失能' } });
  });

  it('lets a family member read their relative\'s assessments, nobody else\'s, and write none', async () => {
    const { body } = await t.http.get(`/api/v1/residents/${residentId}/assessments`).set(auth(family.token)).expect(200);
    expect(body[0]).toMatchObject({ residentId, finalLevel: expect.any(Number) });
    await t.http.get(`/api/v1/residents/${otherId}/assessments`).set(auth(family.token)).expect(404);
    await assess(family.token, { ...base, residentId, items: fullMarks() }).expect(403);
  });

  it('keeps assessors to their region', async () => {
    const elsewhere = await createUser(t, { role: Role.Assessor, regionCode: '330203000000' });
    await assess(elsewhere.token, { ...base, residentId, items: fullMarks() }).expect(404);
  });

  it('lists who is due: never assessed first, then the most overdue; current ones not at all', async () => {
    const fresh = (await createResident(t, admin, { name: '郑新' })).id;
    const today = new Date().toISOString().slice(0, 10);
    await assess(assessor.token, { ...base, residentId: fresh, assessedOn: today, items: fullMarks() }).expect(201);
    const { body } = await t.http.get(`/api/v1/assessments/due?regionCode=${YUBEI}&limit=100`).set(auth(assessor.token)).expect(200);
    const ids = body.items.map((d: { residentId: string }) => d.residentId);
    expect(ids).toContain(residentId); // latest standing assessment 2025-04-01 → due 2025-10-01
    expect(ids).toContain(otherId);
    expect(ids).not.toContain(fresh);
    const mine = body.items.find((d: { residentId: string }) => d.residentId === residentId);
    expect(mine).toMatchObject({ lastAssessedOn: '2025-04-01', nextDueOn: '2025-10-01', overdue: true, finalLevel: 1 });
    // otherId has only an MZ/T 039-2013 (legacy) assessment: it does not stand for the current standard.
    expect(body.items.find((d: { residentId: string }) => d.residentId === otherId)).toMatchObject({ lastAssessedOn: null, nextDueOn: null });
    const audited = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'read' AND entity = 'resident' AND actor_id = $1`, [assessor.id]);
    expect(audited[0].n).toBeGreaterThanOrEqual(body.items.length);
  });

  describe('safety risks (GB 38600) and incidents', () => {
    const nine = (level: string) =>
      Object.fromEntries(
        ['choking', 'wrong_intake', 'pressure_sore', 'scald', 'bed_fall', 'fall', 'wandering', 'harm', 'activity_accident'].map((risk) => [risk, { level }]),
      );

    it('records all nine risks with levels and measures, and refuses an incomplete register', async () => {
      const risks = { ...nine('low'), fall: { level: 'high', measures: '床栏、夜间巡视' } };
      const { body } = await t.http.post(`/api/v1/residents/${residentId}/safety-risks`).set(auth(assessor.token)).send({ assessedOn: '2025-03-10', reason: 'admission', risks }).expect(201);
      expect(body.risks.fall).toEqual({ level: 'high', measures: '床栏、夜间巡视' });
      const incomplete = { ...nine('low') } as Record<string, unknown>;
      delete incomplete.wandering;
      const bad = await t.http.post(`/api/v1/residents/${residentId}/safety-risks`).set(auth(assessor.token)).send({ assessedOn: '2025-03-10', reason: 'admission', risks: incomplete }).expect(400);
      expect(bad.body.details).toEqual([{ field: 'risks', messages: [expect.stringContaining('not assessed: wandering (走失)')] }]);
      const list = await t.http.get(`/api/v1/residents/${residentId}/safety-risks`).set(auth(family.token)).set('X-Request-Id', 'risks-read').expect(200);
      expect(list.body).toHaveLength(1);
      expect(await t.dataSource.query(`SELECT entity, entity_id FROM audit_log WHERE request_id = 'risks-read'`)).toEqual([
        { entity: 'resident_safety_risks', entity_id: residentId },
      ]);
    });

    it('records an incident with its handling and when the family was told', async () => {
      // An operator whose facilities do not serve the person cannot record or read their incidents.
      const operatorToken = (await createUser(t, { role: Role.Operator, facilityIds: ['4f6d1a52-0000-4000-8000-0000000000aa'] })).token;
      const valid = { occurredAt: '2025-06-03T07:40:00+08:00', risk: 'fall', description: '滑倒' };
      await t.http.post(`/api/v1/residents/${residentId}/incidents`).set(auth(operatorToken)).send(valid).expect(404);
      await t.http.get(`/api/v1/residents/${residentId}/incidents`).set(auth(operatorToken)).expect(404);
      const future = await t.http.post(`/api/v1/residents/${residentId}/incidents`).set(auth(admin)).send({ ...valid, familyNotifiedAt: '2099-01-01T00:00:00Z' }).expect(400);
      expect(future.body.details[0].field).toBe('familyNotifiedAt');
      const { body } = await t.http
        .post(`/api/v1/residents/${residentId}/incidents`)
        .set(auth(admin))
        .send({ occurredAt: '2025-06-03T07:40:00+08:00', risk: 'fall', description: '起夜时在卫生间滑倒', handling: '检查无骨折，已就医', familyNotifiedAt: '2025-06-03T08:05:00+08:00', notificationChannel: 'phone', notifiedPerson: '女儿' })
        .expect(201);
      expect(body).toMatchObject({ risk: 'fall', occurredAt: '2025-06-02T23:40:00.000Z', familyNotifiedAt: '2025-06-03T00:05:00.000Z' });
      const early = await t.http
        .post(`/api/v1/residents/${residentId}/incidents`)
        .set(auth(admin))
        .send({ occurredAt: '2025-06-03T07:40:00+08:00', risk: 'fall', description: 'x', familyNotifiedAt: '2025-06-03T07:00:00+08:00' })
        .expect(400);
      expect(early.body.details[0].field).toBe('familyNotifiedAt');
      const list = await t.http.get(`/api/v1/residents/${residentId}/incidents`).set(auth(family.token)).expect(200);
      expect(list.body).toHaveLength(1);
    });
  });
});
