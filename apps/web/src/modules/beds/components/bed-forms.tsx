import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBackInServiceMutation } from '@web/data/beds/back-in-service-mutation';
import { useOutOfServiceMutation } from '@web/data/beds/out-of-service-mutation';
import { useRebuildMutation } from '@web/data/beds/rebuild-mutation';
import { useReclassifyMutation } from '@web/data/beds/reclassify-mutation';
import type { BoardBed } from '@web/data/beds/types';
import { ActionForm } from './action-form';
import { EffectiveDateFields } from './effective-date-fields';

export interface BedFormProps {
  facilityId: string;
  bed: BoardBed;
  today: string;
  /** After the change: a sentence saying it was done. */
  onDone: (outcome: string) => void;
}

/** 暂停使用: from a date, until a date or open, with a reason. */
export function OutOfServiceForm({ facilityId, bed, today, onDone }: BedFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ from: string; until?: string; reason: string }>();
  const mutation = useOutOfServiceMutation(facilityId, bed.id);
  return (
    <ActionForm
      form={form}
      fields={['from', 'until', 'reason']}
      initialValues={{ from: today }}
      submitLabel={t('beds.action.outOfService')}
      onSubmit={async ({ from, until, reason }) => {
        await mutation.mutateAsync({ from, until: until || undefined, reason });
        onDone(t('beds.form.done'));
      }}
    >
      <EffectiveDateFields name="from" label={t('beds.form.from')} />
      <Form.Item name="until" label={t('beds.form.until')}>
        <Input type="date" className="date-input" />
      </Form.Item>
      <Form.Item name="reason" label={t('beds.form.reason')} rules={[{ required: true, whitespace: true, message: t('beds.form.reasonRequired') }]}>
        <Input maxLength={500} />
      </Form.Item>
    </ActionForm>
  );
}

/** 恢复使用 on a date. */
export function BackInServiceForm({ facilityId, bed, today, onDone }: BedFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ on: string }>();
  const mutation = useBackInServiceMutation(facilityId, bed.id);
  return (
    <ActionForm
      form={form}
      fields={['on']}
      initialValues={{ on: today }}
      submitLabel={t('beds.action.backInService')}
      onSubmit={async ({ on }) => {
        await mutation.mutateAsync({ on });
        onDone(t('beds.form.done'));
      }}
    >
      <EffectiveDateFields name="on" label={t('beds.form.backOn')} />
    </ActionForm>
  );
}

/** 调整分类 from a date: 护理型, 认知障碍照护 (which must be care-type). */
export function ReclassifyForm({ facilityId, bed, today, onDone }: BedFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ careType: boolean; dementiaCare: boolean; effectiveFrom: string }>();
  const mutation = useReclassifyMutation(facilityId, bed.id);
  return (
    <ActionForm
      form={form}
      fields={['careType', 'dementiaCare', 'effectiveFrom']}
      initialValues={{ careType: Boolean(bed.careType), dementiaCare: Boolean(bed.dementiaCare), effectiveFrom: today }}
      submitLabel={t('beds.action.reclassify')}
      onSubmit={async ({ careType, dementiaCare, effectiveFrom }) => {
        await mutation.mutateAsync({ careType, dementiaCare, effectiveFrom });
        onDone(t('beds.form.done'));
      }}
    >
      <Form.Item name="careType" valuePropName="checked">
        <Checkbox className="big-check">{t('beds.form.careType')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="dementiaCare"
        valuePropName="checked"
        dependencies={['careType']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, dementia) => (dementia && !getFieldValue('careType') ? Promise.reject(new Error(t('beds.form.dementiaNeedsCare'))) : Promise.resolve()),
          }),
        ]}
      >
        <Checkbox className="big-check">{t('beds.form.dementiaCare')}</Checkbox>
      </Form.Item>
      <EffectiveDateFields name="effectiveFrom" label={t('beds.form.effectiveDate')} />
    </ActionForm>
  );
}

/** 改建: the bed rebuilt in place, back in service on a date; it keeps its code, classification and stays. */
export function RebuildForm({ facilityId, bed, today, onDone }: BedFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ commissionedOn: string; notes?: string }>();
  const mutation = useRebuildMutation(facilityId, bed.id);
  return (
    <ActionForm
      form={form}
      fields={['commissionedOn', 'notes']}
      initialValues={{ commissionedOn: today }}
      submitLabel={t('beds.origin.rebuild')}
      onSubmit={async ({ commissionedOn, notes }) => {
        await mutation.mutateAsync({ commissionedOn, ...(notes?.trim() ? { notes: notes.trim() } : {}) });
        onDone(t('beds.origin.rebuilt', { date: commissionedOn }));
      }}
    >
      <p className="bed-drawer__note">{t('beds.origin.rebuildHint')}</p>
      <EffectiveDateFields name="commissionedOn" label={t('beds.origin.commissionedOn')} max={today} />
      <Form.Item name="notes" label={t('beds.origin.notes')}>
        <Input maxLength={1000} />
      </Form.Item>
    </ActionForm>
  );
}
