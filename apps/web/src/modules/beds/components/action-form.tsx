import { Alert, Button, Form, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { explainApiError, translateMessage } from '@web/lib/explain-api-error';
import { formFieldErrors } from '@web/modules/admissions/utils/admission-errors';
import { STAY_AND_BED_REFUSALS } from '@web/modules/admissions/utils/refusal-messages';

interface Props<Values> {
  form: FormInstance<Values>;
  /** Names of the form's fields, so the API's field problems (400) land on them. */
  fields: readonly string[];
  initialValues?: Partial<Values>;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
  /** Words for a refusal other than field problems; default: the API's sentence as STAY_AND_BED_REFUSALS say it. */
  explain?: (error: unknown) => ReactNode;
  children: ReactNode;
}

/**
 * A drawer action's form: vertical, large controls, the API's 400 on the fields, any other refusal in words above
 * the button, the button busy while the request runs.
 */
export function ActionForm<Values extends object>({ form, fields, initialValues, submitLabel, onSubmit, explain, children }: Props<Values>) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<ReactNode>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (values: Values) => {
    setProblem(null);
    setBusy(true);
    try {
      await onSubmit(values);
    } catch (error) {
      const problems = error instanceof ApiError && error.status === 400 ? error.fieldProblems : [];
      const say = (message: string) => translateMessage(message, STAY_AND_BED_REFUSALS, t) ?? message;
      const onFields = formFieldErrors(problems, fields).map((field) => ({ ...field, errors: field.errors.map(say) }));
      if (onFields.length) form.setFields(onFields as never);
      // A 400 about nothing on this form (a rule the form did not foresee) is shown in words above the button.
      if (problems.length && !onFields.length) setProblem(problems.map((problem) => say(problem.message)).join('; '));
      else setProblem(explain?.(error) ?? explainApiError(error, t, STAY_AND_BED_REFUSALS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" size="large" initialValues={initialValues} onFinish={submit} className="action-form" requiredMark={false}>
      {children}
      {problem && <Alert type="error" showIcon title={problem} role="alert" className="action-form__problem" />}
      <Button type="primary" htmlType="submit" loading={busy} block autoInsertSpace={false}>
        {submitLabel}
      </Button>
    </Form>
  );
}
