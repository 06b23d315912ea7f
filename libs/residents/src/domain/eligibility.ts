/**
 * Conditions on an older person that rules as data are made of — waiting-list priority groups, subsidy eligibility:
 * categories, standing assessed level, dementia, age. A condition holds when every part it states holds; a rule
 * with several conditions applies when any of them holds; an empty condition holds for everyone.
 */
export interface PersonFacts {
  categories: readonly string[];
  /** Standing GB/T 42195 final level, null if never assessed. */
  level: number | null;
  dementia: boolean;
  age: number;
}

export interface EligibilityCondition {
  /** At least one of these categories. */
  anyCategory?: string[];
  /** Assessed level at least this (2 = 中度失能). */
  minLevel?: number;
  /** Assessed level at least this, or a dementia diagnosis. */
  minLevelOrDementia?: number;
  minAge?: number;
}

export function meetsCondition(condition: EligibilityCondition, person: PersonFacts): boolean {
  const level = person.level ?? -1;
  if (condition.anyCategory && !condition.anyCategory.some((category) => person.categories.includes(category))) return false;
  if (condition.minLevel !== undefined && level < condition.minLevel) return false;
  if (condition.minLevelOrDementia !== undefined && level < condition.minLevelOrDementia && !person.dementia) return false;
  if (condition.minAge !== undefined && person.age < condition.minAge) return false;
  return true;
}

export function meetsAny(conditions: readonly EligibilityCondition[], person: PersonFacts): boolean {
  return conditions.some((condition) => meetsCondition(condition, person));
}
