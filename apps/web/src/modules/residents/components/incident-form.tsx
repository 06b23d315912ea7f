import { Alert, Button, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_CHANNELS, SAFETY_RISK_LABELS, SAFETY_RISKS } from '@shared/assessments/safety-risks';
import { ApiError } from '@web/api/api-error';
import { useAddIncidentMutation } from '@web/data/assessments/add-incident-mutation';
import type { NewIncident } from '@web/data/assessments/types';
import { describeError } from '@web/lib/describe-error';
import { fieldPath } from '@web/lib/field-path';
import { useText } from '../hooks/use-text';

interface Values {
  occurredAt?: Dayjs;
  risk?: NewIncident['risk'];
  description?: string;
  handling?: string;
  familyNotifiedAt?: Dayjs;
  notificationChannel?: NewIncident['notificationChannel'];
  notifiedPerson?: string;
}

/** 意外事件: what happened and how it was handled, and when, how and whom of the family was told. */
export function IncidentForm({ residentId, facilityId, onDone }: { residentId: string; facilityId: string | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const text = useText();
  const [form] = Form.useForm<Values>();
  const add = useAddIncidentMutation(residentId);
  const required = [{ required: true, message: t('residents.form.required') }];
  const notFuture = { validator: (_: unknown, value?: Dayjs) => (value && value.isAfter(new Date()) ? Promise.reject(new Error(t('residents.incident.notFuture'))) : Promise.resolve()) };
  const submit = (values: Values) =>
    add.mutate(
      {
        occurredAt: values.occurredAt!.toISOString(),
        risk: values.risk!,
        description: values.description!.trim(),
        ...(values.handling?.trim() ? { handling: values.handling.trim() } : {}),
        ...(values.familyNotifiedAt ? { familyNotifiedAt: values.familyNotifiedAt.toISOString() } : {}),
        ...(values.notificationChannel ? { notificationChannel: values.notificationChannel } : {}),
        ...(values.notifiedPerson?.trim() ? { notifiedPerson: values.notifiedPerson.trim() } : {}),
        ...(facilityId ? { facilityId } : {}),
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError) form.setFields(error.fieldProblems.map((problem) => ({ name: fieldPath(problem.field) as never, errors: [problem.message] })));
        },
      },
    );
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} size="large" className="incident-form" aria-label={t('residents.incident.title')}>
      <div className="form-row">
        <Form.Item name="occurredAt" label={t('residents.incident.occurredAt')} rules={[...required, notFuture]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" inputReadOnly />
        </Form.Item>
        <Form.Item name="risk" label={t('residents.incident.risk')} rules={required}>
          <Select
            style={{ minWidth: 200 }}
            options={[...SAFETY_RISKS.map((risk) => ({ value: risk, label: text(SAFETY_RISK_LABELS[risk]) })), { value: 'other', label: t('residents.incident.other') }]}
          />
        </Form.Item>
      </div>
      <Form.Item name="description" label={t('residents.incident.description')} rules={required}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="handling" label={t('residents.incident.handling')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="familyNotifiedAt" label={t('residents.incident.familyNotifiedAt')} rules={[notFuture]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" inputReadOnly />
        </Form.Item>
        <Form.Item name="notifiedPerson" label={t('residents.incident.notifiedPerson')}>
          <Input maxLength={100} />
        </Form.Item>
      </div>
      <Form.Item name="notificationChannel" label={t('residents.incident.channel')}>
        <Radio.Group optionType="button" buttonStyle="solid" className="big-choices" options={NOTIFICATION_CHANNELS.map((channel) => ({ value: channel, label: t(`residents.incident.channels.${channel}`) }))} />
      </Form.Item>
      {add.error && !(add.error instanceof ApiError && add.error.fieldProblems.length > 0) && <Alert type="error" showIcon role="alert" title={describeError(add.error, t)} />}
      <Button type="primary" htmlType="submit" loading={add.isPending} className="resident-form__submit">
        {t('residents.incident.save')}
      </Button>
    </Form>
  );
}
