import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Form, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from './form-failure';
import { OfficialOnly } from './official-only';

interface Props<Values> {
  id: string;
  title: string;
  /** Under the title: the standard the records follow, say. */
  hint?: string;
  addLabel: string;
  /** Why this role records none (the card then shows no form), or null when it may. */
  lockedReason: string | null;
  form: FormInstance<Values>;
  fields: ReactNode;
  /** Sends the form; `done` is called with what to say once the API has taken it. */
  submit: (values: Values, done: (saved: string) => void) => void;
  /** The write behind the form: its state, reset when the form opens again. */
  mutation: { isPending: boolean; error: unknown; reset: () => void };
  shown: readonly string[];
  /** The records themselves (a table). */
  children: ReactNode;
}

/**
 * A card of dated records (star ratings, inspections): the list, and for a role that may add one, a form that opens
 * in place; otherwise the reason it does not. The outcome is said inline (the app carries no toast context).
 */
export function RecordCard<Values>({ id, title, hint, addLabel, lockedReason, form, fields, submit, mutation, shown, children }: Props<Values>) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const done = (text: string) => {
    setSaved(text);
    setAdding(false);
    form.resetFields();
  };
  return (
    <section className="panel facility-card" aria-labelledby={id}>
      <div className="facility-card__head">
        <h2 id={id} className="panel__title">
          {title}
        </h2>
        {!lockedReason && !adding && (
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => {
              setSaved(null);
              mutation.reset();
              setAdding(true);
            }}
          >
            {addLabel}
          </Button>
        )}
      </div>
      {hint && <p className="hint">{hint}</p>}
      {lockedReason && <OfficialOnly>{lockedReason}</OfficialOnly>}
      {saved && <Alert type="success" showIcon role="status" title={saved} />}
      {adding && (
        <Form<Values> form={form} layout="vertical" className="facility-form" aria-label={addLabel} onFinish={(values) => submit(values, done)}>
          {fields}
          <FormFailure error={mutation.error} shown={shown} />
          <div className="facility-form__actions">
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              {t('common.save')}
            </Button>
            <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
          </div>
        </Form>
      )}
      {children}
    </section>
  );
}
