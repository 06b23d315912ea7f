import { Alert, Button, Checkbox, Form, Input, InputNumber, Radio, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '@web/api/api-error';
import { useBulkBedsMutation } from '@web/data/bed-import/bulk-beds-mutation';
import { describeError } from '@web/lib/describe-error';
import { DateField } from '@web/modules/facility-profile/components/date-field';
import { DEFAULT_CODE_PATTERN, DEFAULT_ROOM_PATTERN, planBeds, problemsByBed, type BedPlan, type PlannedBed, type PlanProblem } from '../utils/bed-generator';

type Values = Partial<BedPlan> & { openedOn?: string; origin?: 'existing' | 'new_build' };

const INITIAL: Values = { floorFrom: 1, floorTo: 1, roomsPerFloor: 10, bedsPerRoom: 2, codePattern: DEFAULT_CODE_PATTERN, roomPattern: DEFAULT_ROOM_PATTERN, careType: 'all', careTypeCount: 0, dementiaCare: false, origin: 'existing' };

function complete(values: Values): values is BedPlan & { openedOn?: string } {
  return [values.floorFrom, values.floorTo, values.roomsPerFloor, values.bedsPerRoom].every((n) => typeof n === 'number') && Boolean(values.codePattern && values.roomPattern);
}

/**
 * 按楼层与房间批量新增: the plan, a preview of every bed it makes, and one all-or-nothing request. The API's problems
 * come back per bed (`beds[i].code`…) and show on the bed's row.
 */
export function BedGeneratorPanel({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], { form, preserve: true }) as Values | undefined;
  const bulk = useBulkBedsMutation(facilityId);
  const plan = useMemo(() => (values && complete(values) ? planBeds({ ...values, careTypeCount: values.careTypeCount ?? 0, dementiaCare: Boolean(values.dementiaCare) }) : null), [values]);
  const refused = bulk.error instanceof ApiError ? problemsByBed(bulk.error.fieldProblems) : null;
  const fieldName = (field: string) => t(`bedImport.generator.fields.${field}`, { defaultValue: field });
  const describe = (problem: PlanProblem) => t(`bedImport.generator.problem.${problem.kind}`, problem);
  const beds = plan?.beds ?? [];
  const rooms = new Set(beds.map((bed) => bed.room)).size;
  const careTypeBeds = beds.filter((bed) => bed.careType).length;
  const refusedRows = refused ? [...refused.byIndex.entries()].sort(([a], [b]) => a - b) : [];
  const submit = (submitted: Values) => {
    if (!plan || plan.problems.length || !beds.length) return;
    bulk.mutate({ openedOn: submitted.openedOn, origin: submitted.origin ?? 'existing', beds: beds.map(({ code, room, floor, careType, dementiaCare }) => ({ code, room, floor, careType, dementiaCare, setting: 'institution' as const })) });
  };
  return (
    <section className="panel bulk-panel" aria-labelledby="generator-title">
      <h2 id="generator-title" className="panel__title">
        {t('bedImport.generator.title')}
      </h2>
      <Form<Values> form={form} layout="vertical" initialValues={INITIAL} onFinish={submit} onValuesChange={() => bulk.isIdle || bulk.reset()} aria-labelledby="generator-title">
        <div className="form-row">
          {(['floorFrom', 'floorTo'] as const).map((name) => (
            <Form.Item key={name} name={name} label={t(`bedImport.generator.${name}`)} rules={[{ required: true, message: t('bedImport.generator.required') }]}>
              <InputNumber min={-5} max={200} precision={0} inputMode="numeric" />
            </Form.Item>
          ))}
          <Form.Item name="roomsPerFloor" label={t('bedImport.generator.roomsPerFloor')} rules={[{ required: true, message: t('bedImport.generator.required') }]}>
            <InputNumber min={1} max={99} precision={0} inputMode="numeric" />
          </Form.Item>
          <Form.Item name="bedsPerRoom" label={t('bedImport.generator.bedsPerRoom')} rules={[{ required: true, message: t('bedImport.generator.required') }]}>
            <InputNumber min={1} max={20} precision={0} inputMode="numeric" />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="codePattern" label={t('bedImport.generator.codePattern')} rules={[{ required: true, message: t('bedImport.generator.required') }]}>
            <Input className="bulk-pattern" spellCheck={false} />
          </Form.Item>
          <Form.Item name="roomPattern" label={t('bedImport.generator.roomPattern')} rules={[{ required: true, message: t('bedImport.generator.required') }]}>
            <Input className="bulk-pattern" spellCheck={false} />
          </Form.Item>
        </div>
        <p className="hint">{t('bedImport.generator.patternHint')}</p>
        <div className="form-row">
          <Form.Item name="careType" label={t('bedImport.generator.careType')}>
            <Radio.Group
              optionType="button"
              className="bulk-choice"
              options={[
                { value: 'all', label: t('bedImport.generator.careTypeAll') },
                { value: 'count', label: t('bedImport.generator.careTypeCount') },
              ]}
            />
          </Form.Item>
          {values?.careType === 'count' && (
            <Form.Item name="careTypeCount" label={t('bedImport.generator.careTypeCountLabel')}>
              <InputNumber min={0} max={2000} precision={0} inputMode="numeric" />
            </Form.Item>
          )}
        </div>
        <Form.Item name="dementiaCare" valuePropName="checked">
          <Checkbox className="bulk-check">{t('bedImport.generator.dementiaCare')}</Checkbox>
        </Form.Item>
        <Form.Item name="openedOn" label={t('bedImport.generator.openedOn')} extra={t('bedImport.generator.openedOnHint')} rules={[{ required: true, message: t('bedImport.generator.openedOnRequired') }]}>
          <DateField />
        </Form.Item>
        <Form.Item name="origin" label={t('bedImport.generator.origin')} extra={t('bedImport.generator.originHint')}>
          <Radio.Group
            optionType="button"
            className="bulk-choice"
            options={[
              { value: 'existing', label: t('bedImport.generator.originExisting') },
              { value: 'new_build', label: t('bedImport.generator.originNew') },
            ]}
          />
        </Form.Item>

        <div aria-live="polite">
          {plan?.problems.map((problem) => <Alert key={problem.kind} type="warning" showIcon title={describe(problem)} className="bulk-alert" />)}
          {bulk.data && (
            <Alert
              type="success"
              showIcon
              role="status"
              className="bulk-alert"
              title={t('bedImport.generator.created', { created: bulk.data.created, rooms: bulk.data.roomsCreated })}
              action={<Link to={`/facilities/${facilityId}/beds`}>{t('bedImport.generator.toBoard')}</Link>}
            />
          )}
          {bulk.error && (
            <Alert
              type="error"
              showIcon
              role="alert"
              className="bulk-alert"
              title={refusedRows.length ? t('bedImport.generator.refused') : describeError(bulk.error, t)}
              description={refused?.general.map((problem) => `${problem.field}: ${problem.message}`).join('；') || undefined}
            />
          )}
        </div>
        {refusedRows.length > 0 && (
          <Table
            size="small"
            className="bulk-refused"
            rowKey={(row) => `${row.index}-${row.field}-${row.message}`}
            pagination={false}
            caption={t('bedImport.import.rejectedCaption')}
            dataSource={refusedRows.flatMap(([index, problems]) => problems.map((problem) => ({ index, code: beds[index]?.code ?? '', ...problem })))}
            columns={[
              { title: t('bedImport.generator.index'), dataIndex: 'index', render: (index: number) => index + 1 },
              { title: t('bedImport.generator.code'), dataIndex: 'code' },
              { title: t('bedImport.import.field'), dataIndex: 'field', render: fieldName },
              { title: t('bedImport.import.reason'), dataIndex: 'message' },
            ]}
          />
        )}
        <p className="bulk-summary" role="status">
          {beds.length ? t('bedImport.generator.preview', { count: beds.length, rooms, careType: careTypeBeds }) : t('bedImport.generator.previewEmpty')}
        </p>
        <Button type="primary" htmlType="submit" size="large" loading={bulk.isPending} disabled={!beds.length || Boolean(plan?.problems.length)}>
          {t('bedImport.generator.submit', { count: beds.length })}
        </Button>
      </Form>
      {beds.length > 0 && (
        <Table<PlannedBed & { index: number }>
          size="small"
          className="bulk-preview"
          caption={t('bedImport.generator.previewCaption')}
          rowKey="index"
          dataSource={beds.map((bed, index) => ({ ...bed, index }))}
          pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
          rowClassName={(bed) => (refused?.byIndex.has(bed.index) ? 'bulk-preview__row--refused' : '')}
          columns={[
            { title: t('bedImport.generator.index'), dataIndex: 'index', render: (index: number) => index + 1, width: 64 },
            { title: t('bedImport.generator.code'), dataIndex: 'code' },
            { title: t('bedImport.generator.room'), dataIndex: 'room' },
            { title: t('bedImport.generator.floor'), dataIndex: 'floor' },
            {
              title: t('bedImport.generator.kind'),
              key: 'kind',
              render: (_value, bed) => (
                <>
                  <Tag className={bed.careType ? 'bed-kind bed-kind--care' : 'bed-kind'}>{t(bed.careType ? 'bedImport.generator.careTypeBed' : 'bedImport.generator.generalBed')}</Tag>
                  {bed.dementiaCare && <Tag className="bed-kind bed-kind--dementia">{t('bedImport.generator.dementiaBed')}</Tag>}
                </>
              ),
            },
            ...(refusedRows.length
              ? [
                  {
                    title: t('bedImport.generator.problems'),
                    key: 'problems',
                    render: (_value: unknown, bed: PlannedBed & { index: number }) =>
                      refused?.byIndex.get(bed.index)?.map((problem) => <div key={problem.field + problem.message}>{`${fieldName(problem.field)}：${problem.message}`}</div>),
                  },
                ]
              : []),
          ]}
        />
      )}
    </section>
  );
}
