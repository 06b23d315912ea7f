import { Table } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Attainment, Breakdown } from '@web/data/kpi/types';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { formatValue } from '@web/modules/kpi/utils/format-value';
import { EmptyState } from '@web/ui/empty-state';
import { EChart } from './echart';

interface Props {
  item: Attainment;
  breakdown: Breakdown;
  decimals: number;
  /** Where a child region's row leads: the same indicator one level down. */
  hrefOf: (regionCode: string) => string;
  onDrill: (regionCode: string) => void;
}

/** The region's children, worst first: a bar chart to see the spread, a table with the numbers behind each value. */
export function BreakdownSection({ item, breakdown, decimals, hrefOf, onDrill }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const items = breakdown.items;
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', name: labels.unit(item) },
      yAxis: { type: 'category', inverse: true, data: items.map((child) => child.regionName), axisLabel: { width: 96, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          data: items.map((child) => child.value),
          color: '#0f766e',
          cursor: 'pointer',
          ...(item.target ? { markLine: { symbol: 'none', data: [{ xAxis: item.target.value, name: t('detail.targetLine') }], lineStyle: { color: '#b91c1c', type: 'dashed' } } } : {}),
        },
      ],
    }),
    [items, item, labels, t],
  );
  const drill = useCallback(({ dataIndex }: { dataIndex: number }) => onDrill(items[dataIndex].regionCode), [items, onDrill]);
  if (items.length === 0) return <EmptyState title={t('detail.noChildren')} />;
  const number = (value: number | null) => formatValue(value, 2, labels.locale);
  return (
    <div className="breakdown">
      <p className="hint">{t('detail.drillHint')}</p>
      <EChart option={option} height={Math.max(160, items.length * 26 + 24)} label={t('detail.breakdownChartLabel', { name: labels.name(item) })} onClick={drill} />
      <Table
        size="small"
        rowKey="regionCode"
        dataSource={items}
        pagination={false}
        scroll={{ x: 520 }}
        columns={[
          { title: t('detail.rank'), dataIndex: 'rank', width: 64 },
          { title: t('detail.childRegion'), dataIndex: 'regionName', render: (name: string, child) => <Link to={hrefOf(child.regionCode)}>{name}</Link> },
          { title: `${t('detail.value')}（${labels.unit(item)}）`, dataIndex: 'value', align: 'right', render: (value: number | null) => formatValue(value, decimals, labels.locale) },
          { title: t('kpi.numerator'), dataIndex: 'numerator', align: 'right', render: number },
          { title: t('kpi.denominator'), dataIndex: 'denominator', align: 'right', render: number },
        ]}
      />
    </div>
  );
}
