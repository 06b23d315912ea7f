import { ASSESSMENT_CONDITION_LABELS, type Instrument, type Text } from './instrument';

/** The conditions an assessor records besides the item scores. */
export interface AssessmentConditions {
  coma: boolean;
  /** 痴呆 diagnosed (ICD-10 F00–F03). */
  dementiaDiagnosis: boolean;
  /** Another mental or behavioural disorder (F04–F99) diagnosed by a psychiatrist. */
  psychiatricDiagnosis: boolean;
  /** 照护风险事件 (falls, choking, self-harm, wandering off, …) in the last 30 days. */
  riskEvents30d: number;
}

export interface Adjustment {
  rule: 'coma' | 'diagnosis' | 'risk_events' | 'judgement_card_gap';
  reason: Text;
  from: number;
  to: number;
}

export interface AssessmentResult {
  domainScores: Record<string, number>;
  total: number;
  preliminaryLevel: number;
  adjustments: Adjustment[];
  finalLevel: number;
}

export interface ItemProblem {
  field: string;
  message: string;
}

/** Every item present, known and at one of its allowed scores. */
export function itemProblems(instrument: Instrument, items: Record<string, unknown>): ItemProblem[] {
  const problems: ItemProblem[] = [];
  const known = new Set(instrument.items.map((item) => item.code));
  for (const item of instrument.items) {
    const score = items[item.code];
    if (score === undefined || score === null) problems.push({ field: `items.${item.code}`, message: `${item.text.en} (${item.text.zh}) is missing` });
    else if (typeof score !== 'number' || !item.allowed.includes(score)) {
      problems.push({ field: `items.${item.code}`, message: `${item.text.en} takes ${item.allowed.join(', ')}` });
    }
  }
  for (const code of Object.keys(items)) if (!known.has(code)) problems.push({ field: `items.${code}`, message: `${instrument.code} has no item ${code}` });
  return problems;
}

/**
 * What is wrong with the conditions of an assessment with this instrument: each condition it needs that is not
 * recorded, named in one problem, or conditions that are not an object at all (a list). None when complete; the
 * type of each condition is the DTO's to check.
 */
export function conditionProblems(instrument: Instrument, conditions: unknown): ItemProblem[] {
  const isObject = typeof conditions === 'object' && conditions !== null && !Array.isArray(conditions);
  const given: Record<string, unknown> = isObject ? (conditions as Record<string, unknown>) : {};
  const missing = instrument.conditions.filter((condition) => given[condition] === undefined || given[condition] === null);
  if (missing.length) {
    const names = missing.map((condition) => `${condition} (${ASSESSMENT_CONDITION_LABELS[condition].zh})`).join(', ');
    return [{ field: 'conditions', message: `${instrument.code} needs each of its conditions recorded; missing: ${names}` }];
  }
  return isObject ? [] : [{ field: 'conditions', message: 'conditions must be an object keyed by condition' }];
}

/**
 * MZ/T 039-2013's judgement card: the level from the four domain grades (日常生活活动 ADL, 精神状态, 感知觉与沟通,
 * 社会参与), from the most severe row down. A combination no row names (for example ADL 2 with every other grade 0)
 * takes the ADL grade, and the result says so.
 */
export function mzt039Level(grades: Record<string, number>): { level: number; gap: boolean } {
  const adl = grades.adl;
  const others = [grades.mental, grades.perception_communication, grades.social_participation];
  if (adl === 3 || (adl === 2 && (others.every((g) => g >= 2) || others.some((g) => g === 3)))) return { level: 3, gap: false };
  if ((adl === 1 && (others.every((g) => g >= 2) || others.some((g) => g === 3))) || (adl === 2 && others.some((g) => g === 1 || g === 2))) {
    return { level: 2, gap: false };
  }
  if ((adl === 0 && (grades.mental >= 1 || grades.perception_communication >= 1 || grades.social_participation >= 2)) || (adl === 1 && others.some((g) => g <= 1))) {
    return { level: 1, gap: false };
  }
  if (adl === 0) return { level: 0, gap: false };
  return { level: adl, gap: true };
}

function preliminary(instrument: Instrument, items: Record<string, number>, total: number): { level: number; gap: boolean } {
  if (instrument.scoring === 'mzt_039_combination') return mzt039Level(items);
  const band = instrument.bands!.find((candidate) => total >= candidate.min && total <= candidate.max);
  if (!band) throw new Error(`${instrument.code} has no level for a total of ${total}`);
  return { level: band.level, gap: false };
}

/**
 * Scores an assessment: domain scores and total, the preliminary level, each adjustment with its reason, the final
 * level (never beyond the instrument's most severe). Pure: the caller has checked the items with itemProblems() and
 * the conditions with conditionProblems(); conditions the instrument does not need are not read.
 */
export function scoreAssessment(instrument: Instrument, items: Record<string, number>, conditions: Partial<AssessmentConditions>): AssessmentResult {
  const domainScores: Record<string, number> = Object.fromEntries(instrument.domains.map((domain) => [domain.code, 0]));
  for (const item of instrument.items) domainScores[item.domain] += items[item.code];
  const total = Object.values(domainScores).reduce((sum, score) => sum + score, 0);
  const { level: preliminaryLevel, gap } = preliminary(instrument, items, total);
  const adjustments: Adjustment[] = [];
  let level = preliminaryLevel;
  if (gap) {
    adjustments.push({
      rule: 'judgement_card_gap',
      reason: { zh: '判定卡未列出该组合，按日常生活活动分级确定', en: 'The judgement card names no such combination: the ADL grade decides' },
      from: level,
      to: level,
    });
  }
  const rules = instrument.adjustments;
  if (rules?.comaLevel !== undefined && conditions.coma) {
    adjustments.push({ rule: 'coma', reason: { zh: '处于昏迷状态，直接评定', en: 'In a coma: set directly' }, from: level, to: rules.comaLevel });
    return { domainScores, total, preliminaryLevel, adjustments, finalLevel: rules.comaLevel };
  }
  if (rules) {
    const raises: Omit<Adjustment, 'from' | 'to'>[] = [];
    if (rules.diagnosisRaises && (conditions.dementiaDiagnosis || conditions.psychiatricDiagnosis)) {
      raises.push({
        rule: 'diagnosis',
        reason: conditions.dementiaDiagnosis
          ? { zh: '确诊为痴呆（F00–F03），提高一个等级', en: 'Diagnosed dementia (F00–F03): one level more severe' }
          : { zh: '经精神科确诊的其他精神和行为障碍，提高一个等级', en: 'Other mental disorder diagnosed by a psychiatrist: one level more severe' },
      });
    }
    if (rules.riskEventsRaiseAt !== undefined && conditions.riskEvents30d !== undefined && conditions.riskEvents30d >= rules.riskEventsRaiseAt) {
      raises.push({
        rule: 'risk_events',
        reason: { zh: `近 30 天内发生 ${conditions.riskEvents30d} 次照护风险事件，提高一个等级`, en: `${conditions.riskEvents30d} care-risk events in 30 days: one level more severe` },
      });
    }
    raises.forEach((raise, index) => {
      // With stacking 'at_most_one' only the first raise moves the level; the others are recorded beside it.
      const raisesNow = rules.stacking === 'each' || index === 0;
      const to = raisesNow ? Math.min(level + 1, instrument.maxLevel) : level;
      adjustments.push({ ...raise, from: level, to });
      level = to;
    });
  }
  return { domainScores, total, preliminaryLevel, adjustments, finalLevel: level };
}
