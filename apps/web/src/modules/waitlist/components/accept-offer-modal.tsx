import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@shared/core/dates';
import { ApiError } from '@web/api/api-error';
import { useAcceptMutation } from '@web/data/waitlist/accept-mutation';
import type { AcceptInput, StayFunding, WaitlistEntry } from '@web/data/waitlist/types';
import { explainApiError, fieldErrors } from '@web/lib/explain-api-error';
import { formFieldErrors } from '@web/modules/admissions/utils/admission-errors';
import { RISK_FIELD_NAMES, SafetyRisksFields } from '@web/modules/admissions/components/safety-risks-fields';
import { risksBody, type RiskAnswers } from '@web/modules/admissions/utils/safety-risks';
import { WAITLIST_MESSAGES } from '../utils/waitlist-messages';
import { FUNDING } from './offer-bed-modal';

interface Values {
  admittedOn: string;
  funding: StayFunding | 'as_offered';
  safetyRisks: RiskAnswers;
}

const FIELDS = ['admittedOn', 'funding'];

interface Props {
  entry: (WaitlistEntry & { offer: NonNullable<WaitlistEntry['offer']> }) | null;
  onClose: (done: string | null) => void;
}

/**
 * Accepting on the applicant's behalf admits them: the date is asked for explicitly (today unless said otherwise), and
 * the nine GB 38600 risks are recorded with it (the API refuses an admission without an assessment of them from the
 * 30 days before; the facility's staff record them here, as on the admission form).
 */
export function AcceptOfferModal({ entry, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const accept = useAcceptMutation();
  useEffect(() => {
    if (!entry) return;
    accept.reset();
    form.resetFields();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [entry]);
  if (!entry) return null;
  const names = { name: entry.residentName, bed: entry.offer.bedCode };
  const submit = (values: Values) =>
    accept.mutate(
      {
        entryId: entry.entryId,
        // The generated type makes `funding` required because it has a default; left out, the API takes the offer's own.
        body: {
          admittedOn: values.admittedOn,
          ...(values.funding === 'as_offered' ? {} : { funding: values.funding }),
          safetyRisks: risksBody(values.safetyRisks ?? {}) ?? undefined,
        } as AcceptInput,
      },
      {
        onSuccess: () => onClose(t('waitlist.acceptForm.done', names)),
        onError: (error) => {
          form.setFields(fieldErrors(error, t, WAITLIST_MESSAGES).filter((field) => FIELDS.includes(field.name)) as never);
          // A risk's own problem (`safetyRisks.choking.level`) goes on that risk.
          if (error instanceof ApiError) form.setFields(formFieldErrors(error.fieldProblems.filter((problem) => problem.field.startsWith('safetyRisks.')), RISK_FIELD_NAMES) as never);
        },
      },
    );
  const onField =
    accept.error instanceof ApiError && accept.error.fieldProblems.some((problem) => FIELDS.includes(problem.field) || problem.field.startsWith('safetyRisks.'));
  return (
    <Modal
      open
      title={t('waitlist.acceptForm.title', names)}
      okText={t('waitlist.acceptForm.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={accept.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      okButtonProps={{ size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      destroyOnHidden
      width={680}
    >
      <Form<Values> form={form} layout="vertical" size="large" onFinish={submit} initialValues={{ admittedOn: today(), funding: 'as_offered' }}>
        <Form.Item name="admittedOn" label={t('waitlist.acceptForm.admittedOn')} extra={t('waitlist.acceptForm.admittedOnHint')} rules={[{ required: true, message: t('waitlist.acceptForm.dateRequired') }]}>
          <Input type="date" size="large" max={today()} />
        </Form.Item>
        <Form.Item name="funding" label={t('waitlist.acceptForm.funding')}>
          <Select
            size="large"
            options={[{ value: 'as_offered', label: t('waitlist.acceptForm.fundingAsOffered') }, ...FUNDING.map((funding) => ({ value: funding, label: t(`waitlist.funding.${funding}`) }))]}
          />
        </Form.Item>
        <SafetyRisksFields />
        {accept.error && !onField && <Alert type="error" showIcon role="alert" title={explainApiError(accept.error, t, WAITLIST_MESSAGES)} />}
      </Form>
    </Modal>
  );
}
