import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Siting } from '@web/data/places/siting-query';
import { EChart } from '@web/modules/kpi-detail/components/echart';
import { circleRing, equalAspectRanges, type LngLat } from '../utils/map-geometry';

const COLOURS = { facility: '#1d4ed8', site: '#c2410c', leftOut: '#b91c1c' };
/** The plot's margins, pixels: room for the latitude labels on the left, the legend above, the longitude below. */
const GRID = { left: 64, right: 16, bottom: 40 };
/** Room around every point for its marker: the site's numbered pin, 30 px, is centred on the point. */
const MARKER_ROOM = 24;

/** Rings of circles as one line series: the rings apart, joined by nothing ('-', an empty value, breaks ECharts' line). */
function rings(centres: readonly LngLat[], radius: number): ([number, number] | '-')[] {
  return centres.flatMap((centre) => [...circleRing(centre, radius), '-' as const]);
}

/**
 * 选址分布图: a plain coordinate map, no tiles (the network is closed) and no boundaries (none are imported): the
 * existing facilities of the kind with their circles, the proposed sites numbered in the order picked with theirs,
 * and the communities still outside, sized by their older people. One metre is as long across as up.
 */
export function SitingMap({ siting }: { siting: Siting }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(box.current!);
    return () => observer.disconnect();
  }, []);
  const narrow = width < 560;
  const height = Math.round(Math.min(560, Math.max(320, width * 0.7)));
  const top = narrow ? 84 : 40;
  const option = useMemo(() => {
    const radius = siting.radiusMetres;
    const points: LngLat[] = [...siting.facilities, ...siting.sites, ...siting.leftOut];
    const ranges = equalAspectRanges(points, { width: Math.max(width - GRID.left - GRID.right, 1), height: height - top - GRID.bottom }, radius * 1.5, MARKER_ROOM);
    const heaviest = Math.max(1, ...siting.leftOut.map((community) => community.olderPopulation));
    const degrees = (value: number) => value.toFixed(3);
    return {
      tooltip: {
        trigger: 'item',
        formatter: (params: { seriesName: string; name: string; value: number[] }) =>
          params.name ? `${params.seriesName}<br/>${params.name}${params.value[2] !== undefined ? ` · ${params.value[2]}` : ''}` : params.seriesName,
      },
      legend: { top: 0, data: [t('siting.map.facilities'), t('siting.map.sites'), t('siting.map.leftOut'), t('siting.map.circles'), t('siting.map.proposedCircles')] },
      grid: { ...GRID, top, containLabel: false },
      xAxis: { type: 'value', min: ranges.lng[0], max: ranges.lng[1], name: t('siting.map.lng'), nameLocation: 'middle', nameGap: 24, axisLabel: { formatter: degrees, hideOverlap: true, showMinLabel: false, showMaxLabel: false }, splitLine: { show: false } },
      yAxis: { type: 'value', min: ranges.lat[0], max: ranges.lat[1], name: t('siting.map.lat'), axisLabel: { formatter: degrees, showMinLabel: false, showMaxLabel: false }, splitLine: { show: false } },
      series: [
        {
          name: t('siting.map.circles'),
          type: 'line',
          data: rings(siting.facilities, radius),
          showSymbol: false,
          silent: true,
          color: COLOURS.facility,
          lineStyle: { width: 1, opacity: 0.6 },
        },
        {
          name: t('siting.map.proposedCircles'),
          type: 'line',
          data: rings(siting.sites, radius),
          showSymbol: false,
          silent: true,
          color: COLOURS.site,
          lineStyle: { width: 1.5, type: 'dashed' },
        },
        {
          name: t('siting.map.leftOut'),
          type: 'scatter',
          color: COLOURS.leftOut,
          itemStyle: { opacity: 0.7 },
          data: siting.leftOut.map((community) => ({
            name: community.name,
            value: [community.lng, community.lat, community.olderPopulation],
            symbolSize: 6 + 18 * Math.sqrt(community.olderPopulation / heaviest),
          })),
        },
        {
          name: t('siting.map.facilities'),
          type: 'scatter',
          symbol: 'triangle',
          symbolSize: 11,
          color: COLOURS.facility,
          data: siting.facilities.map((facility) => ({ name: facility.name, value: [facility.lng, facility.lat] })),
        },
        {
          name: t('siting.map.sites'),
          type: 'scatter',
          symbol: 'pin',
          symbolSize: 30,
          color: COLOURS.site,
          label: { show: true, formatter: (params: { data: { rank: number } }) => String(params.data.rank), color: '#fff', fontWeight: 'bold', offset: [0, -3] },
          data: siting.sites.map((site) => ({ name: `${site.rank}. ${site.name}`, rank: site.rank, value: [site.lng, site.lat, site.addedOlderPopulation] })),
        },
      ],
    };
  }, [siting, width, height, top, t]);
  return (
    <div ref={box} className="siting-map">
      {width > 0 && <EChart option={option} height={height} label={t('siting.map.label')} />}
      <p className="hint">{t('siting.map.radiusLegend', { radius: Math.round(siting.radiusMetres) })}</p>
    </div>
  );
}
