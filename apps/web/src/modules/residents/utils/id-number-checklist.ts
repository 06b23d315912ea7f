import { failedIdNumberCheck, normaliseIdNumber, readIdNumber, type Sex } from '@shared/residents/id-number';

export type CheckState = 'pass' | 'fail' | 'pending';

/** The registration form's three checks of a 身份证 number as it is typed, and what a valid one says. */
export interface IdNumberChecklist {
  /** Characters typed, spaces aside. */
  typed: number;
  length: CheckState;
  /** Digits 7–14 a real date of birth, not in the future. */
  birthDate: CheckState;
  checkDigit: CheckState;
  /** Which check fails, as the API names it; null while nothing has failed. */
  failed: ReturnType<typeof failedIdNumberCheck>;
  facts: { birthDate: string; sex: Sex } | null;
}

/**
 * The checks the API makes (failedIdNumberCheck(), the same function), laid out for a number being typed: fewer than
 * 18 digits is not yet wrong, only unfinished; a letter, a 19th character or an X before the end is.
 */
export function idNumberChecklist(raw: string, today: string): IdNumberChecklist {
  const normalised = normaliseIdNumber(raw);
  const typed = normalised.length;
  if (typed < 18 && /^\d*$/.test(normalised)) {
    return { typed, length: 'pending', birthDate: 'pending', checkDigit: 'pending', failed: null, facts: null };
  }
  const failed = failedIdNumberCheck(normalised, today);
  switch (failed) {
    case 'length':
      return { typed, length: 'fail', birthDate: 'pending', checkDigit: 'pending', failed, facts: null };
    case 'birth_date':
    case 'future_birth_date':
      return { typed, length: 'pass', birthDate: 'fail', checkDigit: 'pending', failed, facts: null };
    case 'check_digit':
      return { typed, length: 'pass', birthDate: 'pass', checkDigit: 'fail', failed, facts: null };
    case null: {
      const facts = readIdNumber(normalised) as { birthDate: string; sex: Sex };
      return { typed, length: 'pass', birthDate: 'pass', checkDigit: 'pass', failed, facts: { birthDate: facts.birthDate, sex: facts.sex } };
    }
  }
}
