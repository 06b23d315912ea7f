import { RISK_LEVELS, SAFETY_RISKS, unassessedSafetyRisks, type RiskLevel, type SafetyRisk } from '@shared/assessments/safety-risks';

export { RISK_LEVELS, SAFETY_RISKS, type RiskLevel, type SafetyRisk };

/** The form's answers: a level per risk, or none yet. No level is pre-chosen: each of the nine is looked at. */
export type RiskAnswers = Partial<Record<SafetyRisk, RiskLevel>>;

/** The risks still without a level, in the standard's order (the API's own check, imported). */
export function risksLeft(answers: RiskAnswers): SafetyRisk[] {
  return unassessedSafetyRisks(Object.fromEntries(Object.entries(answers).map(([risk, level]) => [risk, { level }])));
}

/** The nine as POST /admissions takes them; null while any is missing. */
export function risksBody(answers: RiskAnswers): Record<SafetyRisk, { level: RiskLevel }> | null {
  if (risksLeft(answers).length) return null;
  return Object.fromEntries(SAFETY_RISKS.map((risk) => [risk, { level: answers[risk]! }])) as Record<SafetyRisk, { level: RiskLevel }>;
}
