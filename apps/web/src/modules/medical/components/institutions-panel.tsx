import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMedicalInstitutionsQuery } from '@web/data/medical/institutions-query';
import { useCloseMedicalInstitutionMutation } from '@web/data/medical/mutations';
import { MEDICAL_INSTITUTION_KINDS, type MedicalInstitution, type MedicalInstitutionKind } from '@web/data/medical/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { DateActionModal } from './close-modal';
import { InstitutionFormModal } from './institution-form-modal';

const PAGE_SIZE = 20;

/** 医疗机构: the register of the chosen region, by kind and name, with registering and closing. */
export function InstitutionsPanel({ regionCode, editable }: { regionCode: string; editable: boolean }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MedicalInstitutionKind | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<MedicalInstitution | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const institutions = useMedicalInstitutionsQuery({ regionCode, kind, q: q.trim() || undefined, page, limit: PAGE_SIZE });
  const close = useCloseMedicalInstitutionMutation();
  return (
    <section className="panel medical-panel" aria-labelledby="medical-institutions-title">
      <div className="medical-panel__head">
        <h2 id="medical-institutions-title" className="panel__title">
          {t('medical.institutions.title')}
          {institutions.data && <span className="medical-panel__count"> · {t('medical.institutions.count', { count: institutions.data.total })}</span>}
        </h2>
        {editable && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('medical.institutions.add')}
          </Button>
        )}
      </div>
      <div className="medical-filters">
        <Input.Search
          allowClear
          placeholder={t('medical.institutions.search')}
          aria-label={t('medical.institutions.search')}
          style={{ maxWidth: 260 }}
          onSearch={(value) => {
            setQ(value);
            setPage(1);
          }}
        />
        <Select<MedicalInstitutionKind | 'all'>
          aria-label={t('medical.institutions.kind')}
          style={{ minWidth: 180 }}
          value={kind ?? 'all'}
          onChange={(value) => {
            setKind(value === 'all' ? undefined : value);
            setPage(1);
          }}
          options={[
            { value: 'all', label: t('medical.institutions.allKinds') },
            ...MEDICAL_INSTITUTION_KINDS.map((value) => ({ value, label: t(`medical.kind.${value}`) })),
          ]}
        />
      </div>
      {saved && <Alert type="success" showIcon role="status" title={saved} />}
      {institutions.error ? (
        <ErrorNotice error={institutions.error} onRetry={() => void institutions.refetch()} />
      ) : (
        <Table<MedicalInstitution>
          size="small"
          rowKey="id"
          loading={institutions.isPending}
          dataSource={institutions.data?.items}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: institutions.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          locale={{ emptyText: <EmptyState title={t('medical.institutions.none')} /> }}
          columns={[
            { title: t('medical.institutions.name'), dataIndex: 'name' },
            { title: t('medical.institutions.kind'), dataIndex: 'kind', render: (value: MedicalInstitutionKind) => t(`medical.kind.${value}`) },
            { title: t('medical.institutions.level'), dataIndex: 'level', render: (value: string) => t(`medical.level.${value}`) },
            { title: t('medical.institutions.region'), dataIndex: 'regionName', render: (name: string | null, row) => name ?? row.regionCode },
            { title: t('medical.institutions.openedOn'), dataIndex: 'openedOn', render: (value: string | null) => value ?? '—' },
            {
              title: t('medical.institutions.status'),
              dataIndex: 'closedOn',
              render: (closedOn: string | null, row) =>
                closedOn ? (
                  <Tag>{t('medical.institutions.closedFrom', { date: closedOn })}</Tag>
                ) : editable ? (
                  <Button size="small" onClick={() => setClosing(row)}>
                    {t('medical.institutions.close')}
                  </Button>
                ) : (
                  <Tag>{t('medical.institutions.open')}</Tag>
                ),
            },
          ]}
        />
      )}
      <InstitutionFormModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(name) => {
          setAdding(false);
          setSaved(t('medical.institutions.saved', { name }));
        }}
      />
      <DateActionModal
        open={closing !== null}
        title={t('medical.institutions.closeTitle', { name: closing?.name ?? '' })}
        label={t('medical.institutions.closeOn')}
        mutation={close}
        onClose={() => setClosing(null)}
        submit={(on, done, failed) => close.mutate({ id: closing!.id, on }, { onSuccess: done, onError: failed })}
      />
    </section>
  );
}
