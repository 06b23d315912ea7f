import { BARTHEL, GBT_42195_2022, INSTRUMENTS, MZT_039_2013 } from '../instruments';
import { ASSESSMENT_CONDITIONS, type Instrument } from './instrument';
import { conditionProblems, itemProblems, mzt039Level, scoreAssessment, type AssessmentConditions } from './scoring';

const NONE: AssessmentConditions = { coma: false, dementiaDiagnosis: false, psychiatricDiagnosis: false, riskEvents30d: 0 };

/** GB/T 42195 items adding up to `total`: fill items to their maxima, then take points away in order. */
function itemsTotalling(total: number, instrument: Instrument = GBT_42195_2022): Record<string, number> {
  const items = Object.fromEntries(instrument.items.map((item) => [item.code, Math.max(...item.allowed)]));
  let excess = Object.values(items).reduce((a, b) => a + b, 0) - total;
  for (const item of instrument.items) {
    const take = Math.min(excess, items[item.code]);
    items[item.code] -= take;
    excess -= take;
  }
  return items;
}

describe('GB/T 42195-2022', () => {
  it('has 26 items in four domains adding up to 90 (32 + 15 + 28 + 15)', () => {
    expect(GBT_42195_2022.items).toHaveLength(26);
    const result = scoreAssessment(GBT_42195_2022, itemsTotalling(90), NONE);
    expect(result.domainScores).toEqual({ self_care: 32, mobility: 15, mental: 28, perception_social: 15 });
    expect(result.total).toBe(90);
  });

  it.each([
    [90, 0],
    [89, 1],
    [66, 1],
    [65, 2],
    [46, 2],
    [45, 3],
    [30, 3],
    [29, 4],
    [0, 4],
  ])('gives a total of %i the preliminary level %i', (total, level) => {
    const result = scoreAssessment(GBT_42195_2022, itemsTotalling(total), NONE);
    expect(result.total).toBe(total);
    expect(result.preliminaryLevel).toBe(level);
    expect(result.finalLevel).toBe(level);
    expect(result.adjustments).toEqual([]);
  });

  it('puts a person in a coma straight to 完全失能 (4), whatever the scores', () => {
    const result = scoreAssessment(GBT_42195_2022, itemsTotalling(70), { ...NONE, coma: true, dementiaDiagnosis: true });
    expect(result.preliminaryLevel).toBe(1);
    expect(result.finalLevel).toBe(4);
    expect(result.adjustments).toEqual([expect.objectContaining({ rule: 'coma', from: 1, to: 4 })]);
  });

  it.each([
    ['dementia', { dementiaDiagnosis: true }],
    ['another psychiatric disorder', { psychiatricDiagnosis: true }],
    ['two care-risk events in 30 days', { riskEvents30d: 2 }],
  ])('raises one level for %s', (_name, condition) => {
    const result = scoreAssessment(GBT_42195_2022, itemsTotalling(70), { ...NONE, ...condition });
    expect(result.finalLevel).toBe(2);
    expect(result.adjustments).toHaveLength(1);
    expect(result.adjustments[0]).toMatchObject({ from: 1, to: 2, reason: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('does not raise for a single risk event', () => {
    expect(scoreAssessment(GBT_42195_2022, itemsTotalling(70), { ...NONE, riskEvents30d: 1 }).finalLevel).toBe(1);
  });

  it('raises at most once when a diagnosis and risk events both apply, recording both reasons', () => {
    const result = scoreAssessment(GBT_42195_2022, itemsTotalling(50), { ...NONE, dementiaDiagnosis: true, riskEvents30d: 3 });
    expect(result.finalLevel).toBe(3);
    expect(result.adjustments.map((a) => [a.rule, a.from, a.to])).toEqual([
      ['diagnosis', 2, 3],
      ['risk_events', 3, 3],
    ]);
  });

  it('raises once per rule when the instrument version says they stack', () => {
    const stacking: Instrument = { ...GBT_42195_2022, version: 'local-stacking', adjustments: { ...GBT_42195_2022.adjustments!, stacking: 'each' } };
    expect(scoreAssessment(stacking, itemsTotalling(50), { ...NONE, dementiaDiagnosis: true, riskEvents30d: 3 }).finalLevel).toBe(4);
  });

  it('never goes beyond level 4', () => {
    const result = scoreAssessment(GBT_42195_2022, itemsTotalling(10), { ...NONE, psychiatricDiagnosis: true, riskEvents30d: 5 });
    expect(result.preliminaryLevel).toBe(4);
    expect(result.finalLevel).toBe(4);
    expect(result.adjustments[0]).toMatchObject({ from: 4, to: 4 });
  });

  it('names missing, unknown and out-of-range items', () => {
    const items: Record<string, unknown> = itemsTotalling(90);
    delete items.eating;
    items.stairs = 4; // stairs is scored 0–3
    items.aggression = 0.5;
    items.swimming = 2;
    expect(itemProblems(GBT_42195_2022, items).map((p) => p.field)).toEqual(['items.eating', 'items.stairs', 'items.aggression', 'items.swimming']);
  });
});

describe('the 2013 and 2022 editions on coma', () => {
  it('MZ/T 039-2013 makes a person in a coma 重度失能 (3), GB/T 42195-2022 完全失能 (4)', () => {
    const coma = { ...NONE, coma: true };
    const old = scoreAssessment(MZT_039_2013, { adl: 1, mental: 1, perception_communication: 1, social_participation: 1 }, coma);
    expect([old.finalLevel, MZT_039_2013.levels[old.finalLevel].zh]).toEqual([3, '重度失能']);
    const current = scoreAssessment(GBT_42195_2022, itemsTotalling(70), coma);
    expect([current.finalLevel, GBT_42195_2022.levels[current.finalLevel].zh]).toEqual([4, '完全失能']);
  });
});

describe('MZ/T 039-2013 judgement card', () => {
  const level = (adl: number, mental: number, pc: number, social: number) => mzt039Level({ adl, mental, perception_communication: pc, social_participation: social });

  it.each([
    [[0, 0, 0, 0], 0],
    [[0, 0, 0, 1], 0],
    [[0, 0, 0, 2], 1],
    [[0, 1, 0, 0], 1],
    [[0, 0, 3, 0], 1],
    [[1, 0, 2, 2], 1],
    [[1, 2, 2, 2], 2],
    [[1, 3, 0, 0], 2],
    [[2, 1, 0, 0], 2],
    [[2, 2, 2, 1], 2],
    [[2, 2, 2, 2], 3],
    [[2, 0, 0, 3], 3],
    [[3, 0, 0, 0], 3],
  ])('grades %j as level %i', (grades, expected) => {
    expect(level(grades[0], grades[1], grades[2], grades[3])).toEqual({ level: expected, gap: false });
  });

  it('falls back to the ADL grade for a combination the card does not name, and says so', () => {
    expect(level(2, 0, 0, 0)).toEqual({ level: 2, gap: true });
    const result = scoreAssessment(MZT_039_2013, { adl: 2, mental: 0, perception_communication: 0, social_participation: 0 }, NONE);
    expect(result.adjustments[0].rule).toBe('judgement_card_gap');
  });

  it('raises for a diagnosis but not beyond 重度失能', () => {
    expect(scoreAssessment(MZT_039_2013, { adl: 3, mental: 0, perception_communication: 0, social_participation: 0 }, { ...NONE, dementiaDiagnosis: true }).finalLevel).toBe(3);
  });
});

describe('Barthel Index', () => {
  it('takes only its listed values', () => {
    const items = Object.fromEntries(BARTHEL.items.map((item) => [item.code, Math.max(...item.allowed)]));
    expect(itemProblems(BARTHEL, { ...items, transfer: 12 }).map((p) => p.field)).toEqual(['items.transfer']);
    expect(itemProblems(BARTHEL, { ...items, bathing: 10 }).map((p) => p.field)).toEqual(['items.bathing']);
  });

  it.each([
    [100, 0],
    [95, 1],
    [65, 1],
    [60, 2],
    [45, 2],
    [40, 3],
    [0, 3],
  ])('grades a total of %i as %i', (total, grade) => {
    const items = itemsTotalling(total, BARTHEL);
    // itemsTotalling takes whole points; Barthel moves in fives, so totals here are multiples of five.
    expect(itemProblems(BARTHEL, items)).toEqual([]);
    expect(scoreAssessment(BARTHEL, items, NONE)).toMatchObject({ total, finalLevel: grade, adjustments: [] });
  });
});

describe('the conditions an instrument needs', () => {
  it('names every condition GB/T 42195 needs when conditions come as a list or an empty object', () => {
    for (const nothing of [[], {}, null]) {
      expect(conditionProblems(GBT_42195_2022, nothing)).toEqual([
        {
          field: 'conditions',
          message:
            'gbt-42195-2022 needs each of its conditions recorded; missing: coma (昏迷), dementiaDiagnosis (确诊痴呆), psychiatricDiagnosis (其他精神和行为障碍), riskEvents30d (近 30 天照护风险事件次数)',
        },
      ]);
    }
  });

  it('names only the condition left out, and nothing for a complete set', () => {
    const { riskEvents30d: _left, ...partial } = NONE;
    expect(conditionProblems(MZT_039_2013, partial)).toEqual([{ field: 'conditions', message: expect.stringMatching(/missing: riskEvents30d \(/) }]);
    expect(conditionProblems(MZT_039_2013, { ...partial, riskEvents30d: null })[0].message).toMatch(/missing: riskEvents30d/);
    expect(conditionProblems(GBT_42195_2022, NONE)).toEqual([]);
  });

  it('asks nothing of the Barthel Index but an object', () => {
    expect(conditionProblems(BARTHEL, {})).toEqual([]);
    expect(conditionProblems(BARTHEL, [])).toEqual([{ field: 'conditions', message: 'conditions must be an object keyed by condition' }]);
  });

  it('knows every condition an assessment records', () => {
    expect(Object.keys(NONE).sort()).toEqual([...ASSESSMENT_CONDITIONS].sort());
  });

  // What an instrument lists is what its rules read: a condition it leaves out never changes its result.
  it.each(INSTRUMENTS.map((instrument) => [instrument.code, instrument] as const))('%s reads only the conditions it lists', (_code, instrument) => {
    const unlisted = ASSESSMENT_CONDITIONS.filter((condition) => !instrument.conditions.includes(condition));
    const extreme: AssessmentConditions = { coma: true, dementiaDiagnosis: true, psychiatricDiagnosis: true, riskEvents30d: 9 };
    const listedOnly = Object.fromEntries(instrument.conditions.map((condition) => [condition, NONE[condition]]));
    const withUnlisted = { ...listedOnly, ...Object.fromEntries(unlisted.map((condition) => [condition, extreme[condition]])) };
    for (const fraction of [1, 0.6, 0.3, 0]) {
      const items = Object.fromEntries(instrument.items.map((item) => [item.code, item.allowed[Math.floor((item.allowed.length - 1) * fraction)]]));
      expect(scoreAssessment(instrument, items, withUnlisted)).toEqual(scoreAssessment(instrument, items, listedOnly));
    }
  });

  it.each([GBT_42195_2022, MZT_039_2013].map((instrument) => [instrument.code, instrument] as const))('%s lists each condition its rules read', (_code, instrument) => {
    // The most able person: full marks on GB/T 42195, grade 0 everywhere on MZ/T 039.
    const [items] = [Math.max, Math.min]
      .map((pick) => Object.fromEntries(instrument.items.map((item) => [item.code, pick(...item.allowed)])))
      .sort((a, b) => scoreAssessment(instrument, a, NONE).finalLevel - scoreAssessment(instrument, b, NONE).finalLevel);
    const baseline = scoreAssessment(instrument, items, NONE).finalLevel;
    const raised = { coma: true, dementiaDiagnosis: true, psychiatricDiagnosis: true, riskEvents30d: 9 } as const;
    for (const condition of instrument.conditions) {
      expect(scoreAssessment(instrument, items, { ...NONE, [condition]: raised[condition] }).finalLevel).toBeGreaterThan(baseline);
    }
  });
});
