import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  label: string;
  /** Latest date allowed (the API takes no future date for stays). */
  max?: string;
  min?: string;
}

/**
 * The date a change takes effect, asked for explicitly: today is filled in, but the person ticks that they checked
 * it (changing the date clears the tick), so a backdated admission or reclassification is never today by accident.
 * A native date input: the tablet's own date wheel, no calendar bundle.
 */
export function EffectiveDateFields({ name, label, max, min }: Props) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const date = Form.useWatch(name, form) as string | undefined;
  const confirmName = `${name}Confirmed`;
  return (
    <>
      <Form.Item name={name} label={label} extra={t('beds.form.effectiveHint')} rules={[{ required: true, message: t('beds.form.confirmDateRequired') }]}>
        <Input type="date" max={max} min={min} className="date-input" onChange={() => form.setFieldValue(confirmName, false)} />
      </Form.Item>
      <Form.Item
        name={confirmName}
        valuePropName="checked"
        rules={[{ validator: (_, checked) => (checked ? Promise.resolve() : Promise.reject(new Error(t('beds.form.confirmDateRequired')))) }]}
      >
        <Checkbox className="date-confirm">{t('beds.form.confirmDate', { date: date ?? '—' })}</Checkbox>
      </Form.Item>
    </>
  );
}
