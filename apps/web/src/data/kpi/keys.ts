/** Query keys of the indicator workspace: a target's write invalidates `kpiKeys.all` (every number may move). */
export const kpiKeys = {
  all: ['kpi'] as const,
  indicators: () => [...kpiKeys.all, 'indicators'] as const,
  overview: (regionCode: string, month: string) => [...kpiKeys.all, 'overview', regionCode, month] as const,
  seriesSet: (regionCode: string, from: string, to: string) => [...kpiKeys.all, 'series-set', regionCode, from, to] as const,
  series: (indicator: string, regionCode: string, from: string, to: string) => [...kpiKeys.all, 'series', indicator, regionCode, from, to] as const,
  breakdown: (indicator: string, regionCode: string, month: string) => [...kpiKeys.all, 'breakdown', indicator, regionCode, month] as const,
  matrix: (indicator: string, regionCode: string, from: string, to: string) => [...kpiKeys.all, 'matrix', indicator, regionCode, from, to] as const,
  forecast: (indicator: string, regionCode: string, month: string) => [...kpiKeys.all, 'forecast', indicator, regionCode, month] as const,
  targets: (regionCode: string | null) => [...kpiKeys.all, 'targets', regionCode ?? 'all'] as const,
};
