import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWithdrawMutation } from '@web/data/waitlist/withdraw-mutation';
import type { WaitlistEntry } from '@web/data/waitlist/types';
import { explainApiError } from '@web/lib/explain-api-error';
import { WAITLIST_MESSAGES } from '../utils/waitlist-messages';

interface Values {
  reason?: string;
  withoutPenalty: boolean;
}

interface Props {
  entry: WaitlistEntry | null;
  penaltyMonths: number;
  onClose: (done: string | null) => void;
}

/** Withdraws an application; holding an offer, that is a decline unless the facility waives the penalty, saying why. */
export function WithdrawModal({ entry, penaltyMonths, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const withdraw = useWithdrawMutation();
  const withoutPenalty = Form.useWatch('withoutPenalty', form);
  useEffect(() => {
    if (!entry) return;
    withdraw.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [entry]);
  if (!entry) return null;
  const submit = (values: Values) =>
    withdraw.mutate(
      { entryId: entry.entryId, body: { ...(values.reason?.trim() ? { reason: values.reason.trim() } : {}), withoutPenalty: values.withoutPenalty } },
      { onSuccess: () => onClose(t('waitlist.withdrawForm.done')) },
    );
  return (
    <Modal
      open
      title={t('waitlist.withdrawForm.title', { name: entry.residentName })}
      okText={t('waitlist.withdrawForm.submit')}
      okButtonProps={{ danger: true, size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      cancelText={t('common.cancel')}
      confirmLoading={withdraw.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ withoutPenalty: false }}>
        {entry.offer && penaltyMonths > 0 && <Alert type="warning" showIcon className="waitlist-form__note" title={t('waitlist.withdrawForm.holdingOffer', { months: penaltyMonths })} />}
        <Form.Item name="reason" label={t('waitlist.withdrawForm.reason')} rules={withoutPenalty ? [{ required: true, whitespace: true, message: t('waitlist.withdrawForm.reasonRequired') }] : []}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="withoutPenalty" valuePropName="checked">
          <Checkbox className="waitlist-form__check">{t('waitlist.withdrawForm.withoutPenalty')}</Checkbox>
        </Form.Item>
        {withdraw.error && <Alert type="error" showIcon role="alert" title={explainApiError(withdraw.error, t, WAITLIST_MESSAGES)} />}
      </Form>
    </Modal>
  );
}
