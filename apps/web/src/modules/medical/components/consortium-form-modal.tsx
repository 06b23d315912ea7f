import { Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { useFacilitySearchQuery } from '@web/data/facilities/facility-search-query';
import { useMedicalInstitutionsQuery } from '@web/data/medical/institutions-query';
import { useCreateConsortiumMutation } from '@web/data/medical/mutations';
import { DateField } from '@web/modules/facility-profile/components/date-field';
import { FormFailure, placeProblems } from '@web/modules/facility-profile/components/form-failure';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { RegionPicker } from '@web/modules/regions/components/region-picker';

const SHOWN = ['name', 'regionCode', 'establishedOn', 'meetsFiveStandards', 'facilityIds', 'medicalInstitutionIds'];

interface Values {
  name?: string;
  regionCode?: string;
  establishedOn?: string;
  meetsFiveStandards?: boolean;
  facilityIds?: string[];
  medicalInstitutionIds?: string[];
}

/** 登记康养联合体: where it is registered, when it was established, whether it meets 五有, and its members. */
export function ConsortiumFormModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateConsortiumMutation();
  const regionCode = Form.useWatch('regionCode', form);
  const [chosenRegion] = useRegionsQuery(regionCode ? [regionCode] : []);
  const [facilityTerm, setFacilityTerm] = useState('');
  const [institutionTerm, setInstitutionTerm] = useState('');
  const facilities = useFacilitySearchQuery(facilityTerm, open);
  const institutions = useMedicalInstitutionsQuery({ q: institutionTerm.trim() || undefined, page: 1, limit: 50 });
  const submit = (values: Values) =>
    create.mutate(
      {
        name: values.name!.trim(),
        regionCode: values.regionCode!,
        establishedOn: values.establishedOn!,
        meetsFiveStandards: values.meetsFiveStandards ?? false,
        facilityIds: values.facilityIds ?? [],
        medicalInstitutionIds: values.medicalInstitutionIds ?? [],
      },
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
      title={t('medical.consortia.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(opened) => opened && create.reset()}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} aria-label={t('medical.consortia.add')}>
        <Form.Item name="name" label={t('medical.consortia.name')} rules={[{ required: true, whitespace: true, message: t('medical.consortia.nameRequired') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('medical.consortia.region')} rules={[{ required: true, message: t('medical.consortia.regionRequired') }]}>
          <RegionPicker
            id="consortium-region"
            value={regionCode ?? null}
            valueName={chosenRegion?.data?.name}
            ariaLabel={t('medical.consortia.region')}
            onChange={(code) => form.setFieldValue('regionCode', code)}
          />
        </Form.Item>
        <div className="form-row">
          <Form.Item name="establishedOn" label={t('medical.consortia.establishedOn')} rules={[{ required: true, message: t('medical.consortia.establishedRequired') }]}>
            <DateField max={today()} />
          </Form.Item>
          <Form.Item name="meetsFiveStandards" valuePropName="checked" label=" ">
            <Checkbox>{t('medical.consortia.fiveStandards')}</Checkbox>
          </Form.Item>
        </div>
        <Form.Item name="facilityIds" label={t('medical.consortia.memberFacilities')}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setFacilityTerm }}
            loading={facilities.isFetching}
            options={(facilities.data?.items ?? []).map((facility) => ({ value: facility.id, label: facility.name }))}
          />
        </Form.Item>
        <Form.Item name="medicalInstitutionIds" label={t('medical.consortia.memberInstitutions')}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: false, onSearch: setInstitutionTerm }}
            loading={institutions.isFetching}
            options={(institutions.data?.items ?? []).filter((item) => !item.closedOn).map((item) => ({ value: item.id, label: item.name }))}
          />
        </Form.Item>
        <FormFailure error={create.error} shown={SHOWN} />
      </Form>
    </Modal>
  );
}
