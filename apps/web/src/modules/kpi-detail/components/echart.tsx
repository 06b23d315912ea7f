import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the detail page draws: lines, bars and the service circle's points on a grid, in SVG (crisp on any
// screen, lighter than canvas here).
echarts.use([LineChart, BarChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type EChartOption = echarts.EChartsCoreOption;

interface Props {
  option: EChartOption;
  height: number;
  /** What the chart shows, in words (the numbers are also in the table beside it). */
  label: string;
  onClick?: (params: { dataIndex: number }) => void;
}

/** An ECharts chart that follows its container's width. */
export function EChart({ option, height, label, onClick }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    // No animation: an officer reads numbers, and a line that draws itself for a second is a second of nothing to read.
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (params: unknown) => onClick(params as { dataIndex: number });
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);
  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
