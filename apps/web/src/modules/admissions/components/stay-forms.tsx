import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDischargeMutation } from '@web/data/admissions/discharge-mutation';
import { useTransferMutation } from '@web/data/admissions/transfer-mutation';
import { useVoidAdmissionMutation } from '@web/data/admissions/void-admission-mutation';
import type { DischargeReason, Stay } from '@web/data/admissions/types';
import type { BedBoard } from '@web/data/beds/types';
import { ActionForm } from '@web/modules/beds/components/action-form';
import { EffectiveDateFields } from '@web/modules/beds/components/effective-date-fields';
import { vacantBeds } from '@web/modules/beds/utils/board-grouping';
import { admissionProblem } from '../utils/admission-errors';
import { sayRefusal } from '../utils/refusal-messages';

const REASONS: readonly DischargeReason[] = ['home', 'hospital', 'death', 'transfer_out', 'other'];

interface Props {
  facilityId: string;
  stay: Stay;
  today: string;
  onDone: (outcome: string) => void;
}

/** A rule (422) or a conflict (409) in words. */
function useExplain() {
  const { t } = useTranslation();
  return (error: unknown) => {
    const problem = admissionProblem(error);
    if (problem.kind === 'rule' || (problem.kind === 'taken' && problem.message)) return sayRefusal(problem.message, t);
    if (problem.kind === 'fields') return t('admissions.fixFields');
    return undefined;
  };
}

/** 转床 to a bed vacant today, on a date. */
export function TransferForm({ facilityId, stay, today, board, onDone }: Props & { board: BedBoard }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ bedId: string; on: string }>();
  const transfer = useTransferMutation(facilityId, stay.id, stay.bedId);
  const explain = useExplain();
  return (
    <ActionForm
      form={form}
      fields={['bedId', 'on']}
      initialValues={{ on: today }}
      submitLabel={t('beds.action.transfer')}
      explain={explain}
      onSubmit={async ({ bedId, on }) => {
        const next = await transfer.mutateAsync({ bedId, on } as Parameters<typeof transfer.mutateAsync>[0]);
        onDone(t('admissions.transfer.done', { bed: next.bedCode }));
      }}
    >
      <Form.Item name="bedId" label={t('admissions.transfer.to')} rules={[{ required: true, message: t('admissions.bedRequired') }]}>
        <Select
          size="large"
          showSearch={{ optionFilterProp: 'label' }}
          notFoundContent={t('admissions.noVacantBed')}
          options={vacantBeds(board, stay.bedId).map((place) => ({ value: place.bed.id, label: place.bed.code }))}
        />
      </Form.Item>
      <EffectiveDateFields name="on" label={t('admissions.transfer.on')} max={today} min={stay.admittedOn} />
    </ActionForm>
  );
}

/** 出院: the first day away and why. */
export function DischargeForm({ facilityId, stay, today, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ on: string; reason: DischargeReason }>();
  const discharge = useDischargeMutation(facilityId, stay.id, stay.bedId);
  const explain = useExplain();
  return (
    <ActionForm
      form={form}
      fields={['on', 'reason']}
      initialValues={{ on: today }}
      submitLabel={t('beds.action.discharge')}
      explain={explain}
      onSubmit={async ({ on, reason }) => {
        await discharge.mutateAsync({ on, reason });
        onDone(t('admissions.discharge.done'));
      }}
    >
      <EffectiveDateFields name="on" label={t('admissions.discharge.on')} max={today} min={stay.admittedOn} />
      <Form.Item name="reason" label={t('admissions.discharge.reason')} rules={[{ required: true, message: t('beds.form.reasonRequired') }]}>
        <Select size="large" options={REASONS.map((reason) => ({ value: reason, label: t(`admissions.discharge.reasons.${reason}`) }))} />
      </Form.Item>
    </ActionForm>
  );
}

/** 作废当日入住: an admission made by mistake today is removed (kept apart with the reason, audited). */
export function VoidAdmissionForm({ facilityId, stay, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const voidAdmission = useVoidAdmissionMutation(facilityId, stay.id, stay.bedId);
  const explain = useExplain();
  return (
    <ActionForm
      form={form}
      fields={['reason']}
      submitLabel={t('beds.action.void')}
      explain={explain}
      onSubmit={async ({ reason }) => {
        await voidAdmission.mutateAsync({ reason });
        onDone(t('admissions.void.done'));
      }}
    >
      <Form.Item name="reason" label={t('admissions.void.reason')} rules={[{ required: true, whitespace: true, message: t('beds.form.reasonRequired') }]}>
        <Input.TextArea maxLength={500} rows={2} />
      </Form.Item>
    </ActionForm>
  );
}
