import { Alert, Checkbox, Form, Input, InputNumber, Modal, Segmented, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@web/api/api-error';
import { useCreateSeriesMutation } from '@web/data/services/create-series-mutation';
import { useCreateSlotMutation } from '@web/data/services/create-slot-mutation';
import type { ServiceType, ServiceTypeCode } from '@web/data/services/types';
import { explainApiError, fieldErrors } from '@web/lib/explain-api-error';
import { addDays, shanghaiInstant } from '../utils/service-dates';
import { SERVICE_MESSAGES } from '../utils/service-messages';
import { seriesDates, weeklyRule, WEEKDAYS, yuanToCents, type Weekday } from '../utils/slot-series';

type Mode = 'once' | 'series';

interface Values {
  mode: Mode;
  serviceType: ServiceTypeCode;
  date: string;
  from: string;
  until: string;
  weekdays: Weekday[];
  startTime: string;
  endTime: string;
  capacity: number;
  priceYuan: number;
}

interface Props {
  open: boolean;
  facilityId: string;
  /** The facility's region: the area its slots serve. */
  regionCode: string;
  /** The day the page shows: the form starts there. */
  date: string;
  types: readonly ServiceType[];
  onClose: (done: string | null) => void;
}

/** Where the API's field names land in this form. */
const FIELD_OF: Record<string, keyof Values> = { startsAt: 'startTime', endsAt: 'endTime', rrule: 'weekdays', serviceType: 'serviceType', capacity: 'capacity', priceCents: 'priceYuan' };

/**
 * Publishes one slot or a weekly series, with the dates written out (no "from now on"), the weekdays ticked, the
 * places and the price. What the API refuses shows beside the field it concerns, in words.
 */
export function SlotFormModal({ open, facilityId, regionCode, date, types, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const createSlot = useCreateSlotMutation(facilityId);
  const createSeries = useCreateSeriesMutation(facilityId);
  const mode = Form.useWatch('mode', form) ?? 'once';
  const [from, until, weekdays] = [Form.useWatch('from', form), Form.useWatch('until', form), Form.useWatch('weekdays', form)];
  const failed = mode === 'once' ? createSlot.error : createSeries.error;
  const saving = createSlot.isPending || createSeries.isPending;

  useEffect(() => {
    if (!open) return;
    createSlot.reset();
    createSeries.reset();
    form.resetFields();
    form.setFieldsValue({ date, from: date, until: addDays(date, 27) });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset once per opening
  }, [open]);

  const showFieldErrors = (error: unknown) => {
    const fields = fieldErrors(error, t, SERVICE_MESSAGES).map((field) => ({ ...field, name: FIELD_OF[field.name] ?? field.name }));
    form.setFields(fields.filter((field) => field.name in form.getFieldsValue(true)) as never);
  };

  const submit = (values: Values) => {
    const terms = { serviceType: values.serviceType, capacity: values.capacity, priceCents: yuanToCents(values.priceYuan), area: [regionCode] };
    if (values.mode === 'once') {
      createSlot.mutate(
        { ...terms, startsAt: shanghaiInstant(values.date, values.startTime), endsAt: shanghaiInstant(values.date, values.endTime) },
        { onSuccess: () => onClose(t('services.form.createdOne', { date: values.date, time: values.startTime })), onError: showFieldErrors },
      );
    } else {
      createSeries.mutate(
        { ...terms, rrule: weeklyRule(values.weekdays), from: values.from, until: values.until, startTime: values.startTime, endTime: values.endTime },
        { onSuccess: (result) => onClose(t('services.form.createdSeries', { count: result.created })), onError: showFieldErrors },
      );
    }
  };

  const required = [{ required: true, message: t('services.form.required') }];
  const time = [...required, { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('services.form.timeFormat') }];
  const planned = mode === 'series' && from && until && weekdays ? seriesDates(from, until, weekdays).length : null;
  const fieldProblemsShown = failed instanceof ApiError && failed.fieldProblems.some((problem) => FIELD_OF[problem.field] || ['date', 'from', 'until', 'endTime', 'startTime'].includes(problem.field));
  return (
    <Modal
      open={open}
      title={t('services.form.title')}
      okText={t('services.form.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => onClose(null)}
      okButtonProps={{ size: 'large' }}
      cancelButtonProps={{ size: 'large' }}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        className="slot-form"
        initialValues={{ mode: 'once', serviceType: 'meal', weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime: '11:30', endTime: '12:30', capacity: 20, priceYuan: 15 }}
      >
        <Form.Item name="mode">
          <Segmented<Mode>
            block
            options={[
              { value: 'once', label: t('services.form.once') },
              { value: 'series', label: t('services.form.series') },
            ]}
          />
        </Form.Item>
        <Form.Item name="serviceType" label={t('services.form.serviceType')} rules={required}>
          <Select size="large" options={types.map((type) => ({ value: type.code, label: i18n.language === 'en' ? type.label.en : type.label.zh }))} />
        </Form.Item>
        {mode === 'once' ? (
          <Form.Item name="date" label={t('services.form.date')} rules={required}>
            <Input type="date" size="large" />
          </Form.Item>
        ) : (
          <>
            <div className="form-row">
              <Form.Item name="from" label={t('services.form.from')} rules={required}>
                <Input type="date" size="large" />
              </Form.Item>
              <Form.Item name="until" label={t('services.form.until')} rules={required}>
                <Input type="date" size="large" />
              </Form.Item>
            </div>
            <Form.Item name="weekdays" label={t('services.form.weekdays')} rules={[{ required: true, type: 'array', min: 1, message: t('services.form.weekdaysRequired') }]}>
              <Checkbox.Group className="weekday-picker" options={WEEKDAYS.map((day) => ({ value: day, label: t(`services.weekdays.${day}`) }))} />
            </Form.Item>
          </>
        )}
        <div className="form-row">
          <Form.Item name="startTime" label={t('services.form.startTime')} rules={time}>
            <Input type="time" size="large" />
          </Form.Item>
          <Form.Item name="endTime" label={t('services.form.endTime')} rules={time}>
            <Input type="time" size="large" />
          </Form.Item>
        </div>
        <div className="form-row">
          <Form.Item name="capacity" label={t('services.form.capacity')} rules={required}>
            <InputNumber size="large" min={1} max={10_000} precision={0} />
          </Form.Item>
          <Form.Item name="priceYuan" label={t('services.form.price')} rules={required}>
            <InputNumber size="large" min={0} max={100_000} precision={2} step={1} />
          </Form.Item>
        </div>
        <p className="hint">
          {t('services.form.area')}：{t('services.form.areaValue', { code: regionCode })}
        </p>
        {planned !== null && <p role="status">{planned > 0 ? t('services.form.preview', { count: planned }) : t('services.form.previewNone')}</p>}
        {failed && !fieldProblemsShown && <Alert type="error" showIcon role="alert" title={explainApiError(failed, t, SERVICE_MESSAGES)} />}
      </Form>
    </Modal>
  );
}
