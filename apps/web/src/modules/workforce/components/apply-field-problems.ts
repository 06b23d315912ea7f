import type { FormInstance } from 'antd';
import { ApiError } from '@web/api/api-error';

/** Shows the API's field problems (400 `details`) beside the form's fields; true when any was shown. */
export function applyFieldProblems(form: FormInstance, error: unknown, fields: readonly string[]): boolean {
  if (!(error instanceof ApiError)) return false;
  const known = error.fieldProblems.filter((problem) => fields.includes(problem.field));
  form.setFields(known.map((problem) => ({ name: problem.field, errors: [problem.message] })));
  return known.length > 0;
}

/** Whether the error is one the form shows beside its fields (else it shows as one sentence below them). */
export function shownBesideFields(error: unknown, fields: readonly string[]): boolean {
  return error instanceof ApiError && error.fieldProblems.some((problem) => fields.includes(problem.field));
}
