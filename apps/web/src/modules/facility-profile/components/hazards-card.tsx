import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Radio, Segmented, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { useAddHazardMutation } from '@web/data/facilities/add-hazard-mutation';
import { hazardsQuery } from '@web/data/facilities/hazards-query';
import { inspectionsQuery } from '@web/data/facilities/inspections-query';
import { useRectifyHazardMutation } from '@web/data/facilities/rectify-hazard-mutation';
import type { Hazard } from '@web/data/facilities/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { DateActionModal } from './date-action-modal';
import { DateField } from './date-field';
import { placeProblems } from './form-failure';
import { RecordCard } from './record-card';

const SHOWN = ['description', 'major', 'foundOn', 'inspectionId'];

interface Values {
  description?: string;
  major?: boolean;
  foundOn?: string;
  inspectionId?: string;
}

type Filter = 'all' | 'open' | 'rectified';

/**
 * 安全隐患: what inspections found (major 重大 or not) and when it was put right. The major ones at institutions make
 * the 重大安全隐患整治率; the yearly inspection's result above stays as it was.
 */
export function HazardsCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const permissions = useFacilityPermissions();
  const [filter, setFilter] = useState<Filter>('all');
  const hazards = useQuery(hazardsQuery(facilityId, filter === 'all' ? undefined : filter));
  const inspections = useQuery(inspectionsQuery(facilityId));
  const add = useAddHazardMutation(facilityId);
  const rectify = useRectifyHazardMutation(facilityId);
  const [rectifying, setRectifying] = useState<Hazard | null>(null);
  const [rectified, setRectified] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const submit = (values: Values, done: (saved: string) => void) =>
    add.mutate(
      {
        description: values.description!.trim(),
        major: values.major!,
        foundOn: values.foundOn!,
        ...(values.inspectionId ? { inspectionId: values.inspectionId } : {}),
      },
      { onSuccess: () => done(t('facility.hazards.saved')), onError: (error) => placeProblems(form, error, SHOWN) },
    );
  const fields = (
    <>
      <Form.Item name="description" label={t('facility.hazards.description')} rules={[{ required: true, whitespace: true, message: t('facility.hazards.descriptionRequired') }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <div className="form-row">
        <Form.Item name="major" label={t('facility.hazards.severity')} rules={[{ required: true, message: t('facility.hazards.severityRequired') }]}>
          <Radio.Group
            optionType="button"
            className="facility-choice"
            options={[
              { value: true, label: t('facility.hazards.major') },
              { value: false, label: t('facility.hazards.minor') },
            ]}
          />
        </Form.Item>
        <Form.Item name="foundOn" label={t('facility.hazards.foundOn')} rules={[{ required: true, message: t('facility.hazards.foundOnRequired') }]}>
          <DateField max={today()} />
        </Form.Item>
      </div>
      <Form.Item name="inspectionId" label={t('facility.hazards.inspection')}>
        <Select
          allowClear
          className="facility-select--wide"
          placeholder={t('facility.hazards.noInspection')}
          options={(inspections.data ?? []).map((inspection) => ({
            value: inspection.id,
            label: t('facility.hazards.inspectionOf', { year: inspection.year, date: inspection.inspectedOn }),
          }))}
        />
      </Form.Item>
    </>
  );
  return (
    <RecordCard<Values>
      id="hazards-title"
      title={t('facility.hazards.title')}
      hint={t('facility.hazards.hint')}
      addLabel={t('facility.hazards.add')}
      lockedReason={permissions.recordHazards ? null : t('facility.hazards.officialOnly')}
      form={form}
      fields={fields}
      submit={submit}
      mutation={add}
      shown={SHOWN}
    >
      <Segmented<Filter>
        value={filter}
        onChange={setFilter}
        aria-label={t('facility.hazards.filter')}
        options={[
          { value: 'all', label: t('facility.hazards.all') },
          { value: 'open', label: t('facility.hazards.open') },
          { value: 'rectified', label: t('facility.hazards.rectified') },
        ]}
      />
      {rectified && (
        <p role="status" className="facility-form__preview">
          {rectified}
        </p>
      )}
      {hazards.error ? (
        <ErrorNotice error={hazards.error} onRetry={() => void hazards.refetch()} />
      ) : (
        <Table<Hazard>
          size="small"
          rowKey="id"
          loading={hazards.isPending}
          dataSource={hazards.data}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <EmptyState title={t('facility.hazards.none')} /> }}
          columns={[
            { title: t('facility.hazards.foundOn'), dataIndex: 'foundOn' },
            {
              title: t('facility.hazards.severity'),
              dataIndex: 'major',
              render: (major: boolean) => <Tag className={major ? 'result-tag result-tag--bad' : 'result-tag'}>{t(major ? 'facility.hazards.major' : 'facility.hazards.minor')}</Tag>,
            },
            { title: t('facility.hazards.description'), dataIndex: 'description' },
            {
              title: t('facility.hazards.rectifiedOn'),
              dataIndex: 'rectifiedOn',
              render: (rectifiedOn: string | null, hazard) =>
                rectifiedOn ? (
                  <Tag className="result-tag result-tag--good">{rectifiedOn}</Tag>
                ) : (
                  <span className="works-open">
                    <Tag>{t('facility.hazards.open')}</Tag>
                    {permissions.recordHazards && (
                      <Button size="small" onClick={() => (setRectified(null), setRectifying(hazard))}>
                        {t('facility.hazards.rectify')}
                      </Button>
                    )}
                  </span>
                ),
            },
          ]}
        />
      )}
      <DateActionModal
        subject={rectifying?.id ?? null}
        title={rectifying ? t('facility.hazards.rectifyTitle', { description: rectifying.description }) : ''}
        field="rectifiedOn"
        label={t('facility.hazards.rectifiedOn')}
        requiredMessage={t('facility.hazards.rectifiedOnRequired')}
        min={rectifying?.foundOn}
        mutation={rectify}
        send={(rectifiedOn, done, failed) => rectify.mutate({ hazardId: rectifying!.id, rectifiedOn }, { onSuccess: done, onError: failed })}
        onClose={(saved) => {
          if (saved && rectifying) setRectified(t('facility.hazards.rectifiedSaved'));
          setRectifying(null);
        }}
      />
    </RecordCard>
  );
}
