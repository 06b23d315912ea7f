import type { Instrument } from '../domain/instrument';

/**
 * Barthel Index (10 items, 0–100; only the listed values are valid). Graded as MZ/T 039-2013 grades 日常生活活动:
 * 100 → 0, 65–95 → 1, 45–60 → 2, ≤ 40 → 3.
 */
export const BARTHEL: Instrument = {
  code: 'barthel',
  version: '1965',
  title: { zh: '巴氏指数（Barthel Index）', en: 'Barthel Index' },
  domains: [{ code: 'adl', text: { zh: '日常生活活动', en: 'Activities of daily living' } }],
  items: [
    { code: 'feeding', domain: 'adl', text: { zh: '进食', en: 'Feeding' }, allowed: [0, 5, 10] },
    { code: 'bathing', domain: 'adl', text: { zh: '洗澡', en: 'Bathing' }, allowed: [0, 5] },
    { code: 'grooming', domain: 'adl', text: { zh: '修饰', en: 'Grooming' }, allowed: [0, 5] },
    { code: 'dressing', domain: 'adl', text: { zh: '穿衣', en: 'Dressing' }, allowed: [0, 5, 10] },
    { code: 'bowels', domain: 'adl', text: { zh: '大便控制', en: 'Bowels' }, allowed: [0, 5, 10] },
    { code: 'bladder', domain: 'adl', text: { zh: '小便控制', en: 'Bladder' }, allowed: [0, 5, 10] },
    { code: 'toilet_use', domain: 'adl', text: { zh: '如厕', en: 'Toilet use' }, allowed: [0, 5, 10] },
    { code: 'transfer', domain: 'adl', text: { zh: '床椅转移', en: 'Bed–chair transfer' }, allowed: [0, 5, 10, 15] },
    { code: 'mobility', domain: 'adl', text: { zh: '平地行走', en: 'Mobility on level surfaces' }, allowed: [0, 5, 10, 15] },
    { code: 'stairs', domain: 'adl', text: { zh: '上下楼梯', en: 'Stairs' }, allowed: [0, 5, 10] },
  ],
  scoring: 'total_bands',
  bands: [
    { level: 0, min: 100, max: 100 },
    { level: 1, min: 65, max: 95 },
    { level: 2, min: 45, max: 60 },
    { level: 3, min: 0, max: 40 },
  ],
  levels: {
    0: { zh: '能力完好', en: 'Fully able' },
    1: { zh: '轻度受损', en: 'Mildly impaired' },
    2: { zh: '中度受损', en: 'Moderately impaired' },
    3: { zh: '重度受损', en: 'Severely impaired' },
  },
  maxLevel: 3,
  // No adjustment rules: the items alone decide the grade.
  conditions: [],
  validityMonths: 6,
};
