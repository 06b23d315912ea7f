import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportTerminalsMutation, useRemoveTerminalMutation } from '@web/data/community-records/community-mutations';
import { smartTerminalsQuery } from '@web/data/community-records/smart-terminals-query';
import { DEVICE_KINDS, type DeviceKind, type ListImportResult, type SmartTerminal, type TerminalFilters } from '@web/data/community-records/types';
import { useText } from '@web/modules/residents/hooks/use-text';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import { ErrorNotice } from '@web/ui/error-notice';
import { FileImport } from '@web/ui/file-import/file-import';
import { DateActionModal } from './date-action-modal';
import { TerminalFormModal } from './terminal-form-modal';

/** 智慧养老终端: the region's devices with their filters, the form for one device, and the import of an office's list. */
export function TerminalsPanel() {
  const { t } = useTranslation();
  const text = useText();
  const [filters, setFilters] = useState<TerminalFilters>({ page: 1, limit: 20 });
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<SmartTerminal | null>(null);
  const list = useQuery(smartTerminalsQuery(filters));
  const remove = useRemoveTerminalMutation();
  const upload = useImportTerminalsMutation();
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="terminals-title">
        <div className="page-head">
          <h2 id="terminals-title" className="panel__title">
            {t('community.tabs.terminals')}
          </h2>
          <div className="community-toolbar">
            <RegionPicker
              id="terminals-region"
              value={filters.regionCode ?? null}
              valueName={undefined}
              ariaLabel={t('community.filterRegion')}
              onChange={(regionCode) => setFilters((current) => ({ ...current, regionCode, page: 1 }))}
            />
            <Select<DeviceKind | 'all'>
              aria-label={t('community.terminals.deviceKind')}
              value={filters.deviceKind ?? 'all'}
              style={{ minWidth: 160 }}
              onChange={(kind) => setFilters(({ deviceKind: _dropped, ...current }) => ({ ...current, page: 1, ...(kind === 'all' ? {} : { deviceKind: kind }) }))}
              options={[{ value: 'all', label: t('community.modifications.all') }, ...DEVICE_KINDS.map((kind) => ({ value: kind, label: t(`community.terminals.kinds.${kind}`) }))]}
            />
            <Checkbox
              checked={filters.installed === true}
              onChange={(event) => setFilters(({ installed: _dropped, ...current }) => ({ ...current, page: 1, ...(event.target.checked ? { installed: true } : {}) }))}
            >
              {t('community.terminals.onlyInUse')}
            </Checkbox>
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('community.terminals.add')}
            </Button>
          </div>
        </div>
        {list.isError ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<SmartTerminal>
            size="middle"
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('community.terminals.empty') }}
            pagination={{
              current: filters.page,
              pageSize: filters.limit,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('community.total', { total }),
              onChange: (page) => setFilters((current) => ({ ...current, page })),
            }}
            columns={[
              { title: t('community.terminals.deviceCode'), dataIndex: 'deviceCode' },
              { title: t('community.terminals.deviceKind'), dataIndex: 'deviceKindLabel', render: (label: SmartTerminal['deviceKindLabel']) => text(label) },
              { title: t('community.region'), dataIndex: 'regionName' },
              { title: t('community.terminals.installedOn'), dataIndex: 'installedOn' },
              {
                title: t('community.terminals.linked'),
                dataIndex: 'linked',
                render: (linked: boolean) => (linked ? <Tag className="tag--ok">{t('community.terminals.linked')}</Tag> : <Tag>{t('community.terminals.notLinked')}</Tag>),
              },
              {
                title: t('community.modifications.status'),
                dataIndex: 'removedOn',
                render: (removedOn: string | null, row) =>
                  removedOn ? (
                    <span>
                      {t('community.terminals.removed')} {removedOn}
                    </span>
                  ) : (
                    <Button size="small" onClick={() => setRemoving(row)}>
                      {t('community.terminals.remove')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </section>
      <FileImport<ListImportResult>
        id="terminals-import-title"
        title={t('community.terminals.importTitle')}
        hint={t('community.terminals.importHint')}
        chooseLabel={t('community.choose')}
        upload={upload}
        doneText={(result) => t('community.imported', result)}
        refusedText={(count) => t('community.refused', { count })}
      />
      <TerminalFormModal open={adding} onClose={() => setAdding(false)} />
      <DateActionModal
        open={removing !== null}
        title={t('community.terminals.removeTitle', { code: removing?.deviceCode ?? '' })}
        label={t('community.terminals.removedOn')}
        hint={t('community.terminals.removeHint')}
        notBefore={removing?.installedOn}
        pending={remove.isPending}
        error={remove.error}
        onSubmit={(on) => removing && remove.mutate({ id: removing.id, on }, { onSuccess: () => setRemoving(null) })}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
      />
    </div>
  );
}
