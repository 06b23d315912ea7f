import { useQuery } from '@tanstack/react-query';
import { Form, Input, InputNumber, Radio, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { today } from '@yiyang/core';
import { useAddInspectionMutation } from '@web/data/facilities/add-inspection-mutation';
import { inspectionsQuery } from '@web/data/facilities/inspections-query';
import type { Inspection } from '@web/data/facilities/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { useFacilityPermissions } from '../hooks/use-facility-permissions';
import { DateField } from './date-field';
import { placeProblems } from './form-failure';
import { RecordCard } from './record-card';

const SHOWN = ['year', 'inspectedOn', 'passed', 'score', 'notes'];

interface Values {
  year?: number;
  inspectedOn?: string;
  passed?: boolean;
  score?: number | null;
  notes?: string;
}

/**
 * 年度质量检查: one result a year. The form asks for the inspection date — the result counts from that date, and an
 * inspection typed in later must not count only from the day it was typed.
 */
export function InspectionsCard({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const permissions = useFacilityPermissions();
  const inspections = useQuery(inspectionsQuery(facilityId));
  const add = useAddInspectionMutation(facilityId);
  const [form] = Form.useForm<Values>();
  const submit = (values: Values, done: (saved: string) => void) =>
    add.mutate(
      {
        year: values.year!,
        inspectedOn: values.inspectedOn!,
        passed: values.passed!,
        ...(values.score !== undefined && values.score !== null ? { score: values.score } : {}),
        ...(values.notes?.trim() ? { notes: values.notes.trim() } : {}),
      },
      { onSuccess: (saved) => done(t('facility.inspections.saved', { year: saved.year })), onError: (error) => placeProblems(form, error, SHOWN) },
    );
  const fields = (
    <>
      <div className="form-row">
        <Form.Item name="year" label={t('facility.inspections.year')} rules={[{ required: true, message: t('facility.inspections.yearRequired') }]}>
          <InputNumber min={2000} max={2100} precision={0} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="inspectedOn"
          label={t('facility.inspections.inspectedOn')}
          extra={t('facility.inspections.inspectedOnHint')}
          rules={[{ required: true, message: t('facility.inspections.inspectedOnRequired') }]}
        >
          <DateField max={today()} />
        </Form.Item>
        <Form.Item name="score" label={t('facility.inspections.score')}>
          <InputNumber min={0} max={100} precision={2} inputMode="decimal" />
        </Form.Item>
      </div>
      <Form.Item name="passed" label={t('facility.inspections.result')} rules={[{ required: true, message: t('facility.inspections.result') }]}>
        <Radio.Group
          optionType="button"
          className="facility-choice"
          options={[
            { value: true, label: t('facility.inspections.passed') },
            { value: false, label: t('facility.inspections.failed') },
          ]}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('facility.inspections.notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
  return (
    <RecordCard<Values>
      id="inspections-title"
      title={t('facility.inspections.title')}
      addLabel={t('facility.inspections.add')}
      lockedReason={permissions.recordInspections ? null : t('facility.inspections.officialOnly')}
      form={form}
      fields={fields}
      submit={submit}
      mutation={add}
      shown={SHOWN}
    >
      {inspections.error ? (
        <ErrorNotice error={inspections.error} onRetry={() => void inspections.refetch()} />
      ) : (
        <Table<Inspection>
          size="small"
          rowKey="id"
          loading={inspections.isPending}
          dataSource={inspections.data}
          pagination={false}
          locale={{ emptyText: <EmptyState title={t('facility.inspections.none')} /> }}
          columns={[
            { title: t('facility.inspections.year'), dataIndex: 'year' },
            { title: t('facility.inspections.inspectedOn'), dataIndex: 'inspectedOn' },
            {
              title: t('facility.inspections.result'),
              dataIndex: 'passed',
              render: (passed: boolean) => (
                <Tag className={passed ? 'result-tag result-tag--good' : 'result-tag result-tag--bad'}>{t(passed ? 'facility.inspections.passed' : 'facility.inspections.failed')}</Tag>
              ),
            },
            { title: t('facility.inspections.score'), dataIndex: 'score', render: (score: number | null) => score ?? '—' },
            { title: t('facility.inspections.notes'), dataIndex: 'notes', render: (notes: string | null) => notes ?? '' },
          ]}
        />
      )}
    </RecordCard>
  );
}
