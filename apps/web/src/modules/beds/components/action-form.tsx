import { Alert, Button, Form, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { describeError } from '@web/lib/describe-error';
import { formFieldErrors } from '@web/modules/admissions/utils/admission-errors';

interface Props<Values> {
  form: FormInstance<Values>;
  /** Names of the form's fields, so the API's field problems (400) land on them. */
  fields: readonly string[];
  initialValues?: Partial<Values>;
  submitLabel: string;
  onSubmit: (values: Values) => Promise<unknown>;
  /** Words for a refusal other than field problems; default: the API's own sentence. */
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
      const onFields = formFieldErrors(problems, fields);
      if (onFields.length) form.setFields(onFields as never);
      // A 400 about nothing on this form (a rule the form did not foresee) is shown as the API worded it.
      if (problems.length && !onFields.length) setProblem(problems.map((problem) => problem.message).join('; '));
      else setProblem(explain?.(error) ?? describeError(error, t));
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
