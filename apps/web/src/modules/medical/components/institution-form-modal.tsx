import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { useCreateMedicalInstitutionMutation } from '@web/data/medical/mutations';
import { MEDICAL_INSTITUTION_KINDS, MEDICAL_INSTITUTION_LEVELS, type MedicalInstitutionKind, type MedicalInstitutionLevel } from '@web/data/medical/types';
import { DateField } from '@web/modules/facility-profile/components/date-field';
import { FormFailure, placeProblems } from '@web/modules/facility-profile/components/form-failure';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { RegionPicker } from '@web/modules/regions/components/region-picker';

const SHOWN = ['name', 'kind', 'level', 'regionCode', 'openedOn'];

interface Values {
  name?: string;
  kind?: MedicalInstitutionKind;
  level?: MedicalInstitutionLevel;
  regionCode?: string;
  openedOn?: string;
}

/** 登记医疗机构: name, kind, level, the township or village it stands in, and when it opened (if known). */
export function InstitutionFormModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateMedicalInstitutionMutation();
  const regionCode = Form.useWatch('regionCode', form);
  const [chosenRegion] = useRegionsQuery(regionCode ? [regionCode] : []);
  const submit = (values: Values) =>
    create.mutate(
      { name: values.name!.trim(), kind: values.kind!, level: values.level ?? 'unrated', regionCode: values.regionCode!, ...(values.openedOn ? { openedOn: values.openedOn } : {}) },
      {
        onSuccess: (saved) => {
          form.resetFields();
          onSaved(saved.name);
        },
        onError: (error) => placeProblems(form, error, SHOWN),
      },
    );
  return (
    <Modal
      open={open}
      title={t('medical.institutions.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened && create.reset()}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ level: 'unrated' }} aria-label={t('medical.institutions.add')}>
        <Form.Item name="name" label={t('medical.institutions.name')} rules={[{ required: true, whitespace: true, message: t('medical.institutions.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="kind" label={t('medical.institutions.kind')} rules={[{ required: true, message: t('medical.institutions.kindRequired') }]}>
            <Select style={{ minWidth: 180 }} options={MEDICAL_INSTITUTION_KINDS.map((kind) => ({ value: kind, label: t(`medical.kind.${kind}`) }))} />
          </Form.Item>
          <Form.Item name="level" label={t('medical.institutions.level')}>
            <Select style={{ minWidth: 120 }} options={MEDICAL_INSTITUTION_LEVELS.map((level) => ({ value: level, label: t(`medical.level.${level}`) }))} />
          </Form.Item>
        </div>
        <Form.Item
          name="regionCode"
          label={t('medical.institutions.region')}
          extra={t('medical.institutions.regionHint')}
          rules={[{ required: true, message: t('medical.institutions.regionRequired') }]}
        >
          <RegionPicker
            id="medical-institution-region"
            value={regionCode ?? null}
            valueName={chosenRegion?.data?.name}
            ariaLabel={t('medical.institutions.region')}
            onChange={(code) => form.setFieldValue('regionCode', code)}
          />
        </Form.Item>
        <Form.Item name="openedOn" label={t('medical.institutions.openedOn')}>
          <DateField max={today()} />
        </Form.Item>
        <FormFailure error={create.error} shown={SHOWN} />
      </Form>
    </Modal>
  );
}
