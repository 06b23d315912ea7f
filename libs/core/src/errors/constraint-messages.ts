/**
 * What a violated database constraint means to the caller. Libraries register their constraints next to the
 * migration that creates them, so a 409 says "bed code already used in this facility" and names the field
 * instead of quoting a constraint name.
 */
export interface ConstraintMeaning {
  field?: string;
  message: string;
}

const meanings = new Map<string, ConstraintMeaning>();

export function registerConstraintMeanings(entries: Record<string, ConstraintMeaning>): void {
  for (const [constraint, meaning] of Object.entries(entries)) meanings.set(constraint, meaning);
}

export function constraintMeaning(constraint: string | undefined): ConstraintMeaning | undefined {
  return constraint ? meanings.get(constraint) : undefined;
}
