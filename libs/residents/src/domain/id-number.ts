import { isDateOnly } from '@yiyang/core';

/** ISO 7064 MOD 11-2 weights of the first 17 digits of an 18-digit 身份证 number, and the check characters. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type Sex = 'male' | 'female';

export interface IdNumberFacts {
  /** Upper-case X, no spaces: the form that is hashed and encrypted. */
  normalised: string;
  birthDate: string;
  sex: Sex;
}

/** The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits of a 身份证 number. */
export function checkDigit(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return CHECK[sum % 11];
}

/**
 * A valid number built from its parts: a 6-digit region code, a birth date (YYYY-MM-DD) and a 3-digit sequence whose
 * last digit is odd for men, with the computed check digit. Tests and the seeds build their people with it.
 */
export function makeIdNumber(region: string, birthDate: string, sequence: string): string {
  const first17 = `${region}${birthDate.replace(/-/g, '')}${sequence}`;
  return `${first17}${checkDigit(first17)}`;
}

/**
 * The checks an ID number passes in this order: 18 characters (17 digits and a check digit or X), digits 7–14 a
 * real date of birth, that date not in the future, the GB 11643 check digit. The registration form names the one
 * that fails while the number is typed.
 */
export type IdNumberCheck = 'length' | 'birth_date' | 'future_birth_date' | 'check_digit';

/** A number as it is hashed and stored: spaces dropped, a lower-case x raised. */
export function normaliseIdNumber(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** What an 18-digit number says about its holder, or the reason it is not a valid number and which check says so. */
export function readIdNumber(raw: string): IdNumberFacts | { problem: string; check: IdNumberCheck } {
  const normalised = normaliseIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(normalised)) return { problem: 'an ID number has 17 digits and a check digit or X', check: 'length' };
  const birthDate = `${normalised.slice(6, 10)}-${normalised.slice(10, 12)}-${normalised.slice(12, 14)}`;
  if (!isDateOnly(birthDate) || birthDate < '1880-01-01') return { problem: `digits 7–14 are not a valid date of birth (${birthDate})`, check: 'birth_date' };
  if (checkDigit(normalised.slice(0, 17)) !== normalised[17]) return { problem: 'the check digit does not match (ISO 7064 MOD 11-2)', check: 'check_digit' };
  return { normalised, birthDate, sex: Number(normalised[16]) % 2 === 1 ? 'male' : 'female' };
}

/** The first check an ID number fails on `today`, or null when it passes them all. */
export function failedIdNumberCheck(raw: string, today: string): IdNumberCheck | null {
  const facts = readIdNumber(raw);
  if ('problem' in facts) return facts.check;
  return facts.birthDate > today ? 'future_birth_date' : null;
}

/**
 * Problems with an ID number as given with a birth date and sex: it must be valid, and agree with both (the 17th
 * digit is odd for men). Empty when it is right.
 */
export function idNumberProblems(raw: string, given: { birthDate?: string; sex?: string }, today: string): { field: string; message: string }[] {
  const facts = readIdNumber(raw);
  if ('problem' in facts) return [{ field: 'idNumber', message: facts.problem }];
  const problems: { field: string; message: string }[] = [];
  if (failedIdNumberCheck(raw, today) === 'future_birth_date') problems.push({ field: 'idNumber', message: 'the date of birth in the ID number lies in the future' });
  if (given.birthDate && given.birthDate !== facts.birthDate) {
    problems.push({ field: 'birthDate', message: `the ID number gives the date of birth ${facts.birthDate}` });
  }
  if (given.sex && given.sex !== facts.sex) problems.push({ field: 'sex', message: `the ID number is a ${facts.sex === 'male' ? 'man' : 'woman'}'s` });
  return problems;
}

/** Age in whole years on a date. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
