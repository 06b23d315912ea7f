import type { TFunction } from 'i18next';
import { ApiError } from '@web/api/api-error';
import { describeError } from './describe-error';

/**
 * An API message (English, for developers and logs) recognised and said in the person's language: the pattern, the
 * i18n key, and the parts of the message the sentence repeats (a date, a count).
 */
export interface MessageRule {
  pattern: RegExp;
  key: string;
  params?: (match: RegExpExecArray, t: TFunction) => Record<string, string>;
}

/** The rule-based sentence for a message, or null when no rule knows it. */
export function translateMessage(message: string, rules: readonly MessageRule[], t: TFunction): string | null {
  for (const rule of rules) {
    const match = rule.pattern.exec(message);
    if (match) return t(rule.key, rule.params?.(match, t) ?? {});
  }
  return null;
}

/**
 * A failed request in words: a 409/422 (or a 400 without field problems) whose message a rule knows is translated;
 * anything else is said as describeError says it (the API's own text where no rule knows it).
 */
export function explainApiError(error: unknown, t: TFunction, rules: readonly MessageRule[]): string {
  if (error instanceof ApiError && error.body?.message) {
    const known = translateMessage(error.body.message, rules, t);
    if (known) return known;
  }
  return describeError(error, t);
}

/** A form's field problems from a 400/409/422, each message translated where a rule knows it. */
export function fieldErrors(error: unknown, t: TFunction, rules: readonly MessageRule[]): { name: string; errors: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldProblems.map((problem) => ({ name: problem.field, errors: [translateMessage(problem.message, rules, t) ?? problem.message] }));
}
