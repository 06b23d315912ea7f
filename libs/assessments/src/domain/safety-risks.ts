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
