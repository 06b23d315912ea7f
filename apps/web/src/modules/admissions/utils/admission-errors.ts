import { ApiError, type FieldProblem } from '@web/api/api-error';

/** What went wrong with an admission, sorted by what the form does about it. */
export type AdmissionProblem =
  /** 409: the bed (or the person) is taken on that date; `holder` is who holds the bed now, when the API says. */
  | { kind: 'taken'; field: 'bedId' | 'residentId' | null; holder: string | null; message: string }
  /** 422, or a 409 other than the bed or person taken: a rule of the home, the bed or the standard refuses it. */
  | { kind: 'rule'; message: string }
  /** 400: fields to correct, shown on the fields. */
  | { kind: 'fields'; fields: FieldProblem[]; message: string }
  | { kind: 'other' };

const asObject = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);

/** The bed's current holder from a 409 body: `heldBy.occupant`, the masked name (absent when the bed is not held by a stay). */
export function holderOf(body: unknown): string | null {
  const occupant = asObject(asObject(body)?.heldBy)?.occupant;
  return typeof occupant === 'string' && occupant ? occupant : null;
}

/**
 * The 409s that mean someone else holds the bed or the person on the date (admissions.service's BED_OCCUPIED and
 * PERSON_STAYING, and their claim-race twins); any other 409 — the bed closed or offered, a closed period — is a rule.
 */
const TAKEN = /^the bed is occupied on that date|^the bed is being occupied by another request|^the person already has a stay on that date|^another request is placing the person/;

export function admissionProblem(error: unknown): AdmissionProblem {
  if (!(error instanceof ApiError)) return { kind: 'other' };
  const message = error.body?.message ?? '';
  if (error.status === 409 && TAKEN.test(message)) {
    const field = error.fieldProblems.find((problem) => problem.field === 'bedId' || problem.field === 'residentId')?.field as 'bedId' | 'residentId' | undefined;
    return { kind: 'taken', field: field ?? null, holder: holderOf(error.body), message };
  }
  if (error.status === 409 || error.status === 422) return { kind: 'rule', message };
  if (error.status === 400) return { kind: 'fields', fields: error.fieldProblems, message };
  return { kind: 'other' };
}

/**
 * Field problems as antd Form's setFields wants them: `safetyRisks.choking.level` is put on the risk's own field, a
 * problem about the nine as a whole on the group.
 */
export function formFieldErrors(problems: readonly FieldProblem[], known: readonly string[]): { name: string[]; errors: string[] }[] {
  const byField = new Map<string, string[]>();
  for (const problem of problems) {
    const path = problem.field.split('.');
    const name = known.includes(path.slice(0, 2).join('.')) ? path.slice(0, 2).join('.') : known.includes(path[0]) ? path[0] : null;
    if (!name) continue;
    byField.set(name, [...(byField.get(name) ?? []), problem.message]);
  }
  return [...byField].map(([name, errors]) => ({ name: name.split('.'), errors }));
}
