import { Alert, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { describeError } from '@web/lib/describe-error';

interface Props {
  open: boolean;
  title: string;
  label: string;
  hint?: string;
  /** Days before this one cannot be chosen (the record's own start). */
  notBefore?: string;
  /** A day after today may be chosen (an agreement's last day in force). */
  allowFuture?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (on: string) => void;
  onClose: () => void;
}

/** One date for a step of a record (completed on, removed on, last day in force), today by default. */
export function DateActionModal({ open, title, label, hint, notBefore, allowFuture, pending, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ on: Dayjs }>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  return (
    <Modal open={open} title={title} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={pending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.on.format('YYYY-MM-DD'))}>
        <Form.Item name="on" label={label} extra={hint} rules={[{ required: true, message: t('community.required') }]}>
          <DatePicker inputReadOnly disabledDate={(day) => (notBefore !== undefined && day.format('YYYY-MM-DD') < notBefore) || (!allowFuture && day.format('YYYY-MM-DD') > today())} />
        </Form.Item>
      </Form>
      {Boolean(error) && <Alert type="error" showIcon role="alert" title={describeError(error, t)} />}
    </Modal>
  );
}
