/** A bilingual text. */
export interface Text {
  zh: string;
  en: string;
}

export interface InstrumentItem {
  code: string;
  domain: string;
  text: Text;
  /** The only scores the item takes (Barthel items move in steps of 5). */
  allowed: readonly number[];
}

export interface InstrumentDomain {
  code: string;
  text: Text;
}

export interface LevelBand {
  level: number;
  /** Inclusive total range. */
  min: number;
  max: number;
}

/**
 * What an assessor records besides the item scores (coma, a dementia or psychiatric diagnosis, care-risk events in
 * the last 30 days): the facts an instrument's adjustment rules read.
 */
export const ASSESSMENT_CONDITIONS = ['coma', 'dementiaDiagnosis', 'psychiatricDiagnosis', 'riskEvents30d'] as const;
export type AssessmentCondition = (typeof ASSESSMENT_CONDITIONS)[number];

export const ASSESSMENT_CONDITION_LABELS: Record<AssessmentCondition, Text> = {
  coma: { zh: '昏迷', en: 'In a coma' },
  dementiaDiagnosis: { zh: '确诊痴呆', en: 'Diagnosed dementia' },
  psychiatricDiagnosis: { zh: '其他精神和行为障碍', en: 'Other psychiatric diagnosis' },
  riskEvents30d: { zh: '近 30 天照护风险事件次数', en: 'Care-risk events in the last 30 days' },
};

/** How rules 2 and 3 of GB/T 42195 combine when both apply: the standard does not say; default one raise. */
export type RaiseStacking = 'at_most_one' | 'each';

export interface AdjustmentRules {
  /** Coma sets the level directly (GB/T 42195-2022: 完全失能 4; MZ/T 039-2013: 重度失能 3). */
  comaLevel?: number;
  /** A diagnosed dementia (ICD-10 F00–F03) or another psychiatric disorder raises the level by one. */
  diagnosisRaises: boolean;
  /** This many care-risk events or more in the last 30 days raise the level by one. */
  riskEventsRaiseAt?: number;
  stacking: RaiseStacking;
}

/**
 * An assessment instrument as versioned data: a new edition or a local variant is a new object, not new code.
 * `scoring` picks how the items become a preliminary level.
 */
export interface Instrument {
  code: string;
  version: string;
  title: Text;
  items: readonly InstrumentItem[];
  domains: readonly InstrumentDomain[];
  scoring: 'total_bands' | 'mzt_039_combination';
  /** For total_bands: level by total. */
  bands?: readonly LevelBand[];
  levels: Record<number, Text>;
  maxLevel: number;
  adjustments?: AdjustmentRules;
  /** The conditions every assessment with it must record: those its adjustment rules read. */
  conditions: readonly AssessmentCondition[];
  /** A result counts this long (subsidies, admission); then the person is due again. */
  validityMonths: number;
}
