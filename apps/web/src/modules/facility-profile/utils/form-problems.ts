import type { FieldProblem } from '@web/api/api-error';

/**
 * The API's field problems as antd form fields: `certificates[0].issuedOn` → ['certificates', 0, 'issuedOn'].
 * Problems for fields the form does not show come back in `unplaced`, to be said above the buttons.
 */
export function formFieldProblems(problems: readonly FieldProblem[], shown: readonly string[]): { fields: { name: (string | number)[]; errors: string[] }[]; unplaced: FieldProblem[] } {
  const fields = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unplaced: FieldProblem[] = [];
  for (const problem of problems) {
    const name = problem.field.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    if (!shown.includes(String(name[0]))) {
      unplaced.push(problem);
      continue;
    }
    const key = name.join('.');
    fields.set(key, { name, errors: [...(fields.get(key)?.errors ?? []), problem.message] });
  }
  return { fields: [...fields.values()], unplaced };
}
