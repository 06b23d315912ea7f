import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { ApiError } from '@web/api/api-error';
import { useCreateTerminalMutation } from '@web/data/community-records/community-mutations';
import { DEVICE_KINDS, type DeviceKind } from '@web/data/community-records/types';
import { describeError } from '@web/lib/describe-error';
import { RegionField } from './region-field';

interface Values {
  regionCode: string;
  deviceKind: DeviceKind;
  deviceCode: string;
  installedOn: Dayjs;
  linked: boolean;
}

const FIELDS = new Set(['regionCode', 'deviceKind', 'deviceCode', 'installedOn', 'linked']);

/** 登记智慧养老终端: a device in a village or community; a code already registered is refused beside its field. */
export function TerminalFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useCreateTerminalMutation();
  useEffect(() => {
    if (!open) return;
    save.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [open]);
  const submit = (values: Values) =>
    save.mutate(
      { regionCode: values.regionCode, deviceKind: values.deviceKind, deviceCode: values.deviceCode.trim(), installedOn: values.installedOn.format('YYYY-MM-DD'), linked: values.linked },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (error instanceof ApiError) form.setFields(error.fieldProblems.filter((p) => FIELDS.has(p.field)).map((p) => ({ name: p.field as keyof Values, errors: [p.message] })));
        },
      },
    );
  const required = [{ required: true, message: t('community.required') }];
  return (
    <Modal
      open={open}
      title={t('community.terminals.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ deviceKind: 'emergency_call', linked: true }}>
        <Form.Item name="regionCode" label={t('community.region')} extra={t('community.terminals.regionHint')} rules={required}>
          <RegionField id="terminal-region" ariaLabel={t('community.region')} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="deviceKind" label={t('community.terminals.deviceKind')} rules={required}>
            <Select style={{ minWidth: 180 }} options={DEVICE_KINDS.map((kind) => ({ value: kind, label: t(`community.terminals.kinds.${kind}`) }))} />
          </Form.Item>
          <Form.Item name="deviceCode" label={t('community.terminals.deviceCode')} rules={[...required, { max: 100 }]}>
            <Input />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="installedOn" label={t('community.terminals.installedOn')} rules={required}>
            <DatePicker inputReadOnly disabledDate={(day) => day.format('YYYY-MM-DD') > today()} />
          </Form.Item>
          <Form.Item name="linked" valuePropName="checked">
            <Checkbox>{t('community.terminals.linked')}</Checkbox>
          </Form.Item>
        </div>
      </Form>
      {save.error && !(save.error instanceof ApiError && save.error.fieldProblems.some((p) => FIELDS.has(p.field))) && (
        <Alert type="error" showIcon role="alert" title={describeError(save.error, t)} />
      )}
    </Modal>
  );
}
