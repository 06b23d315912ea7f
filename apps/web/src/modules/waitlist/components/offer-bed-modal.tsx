import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { useOfferMutation } from '@web/data/waitlist/offer-mutation';
import type { StayFunding, VacantBed, WaitlistEntry } from '@web/data/waitlist/types';
import { explainApiError, fieldErrors } from '@web/lib/explain-api-error';
import { WAITLIST_MESSAGES } from '../utils/waitlist-messages';

export const FUNDING: readonly StayFunding[] = ['self_pay', 'government_purchased', 'tekun_centralized'];

interface Values {
  bedId: string;
  funding: StayFunding;
  skipReason?: string;
}

interface Props {
  entry: WaitlistEntry | null;
  /** Applicants waiting ahead without an offer: skipping them needs a reason. */
  ahead: number;
  vacantBeds: readonly VacantBed[];
  offerValidDays: number;
  onClose: (done: string | null) => void;
}

/**
 * Offers one of today's vacant beds. Offering to someone with applicants waiting ahead asks why, before sending and
 * again if the API finds more ahead than the page knew (its 409 lands on the same field).
 */
export function OfferBedModal({ entry, ahead, vacantBeds, offerValidDays, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const offer = useOfferMutation();
  useEffect(() => {
    if (!entry) return;
    offer.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [entry]);
  if (!entry) return null;
  const submit = (values: Values) => {
    const bed = vacantBeds.find((item) => item.bedId === values.bedId);
    offer.mutate(
      { entryId: entry.entryId, body: { bedId: values.bedId, funding: values.funding, ...(values.skipReason?.trim() ? { skipReason: values.skipReason.trim() } : {}) } },
      {
        onSuccess: () => onClose(t('waitlist.offerForm.done', { name: entry.residentName, bed: bed?.bedCode ?? '' })),
        onError: (error) => form.setFields(fieldErrors(error, t, WAITLIST_MESSAGES).filter((field) => ['bedId', 'skipReason', 'funding'].includes(field.name)) as never),
      },
    );
  };
  const onField = offer.error instanceof ApiError && offer.error.fieldProblems.some((problem) => ['bedId', 'skipReason', 'funding'].includes(problem.field));
  return (
    <Modal
      open
      title={t('waitlist.offerForm.title', { name: entry.residentName })}
      okText={t('waitlist.offerForm.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={offer.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      okButtonProps={{ size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ funding: 'self_pay' }}>
        <Form.Item name="bedId" label={t('waitlist.offerForm.bed')} rules={[{ required: true, message: t('waitlist.offerForm.bedRequired') }]}>
          <Select
            size="large"
            placeholder={t('waitlist.offerForm.bedPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            options={vacantBeds.map((bed) => ({ value: bed.bedId, label: bed.careType ? `${bed.bedCode}（${t('waitlist.offerForm.careType')}）` : bed.bedCode }))}
          />
        </Form.Item>
        <Form.Item name="funding" label={t('waitlist.offerForm.funding')}>
          <Select size="large" options={FUNDING.map((funding) => ({ value: funding, label: t(`waitlist.funding.${funding}`) }))} />
        </Form.Item>
        {ahead > 0 && <Alert type="warning" showIcon title={t('waitlist.offerForm.skipWarning', { count: ahead })} className="waitlist-form__note" />}
        <Form.Item
          name="skipReason"
          label={t('waitlist.offerForm.skipReason')}
          rules={ahead > 0 ? [{ required: true, whitespace: true, message: t('waitlist.offerForm.skipRequired', { count: ahead }) }] : []}
          hidden={ahead === 0 && !onField}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <p className="hint">{t('waitlist.offerForm.validFor', { days: offerValidDays })}</p>
        {offer.error && !onField && <Alert type="error" showIcon role="alert" title={explainApiError(offer.error, t, WAITLIST_MESSAGES)} />}
      </Form>
    </Modal>
  );
}
