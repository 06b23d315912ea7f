import { count, type IndicatorDefinition } from '../../domain/indicator';

export const SOCIAL_WORKERS_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'social_worker_to_community_older_ratio',
    catalogId: 'social_worker_to_community_older_ratio',
    nameZh: '社会工作者与社区老年人比例（1:N）',
    nameEn: 'Community older people per social worker serving them (1:N)',
    unitZh: '人/名社工',
    unitEn: 'older people per social worker',
    direction: 'at_most',
    rollup: 'stock',
    source: 'social_workers',
    // Township parts: people aged 60+ in institutions, and social workers. The roll-up turns the numerator into the
    // region's older population less those in institutions (numeratorBase: 'population_less').
    numerator: count('in_institution'),
    numeratorBase: 'population_less',
    denominator: { kind: 'sum', sql: count('social_worker') },
    scale: 1,
    decimals: 1,
    gap: { kind: 'staff', zh: '还需 {k} 名服务社区老年人的社会工作者', en: '{k} more social workers serving community elders are needed' },
  },
];
