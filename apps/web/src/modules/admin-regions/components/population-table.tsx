import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePopulationQueries, type PopulationBasis } from '@web/data/regions/population-query';
import type { Region } from '@web/data/regions/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';

interface Row {
  key: string;
  year: number;
  basis: PopulationBasis;
  age60Plus?: number;
  age65Plus?: number | null;
  age80Plus?: number | null;
  own?: boolean;
  regionsCounted?: number;
  missing: boolean;
}

/** 老年人口: the chosen region's figures for the given years, each basis (户籍 / 常住) on its own row. */
export function PopulationTable({ region, years }: { region: Region | null; years: number[] }) {
  const { t, i18n } = useTranslation();
  const cells = usePopulationQueries(region?.code ?? null, years);
  const failed = cells.find((cell) => cell.result.error);
  const loading = cells.some((cell) => cell.result.isPending);
  // Only the years and bases that have a figure: a county with the 2020 census alone shows one row, not fourteen dashes.
  const rows: Row[] = cells
    .filter(({ result }) => result.data)
    .map(({ year, basis, result }) => ({ key: `${year}-${basis}`, year, basis, ...(result.data ?? {}), missing: false }));
  const number = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toLocaleString(i18n.language));

  return (
    <section className="panel" aria-labelledby="population-title">
      <h2 id="population-title" className="panel__title">
        {region ? t('admin.regions.population', { name: `${region.name} ${region.code}` }) : t('admin.regions.population', { name: '' })}
      </h2>
      {!region ? (
        <EmptyState title={t('admin.regions.pickRegion')} />
      ) : failed ? (
        <ErrorNotice error={failed.result.error} onRetry={() => void failed.result.refetch()} />
      ) : !loading && rows.length === 0 ? (
        <EmptyState title={t('admin.regions.noFigures', { from: years[years.length - 1], to: years[0] })} />
      ) : (
        <Table<Row>
          size="small"
          loading={loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 640 }}
          columns={[
            { title: t('admin.regions.year'), dataIndex: 'year' },
            { title: t('admin.regions.basis'), dataIndex: 'basis', render: (basis: PopulationBasis) => t(`admin.regions.bases.${basis}`) },
            { title: t('admin.regions.age60'), dataIndex: 'age60Plus', align: 'right', render: number },
            { title: t('admin.regions.age65'), dataIndex: 'age65Plus', align: 'right', render: number },
            { title: t('admin.regions.age80'), dataIndex: 'age80Plus', align: 'right', render: number },
            {
              title: t('admin.regions.own'),
              key: 'own',
              render: (_, row) => (row.missing ? t('admin.regions.none') : row.own ? t('admin.regions.ownFigure') : t('admin.regions.summed', { count: row.regionsCounted })),
            },
          ]}
        />
      )}
    </section>
  );
}
