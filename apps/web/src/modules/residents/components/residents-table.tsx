import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { RESIDENT_CATEGORIES, RESIDENT_CATEGORY_LABELS } from '@shared/residents/resident-enums';
import { residentsQuery } from '@web/data/residents/residents-query';
import type { Resident } from '@web/data/residents/types';
import { ErrorNotice } from '@web/ui/error-notice';
import { useText } from '../hooks/use-text';
import { filtersFromSearch, searchFromFilters } from '../utils/list-filters';
import '../residents.css';

/** 老年人 list: search by part of a name or a whole 身份证 number, filter by category, paged; all of it in the address. */
export function ResidentsTable() {
  const { t } = useTranslation();
  const text = useText();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const [term, setTerm] = useState(filters.q ?? '');
  const residents = useQuery(residentsQuery(filters));
  const go = (next: Partial<typeof filters>) => setSearch(searchFromFilters({ ...filters, page: 1, ...next }));
  return (
    <div className="stack">
      <div className="resident-list__toolbar">
        <Input.Search
          className="resident-list__search"
          size="large"
          allowClear
          aria-label={t('residents.search')}
          placeholder={t('residents.search')}
          value={term}
          onChange={(event) => setTerm(event.target.value)}
          onSearch={(value) => go({ q: value.trim() || undefined })}
        />
        <Select
          className="resident-list__category"
          size="large"
          aria-label={t('residents.category')}
          value={filters.category ?? ''}
          options={[{ value: '', label: t('residents.allCategories') }, ...RESIDENT_CATEGORIES.map((value) => ({ value, label: text(RESIDENT_CATEGORY_LABELS[value]) }))]}
          onChange={(value: string) => go({ category: (value || undefined) as typeof filters.category })}
        />
        <Button type="primary" size="large" onClick={() => navigate('/residents/new')}>
          {t('residents.register')}
        </Button>
      </div>
      {residents.isError ? (
        <ErrorNotice error={residents.error} onRetry={() => void residents.refetch()} />
      ) : (
        <Table<Resident>
          className="resident-list"
          rowKey="id"
          loading={residents.isFetching}
          dataSource={residents.data?.items ?? []}
          locale={{ emptyText: t('residents.empty') }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: filters.page,
            pageSize: filters.pageSize,
            total: residents.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('residents.total', { total }),
            onChange: (page) => setSearch(searchFromFilters({ ...filters, page })),
          }}
          columns={[
            { title: t('residents.name'), dataIndex: 'name', render: (name: string, resident) => <Link to={`/residents/${resident.id}`}>{name}</Link> },
            { title: t('residents.idNumber'), dataIndex: 'idNumber', render: (masked: string) => <span className="masked">{masked}</span> },
            { title: t('residents.sex'), dataIndex: 'sex', render: (sex: Resident['sex']) => t(`residents.sexes.${sex}`) },
            {
              title: t('residents.age'),
              dataIndex: 'age',
              render: (age: number, resident) => (
                <>
                  {t('residents.ageValue', { age })} {resident.veryOld && <Tag className="tag--warn">{t('residents.veryOld')}</Tag>}
                </>
              ),
            },
            { title: t('residents.livingArrangement'), dataIndex: 'livingArrangementLabel', render: (label: Resident['livingArrangementLabel']) => text(label) },
            { title: t('residents.category'), dataIndex: 'categoryLabels', render: (labels: Resident['categoryLabels']) => labels.map((label) => <Tag key={label.zh}>{text(label)}</Tag>) },
          ]}
        />
      )}
    </div>
  );
}
