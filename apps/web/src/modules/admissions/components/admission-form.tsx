import { Form, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAdmitMutation } from '@web/data/admissions/admit-mutation';
import type { Funding } from '@web/data/admissions/types';
import { useBedBoardQuery } from '@web/data/beds/bed-board-query';
import { ActionForm } from '@web/modules/beds/components/action-form';
import { EffectiveDateFields } from '@web/modules/beds/components/effective-date-fields';
import { vacantBeds } from '@web/modules/beds/utils/board-grouping';
import { admissionProblem } from '../utils/admission-errors';
import { sayRefusal } from '../utils/refusal-messages';
import { risksBody, type RiskAnswers } from '../utils/safety-risks';
import { BedTakenNotice } from './bed-taken-notice';
import { PersonPicker } from './person-picker';
import { RegisterPerson } from './register-person';
import { RISK_FIELD_NAMES, SafetyRisksFields } from './safety-risks-fields';

const FUNDINGS: readonly Funding[] = ['self_pay', 'tekun_centralized', 'government_purchased'];

interface Values {
  residentId: string;
  bedId: string;
  admittedOn: string;
  funding: Funding;
  safetyRisks: RiskAnswers;
}

interface Props {
  facilityId: string;
  today: string;
  /** The bed chosen on the board; without it the form offers today's vacant beds. */
  bedId?: string;
  /** The person chosen before (`/admit?residentId=`). */
  person?: { id: string; name: string } | null;
  onAdmitted: (outcome: string) => void;
}

/**
 * 办理入住, shared by the bed drawer and the admission page: the person (found, or registered on the spot), the bed,
 * the admission date asked for explicitly, funding, and the nine GB 38600 risks. A 409 says who took the bed (the
 * board has been fetched again by then), a 422 the rule, a 400 goes on the fields.
 */
export function AdmissionForm({ facilityId, today, bedId, person, onAdmitted }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [registered, setRegistered] = useState(person ?? null);
  const admit = useAdmitMutation(facilityId);
  const board = useBedBoardQuery(facilityId, today);
  const beds = board.data ? vacantBeds(board.data) : [];
  const kind = (careType: boolean | null) => (careType ? t('beds.filters.care') : t('beds.filters.general'));

  const explain = (error: unknown) => {
    const problem = admissionProblem(error);
    switch (problem.kind) {
      case 'taken': {
        if (problem.field === 'residentId') return t('admissions.takenPerson');
        return <BedTakenNotice facilityId={facilityId} today={today} bedId={form.getFieldValue('bedId')} holder={problem.holder} />;
      }
      case 'rule':
        return sayRefusal(problem.message, t);
      case 'fields':
        return t('admissions.fixFields');
      default:
        return undefined;
    }
  };

  return (
    <ActionForm
      form={form}
      fields={['residentId', 'bedId', 'admittedOn', 'funding', 'safetyRisks', ...RISK_FIELD_NAMES]}
      initialValues={{ residentId: person?.id, bedId, admittedOn: today, funding: 'self_pay' }}
      submitLabel={t('admissions.submit')}
      explain={explain}
      onSubmit={async (values) => {
        const stay = await admit.mutateAsync({
          residentId: values.residentId,
          bedId: values.bedId,
          admittedOn: values.admittedOn,
          funding: values.funding,
          safetyRisks: risksBody(values.safetyRisks) ?? undefined,
        } as Parameters<typeof admit.mutateAsync>[0]);
        onAdmitted(t('admissions.admitted', { name: stay.residentName, bed: stay.bedCode }));
      }}
    >
      <Form.Item label={t('admissions.person')} required>
        <Space.Compact block className="person-row">
          <Form.Item name="residentId" noStyle rules={[{ required: true, message: t('admissions.personRequired') }]}>
            <PersonPicker known={registered} />
          </Form.Item>
        </Space.Compact>
        <div className="person-row__register">
          <RegisterPerson
            onRegistered={(resident) => {
              setRegistered(resident);
              form.setFieldValue('residentId', resident.id);
            }}
          />
        </div>
      </Form.Item>
      {bedId ? (
        <Form.Item name="bedId" hidden>
          <input type="hidden" />
        </Form.Item>
      ) : (
        <Form.Item name="bedId" label={t('admissions.bed')} rules={[{ required: true, message: t('admissions.bedRequired') }]}>
          <Select
            size="large"
            placeholder={t('admissions.bedPlaceholder')}
            notFoundContent={t('admissions.noVacantBed')}
            showSearch={{ optionFilterProp: 'label' }}
            loading={board.isPending}
            options={beds.map((place) => ({ value: place.bed.id, label: t('admissions.bedLine', { code: place.bed.code, kind: kind(place.bed.careType) }) }))}
          />
        </Form.Item>
      )}
      <EffectiveDateFields name="admittedOn" label={t('admissions.admittedOn')} max={today} />
      <Form.Item name="funding" label={t('admissions.funding')} rules={[{ required: true }]}>
        <Select size="large" options={FUNDINGS.map((funding) => ({ value: funding, label: t(`admissions.fundings.${funding}`) }))} />
      </Form.Item>
      <SafetyRisksFields />
    </ActionForm>
  );
}
