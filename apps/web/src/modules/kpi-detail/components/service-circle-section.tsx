import { Button, Skeleton, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServiceCircleQuery, type CircleCommunity, type ServiceCircle } from '@web/data/places/service-circle-query';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { formatValue } from '@web/modules/kpi/utils/format-value';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { EChart } from './echart';

/**
 * 养老服务圈: the communities of the region outside every circle, heaviest first, with their older people — the gap as
 * a list to act on — and a map of the communities and the facilities drawing circles (GET /kpi/service-circle).
 */
export function ServiceCircleSection({ regionCode, month }: { regionCode: string; month: string }) {
  const { t } = useTranslation();
  const circle = useServiceCircleQuery(regionCode, month);
  if (circle.error) return <ErrorNotice error={circle.error} onRetry={() => void circle.refetch()} />;
  if (!circle.data) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (!circle.data.communities.length) return <EmptyState title={t('places.circle.noPlaces')} />;
  return <CircleView circle={circle.data} />;
}

function CircleView({ circle }: { circle: ServiceCircle }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [all, setAll] = useState(false);
  const uncovered = useMemo(() => circle.communities.filter((community) => !community.covered), [circle]);
  const rows = [...(all ? circle.communities : uncovered)].sort((a, b) => Number(a.covered) - Number(b.covered) || b.olderPopulation - a.olderPopulation);
  const number = (value: number) => formatValue(value, 0, labels.locale);
  const option = useMemo(() => {
    const point = (community: CircleCommunity) => ({ name: community.name, value: [community.lng, community.lat, community.olderPopulation] });
    return {
      tooltip: { trigger: 'item', formatter: (params: { seriesName: string; name: string; value: number[] }) => `${params.seriesName}<br/>${params.name}${params.value[2] !== undefined ? ` · ${params.value[2]}` : ''}` },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', scale: true, name: t('places.location.lng') },
      yAxis: { type: 'value', scale: true, name: t('places.location.lat') },
      series: [
        { name: t('places.circle.covered'), type: 'scatter', data: circle.communities.filter((c) => c.covered).map(point), color: '#15803d', symbolSize: 8 },
        { name: t('places.circle.uncovered'), type: 'scatter', data: uncovered.map(point), color: '#b91c1c', symbolSize: 10 },
        {
          name: t('places.circle.facilities'),
          type: 'scatter',
          symbol: 'triangle',
          data: circle.facilities.map((facility) => ({ name: facility.name, value: [facility.lng, facility.lat] })),
          color: '#1d4ed8',
          symbolSize: 9,
        },
      ],
    };
  }, [circle, uncovered, t]);
  return (
    <section className="kpi-detail__lacking" aria-labelledby="circle-title">
      <h2 id="circle-title" className="kpi-theme__title">
        {t('places.circle.title')}（{uncovered.length}）
      </h2>
      <p className="hint">
        {t('places.circle.summary', {
          covered: number(circle.coveredOlderPopulation),
          total: number(circle.olderPopulation),
          speed: circle.walkingMetresPerMinute,
          detour: circle.detourFactor,
        })}
      </p>
      {uncovered.length === 0 && !all ? (
        <p>{t('places.circle.allCovered')}</p>
      ) : (
        <Table<CircleCommunity>
          size="small"
          rowKey="regionCode"
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          columns={[
            { title: t('places.circle.community'), dataIndex: 'name' },
            { title: t('places.circle.olderPopulation'), dataIndex: 'olderPopulation', align: 'right', render: (value: number) => number(value) },
            {
              title: t('places.circle.minutes'),
              key: 'circle',
              render: (_: unknown, community: CircleCommunity) => t('places.circle.minutesValue', { minutes: community.minutes, radius: Math.round(community.radiusMetres) }),
            },
            {
              title: t('places.circle.covered'),
              dataIndex: 'covered',
              render: (covered: boolean) => (
                <Tag className={covered ? 'result-tag result-tag--good' : 'result-tag result-tag--bad'}>{t(covered ? 'places.circle.covered' : 'places.circle.uncovered')}</Tag>
              ),
            },
          ]}
        />
      )}
      <Button type="link" onClick={() => setAll(!all)}>
        {all ? t('places.circle.showUncovered') : t('places.circle.showAll', { count: circle.communities.length })}
      </Button>
      <EChart option={option} height={360} label={t('places.circle.mapLabel')} />
    </section>
  );
}
