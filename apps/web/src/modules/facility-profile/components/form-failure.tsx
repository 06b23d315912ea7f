import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { describeError } from '@web/lib/describe-error';
import { formFieldProblems } from '../utils/form-problems';

/** Puts a refusal's field problems beside their fields; what none of the fields can show is said by <FormFailure>. */
export function placeProblems(form: FormInstance, error: unknown, shown: readonly string[]): void {
  if (error instanceof ApiError) form.setFields(formFieldProblems(error.fieldProblems, shown).fields as never);
}

export function FormFailure({ error, shown }: { error: unknown; shown: readonly string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const unplaced = error instanceof ApiError ? formFieldProblems(error.fieldProblems, shown).unplaced : [];
  if (error instanceof ApiError && error.fieldProblems.length && !unplaced.length) return null;
  return (
    <div role="alert" className="facility-form-error">
      <p>{describeError(error, t)}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((problem) => (
            <li key={`${problem.field}${problem.message}`}>
              {problem.field}: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
