import { Button, Checkbox, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndicatorsQuery } from '@web/data/kpi/indicators-query';
import { useKpiOverviewQuery } from '@web/data/kpi/overview-query';
import { useKpiSeriesSetQuery } from '@web/data/kpi/series-set-query';
import type { SeriesItem } from '@web/data/kpi/types';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import type { KpiLocation } from '../hooks/use-kpi-location';
import { applyBoardFilters, readBoardFilters, readSortByMiss, sortByExpectedMiss, writeBoardFilters } from '../utils/board-filters';
import { groupByTheme } from '../utils/indicator-theme';
import { sparklineMonths, withShownMonth } from '../utils/board-window';
import { IndicatorCard } from './indicator-card';
import { KpiToolbar } from './kpi-toolbar';
import { SourceNote } from './source-note';

/**
 * 指标看板: three requests however many indicators — the overview, the catalog (themes, decimals) and one batch of
 * every indicator's last 12 months. The cards show with the overview; the sparklines fill in when the batch arrives.
 */
export function KpiBoard({ location }: { location: KpiLocation }) {
  const { t } = useTranslation();
  const { region, month, params } = location;
  const overview = useKpiOverviewQuery(region, month);
  const catalog = useIndicatorsQuery();
  const window = sparklineMonths(month);
  const series = useKpiSeriesSetQuery(region, window.from, window.to);
  const filters = readBoardFilters(params);

  const seriesOf = useMemo(() => new Map<string, SeriesItem[]>((series.data?.indicators ?? []).map((entry) => [entry.indicator, entry.items])), [series.data]);
  const decimalsOf = useMemo(() => new Map((catalog.data ?? []).map((indicator) => [indicator.id, indicator.decimals])), [catalog.data]);
  const shown = overview.data ? applyBoardFilters(overview.data.items, filters) : [];
  const sortByMiss = readSortByMiss(params);
  // Sorted by "expected to miss", the board is one list across themes.
  const groups = sortByMiss ? [{ theme: 'byMiss', items: sortByExpectedMiss(shown) }] : groupByTheme(shown, catalog.data ?? []);
  const linkSearch = `?region=${region ?? ''}&month=${month}`;
  const setFilter = (patch: Parameters<typeof writeBoardFilters>[1]) => {
    const next = writeBoardFilters(params, patch);
    location.update({ offTrack: next.get('offTrack'), binding: next.get('binding') });
  };

  if (overview.error) return <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} page />;
  return (
    <section className="kpi-board" aria-busy={overview.isPending}>
      <header className="page-head">
        <div>
          <h1 className="page-head__title">
            {overview.data ? `${overview.data.regionName} · ${month}` : t('kpi.title')}
          </h1>
          {overview.data ? <SourceNote overview={overview.data} /> : <Skeleton.Input active size="small" />}
        </div>
        <KpiToolbar location={location} regionName={overview.data?.regionName} />
      </header>
      <div className="kpi-filters">
        <Checkbox checked={filters.offTrackOnly} onChange={(event) => setFilter({ offTrackOnly: event.target.checked })}>
          {t('kpi.offTrackOnly')}
        </Checkbox>
        <Checkbox checked={filters.bindingOnly} onChange={(event) => setFilter({ bindingOnly: event.target.checked })}>
          {t('kpi.bindingOnly')}
        </Checkbox>
        <Checkbox checked={sortByMiss} onChange={(event) => location.update({ sort: event.target.checked ? 'miss' : null })} data-testid="sort-by-miss">
          {t('forecast.sortMiss')}
        </Checkbox>
        {overview.data && (
          <span className="kpi-filters__count" aria-live="polite">
            {t('kpi.shown', { shown: shown.length, total: overview.data.items.length })}
          </span>
        )}
      </div>
      {series.error && <ErrorNotice error={series.error} onRetry={() => void series.refetch()} />}
      {overview.isPending || catalog.isPending ? (
        <div className="kpi-grid" aria-label={t('common.loading')}>
          {Array.from({ length: 8 }, (_, index) => (
            <div className="kpi-card kpi-card--skeleton" key={index}>
              <Skeleton active paragraph={{ rows: 3 }} />
            </div>
          ))}
        </div>
      ) : overview.data.items.length === 0 ? (
        <EmptyState title={t('kpi.noIndicators')} />
      ) : shown.length === 0 ? (
        <EmptyState title={t('kpi.nothingMatches')}>
          <Button onClick={() => setFilter({ offTrackOnly: false, bindingOnly: false })}>{t('kpi.clearFilters')}</Button>
        </EmptyState>
      ) : (
        groups.map((group) => (
          <section key={group.theme} className="kpi-theme" aria-labelledby={`theme-${group.theme}`}>
            <h2 id={`theme-${group.theme}`} className="kpi-theme__title">
              {group.theme === 'byMiss' ? t('forecast.sortMiss') : t(`kpi.themes.${group.theme}`)} <span className="kpi-theme__count">{group.items.length}</span>
            </h2>
            <div className="kpi-grid">
              {group.items.map((item) => (
                <IndicatorCard
                  key={item.indicator}
                  item={item}
                  decimals={decimalsOf.get(item.indicator) ?? 2}
                  series={series.data ? withShownMonth(seriesOf.get(item.indicator) ?? [], item, month, overview.data.source) : undefined}
                  search={linkSearch}
                />
              ))}
            </div>
          </section>
        ))
      )}
    </section>
  );
}
