import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConsortiaQuery } from '@web/data/medical/consortia-query';
import { useDissolveConsortiumMutation, useSetFiveStandardsMutation } from '@web/data/medical/mutations';
import type { Consortium } from '@web/data/medical/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { DateActionModal } from './close-modal';
import { ConsortiumFormModal } from './consortium-form-modal';

const PAGE_SIZE = 20;

/** 康养联合体 of the chosen region: members, the 五有 flag, registering and dissolving. */
export function ConsortiaPanel({ regionCode, editable }: { regionCode: string; editable: boolean }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const [dissolving, setDissolving] = useState<Consortium | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const consortia = useConsortiaQuery({ regionCode, page, limit: PAGE_SIZE });
  const flag = useSetFiveStandardsMutation();
  const dissolve = useDissolveConsortiumMutation();
  return (
    <section className="panel medical-panel" aria-labelledby="consortia-title">
      <div className="medical-panel__head">
        <h2 id="consortia-title" className="panel__title">
          {t('medical.consortia.title')}
          {consortia.data && <span className="medical-panel__count"> · {t('medical.consortia.count', { count: consortia.data.total })}</span>}
        </h2>
        {editable && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('medical.consortia.add')}
          </Button>
        )}
      </div>
      <p className="hint">{t('medical.consortia.hint')}</p>
      {saved && <Alert type="success" showIcon role="status" title={saved} />}
      {flag.error ? <ErrorNotice error={flag.error} /> : null}
      {consortia.error ? (
        <ErrorNotice error={consortia.error} onRetry={() => void consortia.refetch()} />
      ) : (
        <Table<Consortium>
          size="small"
          rowKey="id"
          loading={consortia.isPending}
          dataSource={consortia.data?.items}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: consortia.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          locale={{ emptyText: <EmptyState title={t('medical.consortia.none')} /> }}
          columns={[
            { title: t('medical.consortia.name'), dataIndex: 'name' },
            { title: t('medical.consortia.region'), dataIndex: 'regionName', render: (name: string | null, row) => name ?? row.regionCode },
            { title: t('medical.consortia.establishedOn'), dataIndex: 'establishedOn' },
            {
              title: t('medical.consortia.members'),
              dataIndex: 'members',
              render: (members: Consortium['members']) =>
                members.map((member) => (
                  <Tag key={`${member.kind}:${member.id}`} title={t(member.kind === 'facility' ? 'medical.consortia.memberFacilities' : 'medical.consortia.memberInstitutions')}>
                    {member.name}
                  </Tag>
                )),
            },
            {
              title: t('medical.consortia.fiveStandards'),
              dataIndex: 'meetsFiveStandards',
              render: (meets: boolean, row) => (
                <Switch
                  size="small"
                  checked={meets}
                  disabled={!editable || flag.isPending}
                  aria-label={`${row.name} ${t('medical.consortia.fiveStandards')}`}
                  onChange={(checked) => flag.mutate({ id: row.id, meetsFiveStandards: checked })}
                />
              ),
            },
            {
              title: t('medical.consortia.status'),
              dataIndex: 'dissolvedOn',
              render: (dissolvedOn: string | null, row) =>
                dissolvedOn ? (
                  <Tag>{t('medical.consortia.dissolvedFrom', { date: dissolvedOn })}</Tag>
                ) : editable ? (
                  <Button size="small" onClick={() => setDissolving(row)}>
                    {t('medical.consortia.dissolve')}
                  </Button>
                ) : (
                  <Tag>{t('medical.consortia.active')}</Tag>
                ),
            },
          ]}
        />
      )}
      <ConsortiumFormModal
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(name) => {
          setAdding(false);
          setSaved(t('medical.consortia.saved', { name }));
        }}
      />
      <DateActionModal
        open={dissolving !== null}
        title={t('medical.consortia.dissolveTitle', { name: dissolving?.name ?? '' })}
        label={t('medical.consortia.dissolveOn')}
        mutation={dissolve}
        onClose={() => setDissolving(null)}
        submit={(on, done, failed) => dissolve.mutate({ id: dissolving!.id, on }, { onSuccess: done, onError: failed })}
      />
    </section>
  );
}
