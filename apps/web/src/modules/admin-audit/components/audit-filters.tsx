import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuditCsvMutation } from '@web/data/audit-log/audit-csv-mutation';
import type { AuditFilter } from '@web/data/audit-log/types';
import { ErrorNotice } from '@web/ui/error-notice';
import { adminZhCN } from '@web/i18n/sections/admin';

interface Values {
  actor?: string;
  actorRole?: AuditFilter['actorRole'];
  entity?: string;
  entityId?: string;
  action?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

const ROLES = ['admin', 'civil_affairs', 'operator', 'assessor', 'family'] as const;
const ACTIONS = Object.keys(adminZhCN.audit.actions);
const ENTITIES = Object.keys(adminZhCN.audit.entities);

const toValues = (filter: AuditFilter): Values => ({
  ...filter,
  dates: filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null] : null,
});

function toFilter({ dates, ...values }: Values): AuditFilter {
  const filter: AuditFilter = {};
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string' && value.trim()) Object.assign(filter, { [key]: value.trim() });
  if (dates?.[0]) filter.from = dates[0].format('YYYY-MM-DD');
  if (dates?.[1]) filter.to = dates[1].format('YYYY-MM-DD');
  return filter;
}

/** 筛选: account, role, kind of record, record id, action and days; the export takes the same filters. */
export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const csv = useAuditCsvMutation();
  useEffect(() => form.setFieldsValue({ actor: undefined, actorRole: undefined, entity: undefined, entityId: undefined, action: undefined, ...toValues(filter) }), [filter, form]);
  const label = (group: 'actions' | 'entities', key: string) => `${t(`admin.audit.${group}.${key}`)} · ${key}`;

  return (
    <section className="panel" aria-labelledby="audit-filters-title">
      <h2 id="audit-filters-title" className="panel__title">
        {t('admin.audit.filters')}
      </h2>
      <Form form={form} layout="vertical" className="audit-filters" onFinish={(values) => onChange(toFilter(values))}>
        <Form.Item name="actor" label={t('admin.audit.actor')}>
          <Input placeholder={t('admin.audit.actorPlaceholder')} maxLength={64} allowClear />
        </Form.Item>
        <Form.Item name="actorRole" label={t('admin.audit.actorRole')}>
          <Select allowClear placeholder={t('admin.audit.any')} options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))} />
        </Form.Item>
        <Form.Item name="entity" label={t('admin.audit.entity')}>
          <AutoComplete allowClear placeholder={t('admin.audit.any')} options={ENTITIES.map((key) => ({ value: key, label: label('entities', key) }))} />
        </Form.Item>
        <Form.Item name="entityId" label={t('admin.audit.entityId')}>
          <Input placeholder={t('admin.audit.entityIdPlaceholder')} maxLength={64} allowClear />
        </Form.Item>
        <Form.Item name="action" label={t('admin.audit.action')}>
          <AutoComplete allowClear placeholder={t('admin.audit.any')} options={ACTIONS.map((key) => ({ value: key, label: label('actions', key) }))} />
        </Form.Item>
        <Form.Item name="dates" label={t('admin.audit.dates')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} placeholder={[t('admin.audit.from'), t('admin.audit.to')]} inputReadOnly />
        </Form.Item>
        <div className="audit-filters__actions">
          <Button type="primary" htmlType="submit" icon={<SearchOutlined aria-hidden />}>
            {t('admin.audit.search')}
          </Button>
          <Button onClick={() => onChange({})}>{t('admin.audit.reset')}</Button>
          <Button icon={<DownloadOutlined aria-hidden />} loading={csv.isPending} onClick={() => csv.mutate(filter)}>
            {t('admin.audit.export')}
          </Button>
        </div>
      </Form>
      <div aria-live="polite">{csv.error && <ErrorNotice error={csv.error} />}</div>
    </section>
  );
}
