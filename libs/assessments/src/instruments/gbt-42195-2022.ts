import type { Instrument, InstrumentItem } from '../domain/instrument';

const range = (max: number) => Array.from({ length: max + 1 }, (_, score) => score);

const item = (code: string, domain: string, zh: string, en: string, max: number): InstrumentItem => ({ code, domain, text: { zh, en }, allowed: range(max) });

/**
 * GB/T 42195-2022 老年人能力评估规范: 26 items in four domains, higher = more able, total 0–90. Levels by total; then
 * coma → 完全失能, a dementia / psychiatric diagnosis or ≥ 2 care-risk events in 30 days → one level more severe.
 */
export const GBT_42195_2022: Instrument = {
  code: 'gbt-42195-2022',
  version: '2022',
  title: { zh: '老年人能力评估规范（GB/T 42195-2022）', en: 'Ability assessment for older people (GB/T 42195-2022)' },
  domains: [
    { code: 'self_care', text: { zh: '自理能力', en: 'Self-care' } },
    { code: 'mobility', text: { zh: '基础运动能力', en: 'Basic mobility' } },
    { code: 'mental', text: { zh: '精神状态', en: 'Mental state' } },
    { code: 'perception_social', text: { zh: '感知觉与社会参与', en: 'Perception and social participation' } },
  ],
  items: [
    item('eating', 'self_care', '进食', 'Eating', 4),
    item('grooming', 'self_care', '修饰', 'Grooming', 4),
    item('bathing', 'self_care', '洗澡', 'Bathing', 4),
    item('dressing_upper', 'self_care', '穿/脱上衣', 'Dressing the upper body', 4),
    item('dressing_lower', 'self_care', '穿/脱裤子和鞋袜', 'Dressing the lower body, shoes and socks', 4),
    item('urinary_control', 'self_care', '小便控制', 'Urinary control', 4),
    item('bowel_control', 'self_care', '大便控制', 'Bowel control', 4),
    item('toileting', 'self_care', '如厕', 'Toileting', 4),
    item('bed_mobility', 'mobility', '床上体位转移', 'Moving in bed', 4),
    item('bed_chair_transfer', 'mobility', '床椅转移', 'Bed–chair transfer', 4),
    item('walking', 'mobility', '平地行走', 'Walking on level ground (45–50 m)', 4),
    item('stairs', 'mobility', '上下楼梯', 'Stairs', 3),
    item('time_orientation', 'mental', '时间定向', 'Orientation in time', 4),
    item('place_orientation', 'mental', '空间定向', 'Orientation in place', 4),
    item('person_orientation', 'mental', '人物定向', 'Orientation to people', 4),
    item('memory', 'mental', '记忆', 'Memory', 4),
    item('comprehension', 'mental', '理解能力', 'Comprehension', 4),
    item('expression', 'mental', '表达能力', 'Expression', 4),
    item('aggression', 'mental', '攻击行为（近一个月）', 'Aggressive behaviour (last month)', 1),
    item('depression', 'mental', '抑郁症状（近一个月）', 'Depressive symptoms (last month)', 1),
    item('consciousness', 'mental', '意识水平', 'Level of consciousness', 2),
    item('vision', 'perception_social', '视力', 'Vision', 2),
    item('hearing', 'perception_social', '听力', 'Hearing', 2),
    item('daily_affairs', 'perception_social', '执行日常事务', 'Managing daily affairs', 4),
    item('transport', 'perception_social', '使用交通工具外出', 'Using transport', 3),
    item('social_interaction', 'perception_social', '社会交往能力', 'Social interaction', 4),
  ],
  scoring: 'total_bands',
  bands: [
    { level: 0, min: 90, max: 90 },
    { level: 1, min: 66, max: 89 },
    { level: 2, min: 46, max: 65 },
    { level: 3, min: 30, max: 45 },
    { level: 4, min: 0, max: 29 },
  ],
  levels: {
    0: { zh: '能力完好', en: 'Fully able' },
    1: { zh: '轻度失能', en: 'Mild loss' },
    2: { zh: '中度失能', en: 'Moderate loss' },
    3: { zh: '重度失能', en: 'Severe loss' },
    4: { zh: '完全失能', en: 'Total loss' },
  },
  maxLevel: 4,
  adjustments: { comaLevel: 4, diagnosisRaises: true, riskEventsRaiseAt: 2, stacking: 'at_most_one' },
  conditions: ['coma', 'dementiaDiagnosis', 'psychiatricDiagnosis', 'riskEvents30d'],
  validityMonths: 6,
};
