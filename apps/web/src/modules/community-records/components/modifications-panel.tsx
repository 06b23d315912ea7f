import { useQuery } from '@tanstack/react-query';
import { Button, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCompleteModificationMutation, useImportModificationsMutation } from '@web/data/community-records/community-mutations';
import { homeModificationsQuery } from '@web/data/community-records/home-modifications-query';
import type { HomeModification, ListImportResult, ModificationFilters } from '@web/data/community-records/types';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import { ErrorNotice } from '@web/ui/error-notice';
import { FileImport } from '@web/ui/file-import/file-import';
import { DateActionModal } from './date-action-modal';
import { ModificationFormModal } from './modification-form-modal';

type Show = 'all' | 'hardship' | 'open';

/** 适老化改造: the region's list with its filters, the form for one household, and the import of an office's list. */
export function ModificationsPanel() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ModificationFilters>({ page: 1, limit: 20 });
  const [show, setShow] = useState<Show>('all');
  const [adding, setAdding] = useState(false);
  const [completing, setCompleting] = useState<HomeModification | null>(null);
  const list = useQuery(homeModificationsQuery(filters));
  const complete = useCompleteModificationMutation();
  const upload = useImportModificationsMutation();
  const choose = (next: Show) => {
    setShow(next);
    setFilters(({ regionCode, limit }) => ({ regionCode, limit, page: 1, ...(next === 'hardship' ? { hardship: true } : next === 'open' ? { completed: false } : {}) }));
  };
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="modifications-title">
        <div className="page-head">
          <h2 id="modifications-title" className="panel__title">
            {t('community.tabs.modifications')}
          </h2>
          <div className="community-toolbar">
            <RegionPicker
              id="modifications-region"
              value={filters.regionCode ?? null}
              valueName={undefined}
              ariaLabel={t('community.filterRegion')}
              onChange={(regionCode) => setFilters((current) => ({ ...current, regionCode, page: 1 }))}
            />
            <Select<Show>
              aria-label={t('community.modifications.status')}
              value={show}
              onChange={choose}
              style={{ minWidth: 150 }}
              options={[
                { value: 'all', label: t('community.modifications.all') },
                { value: 'hardship', label: t('community.modifications.onlyHardship') },
                { value: 'open', label: t('community.modifications.onlyOpen') },
              ]}
            />
            <Button type="primary" onClick={() => setAdding(true)}>
              {t('community.modifications.add')}
            </Button>
          </div>
        </div>
        {list.isError ? (
          <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<HomeModification>
            size="middle"
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('community.modifications.empty') }}
            pagination={{
              current: filters.page,
              pageSize: filters.limit,
              total: list.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => t('community.total', { total }),
              onChange: (page) => setFilters((current) => ({ ...current, page })),
            }}
            columns={[
              { title: t('community.modifications.applicant'), dataIndex: 'applicantName' },
              { title: t('community.region'), dataIndex: 'regionName' },
              {
                title: t('community.modifications.hardship'),
                dataIndex: 'hardship',
                render: (hardship: boolean) => (hardship ? <Tag className="tag--warn">{t('community.modifications.yes')}</Tag> : t('community.modifications.no')),
              },
              { title: t('community.modifications.subsidyYuan'), dataIndex: 'subsidyYuan', render: (yuan: string | null, row) => (row.subsidised ? (yuan ?? t('community.modifications.yes')) : '—') },
              { title: t('community.modifications.appliedOn'), dataIndex: 'appliedOn' },
              {
                title: t('community.modifications.status'),
                dataIndex: 'completedOn',
                render: (completedOn: string | null, row) =>
                  completedOn ? (
                    <Tag className="tag--ok">
                      {t('community.modifications.done')} {completedOn}
                    </Tag>
                  ) : (
                    <Button size="small" onClick={() => setCompleting(row)}>
                      {t('community.modifications.complete')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </section>
      <FileImport<ListImportResult>
        id="modifications-import-title"
        title={t('community.modifications.importTitle')}
        hint={t('community.modifications.importHint')}
        chooseLabel={t('community.choose')}
        upload={upload}
        doneText={(result) => t('community.imported', result)}
        refusedText={(count) => t('community.refused', { count })}
      />
      <ModificationFormModal open={adding} onClose={() => setAdding(false)} />
      <DateActionModal
        open={completing !== null}
        title={t('community.modifications.completeTitle', { name: completing?.applicantName ?? '' })}
        label={t('community.modifications.completedOn')}
        notBefore={completing?.appliedOn}
        pending={complete.isPending}
        error={complete.error}
        onSubmit={(on) => completing && complete.mutate({ id: completing.id, on }, { onSuccess: () => setCompleting(null) })}
        onClose={() => {
          complete.reset();
          setCompleting(null);
        }}
      />
    </div>
  );
}
