import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attainment, SeriesItem } from '@web/data/kpi/types';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { trajectory } from '../utils/trajectory';
import { EChart } from './echart';

/** The months since the baseline, the target as a line, and the plan's straight trajectory from baseline to target. */
export function TrendChart({ item, series, month }: { item: Attainment; series: SeriesItem[]; month: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const option = useMemo(() => {
    const plan = trajectory(item.baseline, item.target, month);
    const valueOf = new Map(series.map((entry) => [entry.month, entry.value]));
    return {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 24, bottom: 40, containLabel: true },
      xAxis: { type: 'category', data: plan.months, boundaryGap: false },
      yAxis: { type: 'value', name: labels.unit(item), scale: true },
      series: [
        // Dots where months are few (a single month is otherwise no line at all).
        { name: t('detail.actual'), type: 'line', data: plan.months.map((m) => valueOf.get(m) ?? null), showSymbol: series.length <= 24, lineStyle: { width: 3 }, color: '#0f766e' },
        { name: t('detail.trajectory'), type: 'line', data: plan.planned, showSymbol: false, lineStyle: { type: 'dashed' }, color: '#6b7280' },
        ...(item.target
          ? [{ name: t('detail.targetLine'), type: 'line', data: plan.months.map(() => item.target!.value), showSymbol: false, lineStyle: { type: 'dotted', width: 2 }, color: '#b91c1c' }]
          : []),
      ],
    };
  }, [item, series, month, t, labels]);
  return <EChart option={option} height={320} label={t('detail.chartLabel', { name: labels.name(item) })} />;
}
