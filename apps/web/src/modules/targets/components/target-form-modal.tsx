import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BINDING_LABELS } from '@shared/kpi/attainment';
import { ApiError } from '@web/api/api-error';
import { usePutTargetMutation } from '@web/data/kpi/put-target-mutation';
import type { Indicator, PutTarget, Target } from '@web/data/kpi/types';
import { describeError } from '@web/lib/describe-error';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';

interface Values {
  indicator: string;
  year: number;
  comparator: PutTarget['comparator'];
  value: number;
  binding: PutTarget['binding'];
  quote?: string;
  file?: string;
  note?: string;
}

interface Props {
  region: string;
  catalog: readonly Indicator[];
  /** The target being changed; null adds one. */
  editing: Target | null;
  open: boolean;
  onClose: (saved: boolean) => void;
}

/** Sets a target; the API's field problems (year out of range, unknown indicator…) show beside the fields. */
export function TargetFormModal({ region, catalog, editing, open, onClose }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const save = usePutTargetMutation();
  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    if (editing) {
      form.setFieldsValue({
        indicator: editing.indicator,
        year: editing.year,
        comparator: editing.comparator,
        value: editing.value,
        binding: editing.binding,
        quote: editing.sourceQuote ?? undefined,
        file: editing.sourceFile ?? undefined,
        note: editing.note ?? undefined,
      });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [open, editing]);

  const submit = (values: Values) => {
    const body: PutTarget = {
      regionCode: region,
      indicator: values.indicator,
      year: values.year,
      comparator: values.comparator,
      value: values.value,
      binding: values.binding,
      ...(values.quote ? { source: { quote: values.quote, ...(values.file ? { file: values.file } : {}) } } : {}),
      ...(values.note ? { note: values.note } : {}),
    };
    save.mutate(body, {
      onSuccess: () => onClose(true),
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        const known = new Set(['indicator', 'year', 'comparator', 'value', 'binding', 'note']);
        const fields = error.fieldProblems.map((problem) => ({ name: problem.field.startsWith('source') ? 'quote' : problem.field, errors: [problem.message] }));
        form.setFields(fields.filter((field) => known.has(field.name) || field.name === 'quote') as never);
      },
    });
  };
  const required = [{ required: true, message: t('targets.required') }];
  const name = editing ? labels.name(catalog.find((indicator) => indicator.id === editing.indicator) ?? { nameZh: editing.indicator, nameEn: editing.indicator }) : '';
  return (
    <Modal
      open={open}
      title={editing ? t('targets.editTitle', { name }) : t('targets.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ comparator: '>=', binding: 'expected', year: 2025 }}>
        <Form.Item name="indicator" label={t('targets.indicator')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            disabled={Boolean(editing)}
            options={catalog.map((indicator) => ({ value: indicator.id, label: `${labels.name(indicator)}（${labels.unit(indicator)}）` }))}
          />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="year" label={t('targets.year')} rules={required}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="comparator" label={t('targets.comparator')} rules={required}>
            <Select options={['>=', '<=', '=', '>', '<'].map((sign) => ({ value: sign, label: sign }))} style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="value" label={t('targets.value')} rules={required}>
            <InputNumber />
          </Form.Item>
        </div>
        <Form.Item name="binding" label={t('targets.binding')} rules={required}>
          <Select options={(['binding', 'expected', 'not_stated'] as const).map((binding) => ({ value: binding, label: labels.english ? BINDING_LABELS[binding].en : BINDING_LABELS[binding].zh }))} />
        </Form.Item>
        <Form.Item name="quote" label={t('targets.quote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="file" label={t('targets.sourceFile')}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('targets.note')}>
          <Input />
        </Form.Item>
        {save.error && !(save.error instanceof ApiError && save.error.fieldProblems.length > 0) && (
          <p role="alert" className="form-error">
            {describeError(save.error, t)}
          </p>
        )}
      </Form>
    </Modal>
  );
}
