import type { IndicatorDefinition } from '../../domain/indicator';

export const CIRCLE_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'service_circle_coverage',
    catalogId: 'service_circle_coverage',
    nameZh: '养老服务圈覆盖率',
    nameEn: 'Older people within the service circle',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'stock',
    source: 'circle',
    // Weighted by people, not communities: the older population of the communities a circle reaches.
    numerator: 'coalesce(sum(older_population) FILTER (WHERE covered), 0)',
    denominator: { kind: 'sum', sql: 'coalesce(sum(older_population), 0)' },
    scale: 100,
    decimals: 2,
    gap: {
      kind: 'raise',
      zh: '还有 {k} 名老年人不在任何养老服务圈内',
      en: '{k} more older people to bring within a service circle',
      listRows: {
        zh: '这 {n} 个社区（{k} 名老年人）不在任何服务圈内：{list}',
        en: 'these {n} communities ({k} older people) are outside every circle: {list}',
        where: 'NOT covered',
        units: 'older_population',
      },
    },
  },
];
