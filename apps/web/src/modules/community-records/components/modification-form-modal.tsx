import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { ApiError } from '@web/api/api-error';
import { useCreateModificationMutation } from '@web/data/community-records/community-mutations';
import { describeError } from '@web/lib/describe-error';
import { RegionField } from './region-field';

interface Values {
  regionCode: string;
  applicantName: string;
  hardship: boolean;
  subsidised: boolean;
  subsidyYuan?: number;
  appliedOn: Dayjs;
  completedOn?: Dayjs;
}

const FIELDS = new Set(['regionCode', 'applicantName', 'hardship', 'subsidised', 'subsidyYuan', 'appliedOn', 'completedOn']);

/** 登记适老化改造: a household's application, and its completion when already done; the API's field problems show beside the fields. */
export function ModificationFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useCreateModificationMutation();
  const subsidised = Form.useWatch('subsidised', form);
  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [open]);
  const submit = (values: Values) =>
    save.mutate(
      {
        regionCode: values.regionCode,
        applicantName: values.applicantName.trim(),
        hardship: values.hardship,
        subsidised: values.subsidised,
        ...(values.subsidised && values.subsidyYuan !== undefined && values.subsidyYuan !== null ? { subsidyYuan: values.subsidyYuan } : {}),
        appliedOn: values.appliedOn.format('YYYY-MM-DD'),
        ...(values.completedOn ? { completedOn: values.completedOn.format('YYYY-MM-DD') } : {}),
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (error instanceof ApiError) form.setFields(error.fieldProblems.filter((p) => FIELDS.has(p.field)).map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
        },
      },
    );
  const required = [{ required: true, message: t('community.required') }];
  const notFuture = (day: Dayjs) => day.format('YYYY-MM-DD') > today();
  return (
    <Modal
      open={open}
      title={t('community.modifications.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ hardship: true, subsidised: false }}>
        <Form.Item name="regionCode" label={t('community.region')} extra={t('community.modifications.regionHint')} rules={required}>
          <RegionField id="modification-region" ariaLabel={t('community.region')} />
        </Form.Item>
        <Form.Item name="applicantName" label={t('community.modifications.applicant')} rules={[...required, { max: 100 }]}>
          <Input />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="hardship" valuePropName="checked">
            <Checkbox>{t('community.modifications.hardship')}</Checkbox>
          </Form.Item>
          <Form.Item name="subsidised" valuePropName="checked">
            <Checkbox>{t('community.modifications.subsidised')}</Checkbox>
          </Form.Item>
          {subsidised && (
            <Form.Item name="subsidyYuan" label={t('community.modifications.subsidyYuan')}>
              <InputNumber min={0} max={10_000_000} precision={2} />
            </Form.Item>
          )}
        </div>
        <div className="form-row">
          <Form.Item name="appliedOn" label={t('community.modifications.appliedOn')} rules={required}>
            <DatePicker inputReadOnly disabledDate={notFuture} />
          </Form.Item>
          <Form.Item name="completedOn" label={t('community.modifications.completedOn')}>
            <DatePicker inputReadOnly disabledDate={notFuture} />
          </Form.Item>
        </div>
      </Form>
      {save.error && !(save.error instanceof ApiError && save.error.fieldProblems.some((p) => FIELDS.has(p.field))) && (
        <Alert type="error" showIcon role="alert" title={describeError(save.error, t)} />
      )}
    </Modal>
  );
}
