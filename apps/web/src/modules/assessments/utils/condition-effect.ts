import type { AssessmentCondition, Instrument } from '@shared/assessments/instrument';

/** What answering a condition does to the level under this instrument's rules, as an i18n key and its values. */
export function conditionEffect(instrument: Instrument, condition: AssessmentCondition): { key: string; values?: Record<string, string | number> } {
  const rules = instrument.adjustments;
  switch (condition) {
    case 'coma':
      return rules?.comaLevel !== undefined ? { key: 'coma', values: { level: rules.comaLevel } } : { key: 'none' };
    case 'dementiaDiagnosis':
    case 'psychiatricDiagnosis':
      return rules?.diagnosisRaises ? { key: 'diagnosis' } : { key: 'none' };
    case 'riskEvents30d':
      return rules?.riskEventsRaiseAt !== undefined ? { key: 'riskEvents', values: { count: rules.riskEventsRaiseAt } } : { key: 'none' };
  }
}
