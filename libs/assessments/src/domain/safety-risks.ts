/** GB 38600-2019 养老机构服务安全基本规范: the nine risks (九防) assessed at admission and on change. */
export const SAFETY_RISKS = ['choking', 'wrong_intake', 'pressure_sore', 'scald', 'bed_fall', 'fall', 'wandering', 'harm', 'activity_accident'] as const;
export type SafetyRisk = (typeof SAFETY_RISKS)[number];

export const SAFETY_RISK_LABELS: Record<SafetyRisk, { zh: string; en: string }> = {
  choking: { zh: '噎食', en: 'Choking' },
  wrong_intake: { zh: '食品药品误食', en: 'Wrong food or drug intake' },
  pressure_sore: { zh: '压疮', en: 'Pressure sores' },
  scald: { zh: '烫伤', en: 'Scalds' },
  bed_fall: { zh: '坠床', en: 'Falls from bed' },
  fall: { zh: '跌倒', en: 'Falls' },
  wandering: { zh: '走失', en: 'Wandering off' },
  harm: { zh: '他伤和自伤', en: 'Harm to others or self' },
  activity_accident: { zh: '文体活动意外', en: 'Accidents in activities' },
};

export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export interface RiskEntry {
  level: RiskLevel;
  measures: string | null;
}

/** The register of one assessment as stored: every one of the nine risks with its level. */
export type SafetyRiskRegister = Record<SafetyRisk, RiskEntry>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The risks of the nine that `risks` leaves unassessed — absent, or without a level — in the standard's order. A
 * list, or anything else that is not an object keyed by risk, assesses none of them.
 */
export function unassessedSafetyRisks(risks: unknown): SafetyRisk[] {
  const given = isObject(risks) ? risks : {};
  return SAFETY_RISKS.filter((risk) => {
    const entry = given[risk];
    return !isObject(entry) || !RISK_LEVELS.includes(entry.level as RiskLevel);
  });
}

/** Why an incomplete set is refused, naming each risk left out by its key and its name in the standard. */
export function unassessedSafetyRisksMessage(missing: readonly SafetyRisk[]): string {
  const names = missing.map((risk) => `${risk} (${SAFETY_RISK_LABELS[risk].zh})`).join(', ');
  return `GB 38600 needs all nine risks, each with a level; not assessed: ${names}`;
}

/**
 * The nine risks as stored, in the standard's order, measures null where none were given. Only for a complete set
 * (validation has run unassessedSafetyRisks()); an incomplete one is a programming error, not a register.
 */
export function safetyRiskRegister(risks: Record<SafetyRisk, { level: RiskLevel; measures?: string | null }>): SafetyRiskRegister {
  const missing = unassessedSafetyRisks(risks);
  if (missing.length) throw new Error(unassessedSafetyRisksMessage(missing));
  return Object.fromEntries(SAFETY_RISKS.map((risk) => [risk, { level: risks[risk].level, measures: risks[risk].measures ?? null }])) as SafetyRiskRegister;
}

export const ASSESSMENT_REASONS = ['first', 'routine', 'change', 'review'] as const;
export type AssessmentReason = (typeof ASSESSMENT_REASONS)[number];

export const ASSESSMENT_REASON_LABELS: Record<AssessmentReason, { zh: string; en: string }> = {
  first: { zh: '首次评估', en: 'First' },
  routine: { zh: '常规评估', en: 'Routine' },
  change: { zh: '即时评估', en: 'On change of condition' },
  review: { zh: '复评', en: 'Review after dispute' },
};

export const RISK_ASSESSMENT_REASONS = ['admission', 'change', 'routine'] as const;
export const NOTIFICATION_CHANNELS = ['phone', 'in_person', 'message', 'other'] as const;
