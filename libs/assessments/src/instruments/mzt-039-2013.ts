import type { Instrument } from '../domain/instrument';

const grade = (code: string, zh: string, en: string) => ({ code, domain: code, text: { zh, en }, allowed: [0, 1, 2, 3] as const });

/**
 * MZ/T 039-2013 老年人能力评估 (the predecessor, for legacy records): four domain grades 0–3 as recorded, combined by
 * the judgement card into four levels; coma → 重度失能 (3); a dementia / psychiatric diagnosis or ≥ 2 accidents in 30
 * days → one level more severe.
 */
export const MZT_039_2013: Instrument = {
  code: 'mzt-039-2013',
  version: '2013',
  title: { zh: '老年人能力评估（MZ/T 039-2013）', en: 'Ability assessment for older people (MZ/T 039-2013)' },
  domains: [
    { code: 'adl', text: { zh: '日常生活活动', en: 'Activities of daily living' } },
    { code: 'mental', text: { zh: '精神状态', en: 'Mental state' } },
    { code: 'perception_communication', text: { zh: '感知觉与沟通', en: 'Perception and communication' } },
    { code: 'social_participation', text: { zh: '社会参与', en: 'Social participation' } },
  ],
  items: [
    grade('adl', '日常生活活动分级', 'Activities of daily living, grade'),
    grade('mental', '精神状态分级', 'Mental state, grade'),
    grade('perception_communication', '感知觉与沟通分级', 'Perception and communication, grade'),
    grade('social_participation', '社会参与分级', 'Social participation, grade'),
  ],
  scoring: 'mzt_039_combination',
  levels: {
    0: { zh: '能力完好', en: 'Fully able' },
    1: { zh: '轻度失能', en: 'Mild loss' },
    2: { zh: '中度失能', en: 'Moderate loss' },
    3: { zh: '重度失能', en: 'Severe loss' },
  },
  maxLevel: 3,
  adjustments: { comaLevel: 3, diagnosisRaises: true, riskEventsRaiseAt: 2, stacking: 'at_most_one' },
  conditions: ['coma', 'dementiaDiagnosis', 'psychiatricDiagnosis', 'riskEvents30d'],
  validityMonths: 6,
};
