import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Select } from 'antd';
import { FACILITY_KIND_LABELS, FACILITY_KINDS } from '@shared/facilities/facility-kinds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@web/api/client';
import { unwrap } from '@web/api/api-error';
import type { ChangeKind, ScenarioChange } from '@web/data/scenarios/types';

const KINDS: ChangeKind[] = ['convert_beds', 'open_facility', 'close_facility', 'add_centre', 'set_population'];

interface Values {
  kind: ChangeKind;
  facilityId?: string;
  townshipCode?: string;
  facilityKind?: (typeof FACILITY_KINDS)[number];
  beds?: number;
  careBeds?: number;
  name?: string;
  regionCode?: string;
  age60Plus?: number;
  from: string;
}

/** Facilities of the region whose name contains the search (first 30). */
function useRegionFacilities(regionCode: string, q: string) {
  return useQuery({
    queryKey: ['scenarios', 'facilities', regionCode, q],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/facilities', { params: { query: { regionCode, limit: 30, ...(q ? { q } : {}) } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The townships (乡镇/街道) of the region. */
function useRegionTownships(regionCode: string) {
  return useQuery({
    queryKey: ['scenarios', 'townships', regionCode],
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/regions', { params: { query: { within: regionCode, level: 'township', limit: 100 } }, signal })),
    staleTime: 5 * 60_000,
  });
}

/** One change to add: its kind first, then the fields that kind takes, facilities and townships picked from the region. */
export function ChangeForm({ regionCode, month, onAdd }: { regionCode: string; month: string; onAdd: (change: ScenarioChange) => void }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'convert_beds';
  const [search, setSearch] = useState('');
  const facilities = useRegionFacilities(regionCode, search.trim());
  const townships = useRegionTownships(regionCode);
  const required = [{ required: true, message: '' }];

  const submit = (values: Values) => {
    const from = values.from;
    switch (values.kind) {
      case 'convert_beds':
        onAdd({ kind: 'convert_beds', facilityId: values.facilityId!, beds: values.beds!, from });
        break;
      case 'open_facility':
        onAdd({
          kind: 'open_facility',
          townshipCode: values.townshipCode!,
          facilityKind: values.facilityKind!,
          beds: values.beds ?? 0,
          careBeds: values.careBeds ?? 0,
          from,
          ...(values.name?.trim() ? { name: values.name.trim() } : {}),
        });
        break;
      case 'close_facility':
        onAdd({ kind: 'close_facility', facilityId: values.facilityId!, from });
        break;
      case 'add_centre':
        onAdd({ kind: 'add_centre', townshipCode: values.townshipCode!, from });
        break;
      case 'set_population':
        onAdd({ kind: 'set_population', regionCode: values.regionCode ?? regionCode, age60Plus: values.age60Plus!, from });
        break;
    }
    form.resetFields(['facilityId', 'beds', 'careBeds', 'name', 'age60Plus']);
  };

  const facilityField = (
    <Form.Item name="facilityId" label={t('scenarios.facility')} rules={required}>
      <Select
        id="scenario-facility"
        showSearch
        filterOption={false}
        onSearch={setSearch}
        placeholder={t('scenarios.facilityPlaceholder')}
        loading={facilities.isFetching}
        options={(facilities.data?.items ?? []).map((facility) => ({ value: facility.id, label: facility.name }))}
      />
    </Form.Item>
  );
  const townshipField = (
    <Form.Item name="townshipCode" label={t('scenarios.township')} rules={required}>
      <Select id="scenario-township" showSearch optionFilterProp="label" options={(townships.data?.items ?? []).map((township) => ({ value: township.code, label: township.name }))} />
    </Form.Item>
  );

  return (
    <Form
      form={form}
      layout="vertical"
      className="scenario-form"
      initialValues={{ kind: 'convert_beds', from: `${month}-01`, facilityKind: 'institution', regionCode }}
      onFinish={submit}
      aria-label={t('scenarios.add')}
    >
      <Form.Item name="kind" label={t('scenarios.kind')}>
        <Select id="scenario-kind" options={KINDS.map((value) => ({ value, label: t(`scenarios.kinds.${value}`) }))} />
      </Form.Item>
      {(kind === 'convert_beds' || kind === 'close_facility') && facilityField}
      {(kind === 'open_facility' || kind === 'add_centre') && townshipField}
      {kind === 'open_facility' && (
        <>
          <Form.Item name="facilityKind" label={t('scenarios.facilityKind')} rules={required}>
            <Select options={FACILITY_KINDS.map((value) => ({ value, label: english ? FACILITY_KIND_LABELS[value].en : FACILITY_KIND_LABELS[value].zh }))} />
          </Form.Item>
          <Form.Item name="name" label={t('scenarios.name')}>
            <Input maxLength={100} />
          </Form.Item>
        </>
      )}
      {(kind === 'convert_beds' || kind === 'open_facility') && (
        <Form.Item name="beds" label={t('scenarios.beds')} rules={required}>
          <InputNumber id="scenario-beds" min={kind === 'convert_beds' ? 1 : 0} max={5000} precision={0} />
        </Form.Item>
      )}
      {kind === 'open_facility' && (
        <Form.Item name="careBeds" label={t('scenarios.careBeds')} rules={required}>
          <InputNumber id="scenario-care-beds" min={0} max={5000} precision={0} />
        </Form.Item>
      )}
      {kind === 'set_population' && (
        <>
          <Form.Item name="regionCode" label={t('scenarios.region')} rules={required}>
            <Input id="scenario-region" maxLength={12} />
          </Form.Item>
          <Form.Item name="age60Plus" label={t('scenarios.age60Plus')} rules={required}>
            <InputNumber id="scenario-people" min={0} max={100_000_000} precision={0} />
          </Form.Item>
        </>
      )}
      <Form.Item name="from" label={t('scenarios.from')} rules={required}>
        <Input id="scenario-from" type="date" />
      </Form.Item>
      <Form.Item className="scenario-form__submit">
        <Button htmlType="submit">{t('scenarios.add')}</Button>
      </Form.Item>
    </Form>
  );
}
