import { Skeleton, Tabs } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useBreakdownQuery } from '@web/data/kpi/breakdown-query';
import { useForecastQuery } from '@web/data/kpi/forecast-query';
import { useIndicatorSeriesQuery } from '@web/data/kpi/indicator-series-query';
import { useIndicatorsQuery } from '@web/data/kpi/indicators-query';
import { useMatrixQuery } from '@web/data/kpi/matrix-query';
import { useKpiOverviewQuery } from '@web/data/kpi/overview-query';
import { GapAction } from '@web/modules/kpi/components/gap-action';
import { KpiToolbar } from '@web/modules/kpi/components/kpi-toolbar';
import { SourceNote } from '@web/modules/kpi/components/source-note';
import { StatusTag } from '@web/modules/kpi/components/status-tag';
import type { KpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { comparatorSign, formatValue } from '@web/modules/kpi/utils/format-value';
import { windowStart } from '@web/modules/kpi/utils/months-window';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { BreakdownSection } from './breakdown-section';
import { ForecastNote } from './forecast-note';
import { HeatMatrix } from './heat-matrix';
import { InverseAction, INVERTIBLE_INDICATORS } from './inverse-action';
import { RegionBreadcrumb } from './region-breadcrumb';
import { ServiceCircleSection } from './service-circle-section';
import { TrendChart } from './trend-chart';

const TABS = ['trend', 'children', 'matrix'] as const;
const SERVICE_CIRCLE = 'service_circle_coverage';
type Tab = (typeof TABS)[number];

/** One indicator for a region: its course against the plan, the regions below ranked, and their months as a matrix. */
export function IndicatorDetail({ indicator, location }: { indicator: string; location: KpiLocation }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const { region, month, params } = location;
  const tab: Tab = TABS.find((name) => name === params.get('tab')) ?? 'trend';
  const span = params.get('span') === '24' ? 24 : 12;

  const overview = useKpiOverviewQuery(region, month);
  const catalog = useIndicatorsQuery();
  const item = overview.data?.items.find((entry) => entry.indicator === indicator);
  const from = item?.baseline ? `${item.baseline.year}-12` : windowStart(month, 24);
  const series = useIndicatorSeriesQuery(indicator, item ? region : null, from, month);
  const breakdown = useBreakdownQuery(indicator, tab === 'children' ? region : null, month);
  const matrix = useMatrixQuery(indicator, region, windowStart(month, span), month, tab === 'matrix');
  const forecast = useForecastQuery(indicator, item?.target ? region : null, month);
  const decimals = catalog.data?.find((entry) => entry.id === indicator)?.decimals ?? 2;

  const hrefOf = useCallback(
    (code: string) => {
      const next = new URLSearchParams(params);
      next.set('region', code);
      next.set('month', month);
      return `/kpi/${encodeURIComponent(indicator)}?${next.toString()}`;
    },
    [params, month, indicator],
  );
  const drill = useCallback((code: string) => navigate(hrefOf(code)), [navigate, hrefOf]);

  if (overview.error) return <ErrorNotice error={overview.error} onRetry={() => void overview.refetch()} page />;
  if (overview.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!item) return <EmptyState title={t('errors.notFound')} />;
  const unit = labels.unit(item);
  // The service circle lists its uncovered communities itself, with their older people and a map.
  const circle = indicator === SERVICE_CIRCLE;
  const lacking = circle ? [] : (item.gap?.regions ?? []);

  return (
    <article className="kpi-detail" aria-label={item.nameZh}>
      <RegionBreadcrumb region={region!} regionName={overview.data.regionName} hrefOf={hrefOf} />
      <header className="page-head">
        <div>
          <p className="kpi-detail__back">
            <Link to={`/kpi?region=${region}&month=${month}`}>← {t('detail.backToBoard')}</Link>
          </p>
          <h1 className="page-head__title">
            {labels.name(item)} · {overview.data.regionName}
          </h1>
          <SourceNote overview={overview.data} />
        </div>
        <KpiToolbar location={location} regionName={overview.data.regionName} />
      </header>
      <section className="kpi-detail__summary" aria-label={labels.name(item)}>
        <p className="kpi-card__value">
          <span data-testid="kpi-value">{formatValue(item.value, decimals, labels.locale)}</span>
          <span className="kpi-card__unit"> {unit}</span>
        </p>
        <StatusTag status={item.status} />
        <p className="kpi-card__target">
          {item.target
            ? `${t('kpi.target', { sign: comparatorSign(item.target.comparator), value: `${formatValue(item.target.value, decimals, labels.locale)} ${unit}`, year: item.target.year })} · ${labels.binding(item.target.binding)}`
            : t('kpi.noTarget')}
          {item.baseline && ` · ${t('detail.baseline', { year: item.baseline.year, value: `${formatValue(item.baseline.value, decimals, labels.locale)} ${unit}` })}`}
        </p>
        <p className="kpi-card__target">
          {t('kpi.numerator')} {formatValue(item.numerator, 2, labels.locale)}
          {item.denominator !== null && ` / ${t('kpi.denominator')} ${formatValue(item.denominator, 2, labels.locale)}`}
        </p>
        {item.target?.sourceQuote && (
          <blockquote className="kpi-detail__quote">
            {t('kpi.quote')}：{item.target.sourceQuote}
          </blockquote>
        )}
        {item.gap && <GapAction gap={item.gap} />}
        {INVERTIBLE_INDICATORS.includes(indicator) && <InverseAction indicator={indicator} regionCode={region!} month={month} />}
      </section>
      {forecast.data && (
        <section className="kpi-detail__forecast" aria-label={t('forecast.title')}>
          <ForecastNote forecast={forecast.data} />
        </section>
      )}
      {forecast.error && <ErrorNotice error={forecast.error} onRetry={() => void forecast.refetch()} />}
      {circle && <ServiceCircleSection regionCode={region!} month={month} />}
      {lacking.length > 0 && (
        <section className="kpi-detail__lacking" aria-labelledby="lacking-title">
          <h2 id="lacking-title" className="kpi-theme__title">
            {t('detail.lackingTitle')}（{lacking.length}）
          </h2>
          <ul className="lacking-list">
            {lacking.map((place) => (
              <li key={place.code}>{place.name ?? place.code}</li>
            ))}
          </ul>
        </section>
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => location.update({ tab: key === 'trend' ? null : key })}
        items={[
          {
            key: 'trend',
            label: t('detail.trendTab'),
            children: series.error ? (
              <ErrorNotice error={series.error} onRetry={() => void series.refetch()} />
            ) : series.data ? (
              <TrendChart item={item} series={series.data.items} month={month} forecast={forecast.data} />
            ) : (
              <Skeleton.Node active className="chart-skeleton" />
            ),
          },
          {
            key: 'children',
            label: t('detail.childrenTab'),
            children: breakdown.error ? (
              <ErrorNotice error={breakdown.error} onRetry={() => void breakdown.refetch()} />
            ) : breakdown.data ? (
              <BreakdownSection item={item} breakdown={breakdown.data} decimals={decimals} hrefOf={hrefOf} onDrill={drill} />
            ) : (
              <Skeleton active paragraph={{ rows: 6 }} />
            ),
          },
          {
            key: 'matrix',
            label: t('detail.matrixTab'),
            children: matrix.error ? (
              <ErrorNotice error={matrix.error} onRetry={() => void matrix.refetch()} />
            ) : matrix.data ? (
              <HeatMatrix matrix={matrix.data} decimals={decimals} span={span} onSpan={(next) => location.update({ span: next === 12 ? null : String(next) })} hrefOf={hrefOf} />
            ) : (
              <Skeleton active paragraph={{ rows: 6 }} />
            ),
          },
        ]}
      />
    </article>
  );
}
