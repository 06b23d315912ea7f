import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attainment, Forecast, SeriesItem } from '@web/data/kpi/types';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { projectionSeries } from '../utils/projection';
import { trajectory } from '../utils/trajectory';
import { EChart } from './echart';

/**
 * The months since the baseline, the target as a line, the plan's straight trajectory from baseline to target, and
 * the forecast: the projection as a dashed line with its prediction interval as a band.
 */
export function TrendChart({ item, series, month, forecast }: { item: Attainment; series: SeriesItem[]; month: string; forecast?: Forecast }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const option = useMemo(() => {
    const plan = trajectory(item.baseline, item.target, month);
    // The forecast's history fills the months before the plan's line starts (no baseline: the month alone).
    const known = forecast?.history ?? [];
    const history = known.slice(Math.max(0, known.findIndex((point) => point.value !== null))).filter((point) => point.month < (plan.months[0] ?? month));
    const valueOf = new Map([...history.map((point) => [point.month, point.value] as const), ...series.map((entry) => [entry.month, entry.value] as const)]);
    const projected = projectionSeries([...history.map((point) => point.month), ...plan.months], forecast?.history.at(-1), forecast?.projection ?? []);
    const months = projected.months;
    const plannedOf = new Map(plan.months.map((m, index) => [m, plan.planned[index]]));
    const level = Math.round((forecast?.intervalLevel ?? 0.8) * 100);
    const hasProjection = Boolean(forecast?.projection.length);
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 24, bottom: hasProjection ? 56 : 40, containLabel: true },
      xAxis: { type: 'category', data: months, boundaryGap: false },
      yAxis: { type: 'value', name: labels.unit(item), scale: true },
      series: [
        // Dots where months are few (a single month is otherwise no line at all).
        { name: t('detail.actual'), type: 'line', data: months.map((m) => valueOf.get(m) ?? null), showSymbol: valueOf.size <= 24, lineStyle: { width: 3 }, color: '#0f766e' },
        { name: t('detail.trajectory'), type: 'line', data: months.map((m) => plannedOf.get(m) ?? null), showSymbol: false, lineStyle: { type: 'dashed' }, color: '#6b7280' },
        ...(item.target
          ? [{ name: t('detail.targetLine'), type: 'line', data: months.map(() => item.target!.value), showSymbol: false, lineStyle: { type: 'dotted', width: 2 }, color: '#b91c1c' }]
          : []),
        ...(hasProjection
          ? [
              // The band: an invisible line at the low edge, and the interval's width stacked on it, filled.
              { name: t('forecast.band', { level }), type: 'line', data: projected.low, stack: 'band', showSymbol: false, lineStyle: { opacity: 0 }, color: '#93c5fd', tooltip: { show: false } },
              {
                name: t('forecast.band', { level }),
                type: 'line',
                data: projected.width,
                stack: 'band',
                showSymbol: false,
                lineStyle: { opacity: 0 },
                areaStyle: { color: 'rgba(37, 99, 235, 0.16)' },
                color: '#93c5fd',
                tooltip: { show: false },
              },
              { name: t('forecast.projection'), type: 'line', data: projected.value, showSymbol: false, lineStyle: { type: 'dashed', width: 2 }, color: '#2563eb' },
            ]
          : []),
      ],
    };
  }, [item, series, month, forecast, t, labels]);
  return <EChart option={option} height={320} label={t('detail.chartLabel', { name: labels.name(item) })} />;
}
