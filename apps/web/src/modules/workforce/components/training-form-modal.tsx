import { DatePicker, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTrainingMutation } from '@web/data/workforce/training-mutations';
import type { CourseType } from '@web/data/workforce/types';
import { describeError } from '@web/lib/describe-error';
import { applyFieldProblems, shownBesideFields } from './apply-field-problems';
import { PlaceField } from './place-field';

export const COURSE_TYPES: readonly CourseType[] = ['caregiver', 'manager', 'family_caregiver'];
const FIELDS = ['courseType', 'regionCode', 'traineeName', 'idNumber', 'trainedOn', 'hours', 'provider', 'free'] as const;

interface Values {
  courseType: CourseType;
  regionCode: string;
  traineeName: string;
  idNumber: string;
  trainedOn: Dayjs;
  hours: number;
  provider?: string;
  free: boolean;
}

/** 登记培训记录: one trainee on one course day; the API's field problems show beside the fields. */
export function TrainingFormModal({ open, region, onClose }: { open: boolean; region: string | null; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useCreateTrainingMutation();
  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [open]);

  const submit = (values: Values) => {
    save.mutate(
      {
        courseType: values.courseType,
        regionCode: values.regionCode,
        traineeName: values.traineeName.trim(),
        idNumber: values.idNumber.trim(),
        trainedOn: values.trainedOn.format('YYYY-MM-DD'),
        hours: values.hours,
        ...(values.provider?.trim() ? { provider: values.provider.trim() } : {}),
        free: values.free,
      },
      { onSuccess: () => onClose(true), onError: (error) => applyFieldProblems(form, error, FIELDS) },
    );
  };
  const required = [{ required: true, message: t('workforce.required') }];
  const shownBeside = shownBesideFields(save.error, FIELDS);
  return (
    <Modal
      open={open}
      title={t('workforce.trainings.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ courseType: 'family_caregiver', free: true, hours: 4, regionCode: region ?? undefined }}>
        <Form.Item name="courseType" label={t('workforce.trainings.fields.courseType')} rules={required}>
          <Select options={COURSE_TYPES.map((course) => ({ value: course, label: t(`workforce.courseType.${course}`) }))} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('workforce.trainings.fields.regionCode')} rules={required}>
          <PlaceField id="training-region" ariaLabel={t('workforce.trainings.fields.regionCode')} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="traineeName" label={t('workforce.trainings.fields.traineeName')} rules={required}>
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item name="idNumber" label={t('workforce.trainings.fields.idNumber')} rules={required} extra={t('workforce.trainings.fields.idNumberHint')}>
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="trainedOn" label={t('workforce.trainings.fields.trainedOn')} rules={required}>
            <DatePicker inputReadOnly />
          </Form.Item>
          <Form.Item name="hours" label={t('workforce.trainings.fields.hours')} rules={required}>
            <InputNumber min={0.5} max={9999} step={0.5} precision={1} />
          </Form.Item>
          <Form.Item name="free" label={t('workforce.trainings.fields.free')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </div>
        <Form.Item name="provider" label={t('workforce.trainings.fields.provider')}>
          <Input maxLength={200} />
        </Form.Item>
        {save.error && !shownBeside && (
          <p role="alert" className="form-error">
            {describeError(save.error, t)}
          </p>
        )}
      </Form>
    </Modal>
  );
}
