import { type IndicatorDefinition, percent, raise } from '../../domain/indicator';

export const ROSTER_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'visit_rate_at_risk_elders',
    catalogId: 'visit_rate_at_risk_elders',
    nameZh: '独居、空巢、留守老年人周探访率',
    nameEn: 'Weekly visit rate of older people alone, empty-nest or left behind',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'flow',
    source: 'roster',
    numerator: 'coalesce(sum(weeks_visited), 0)',
    denominator: { kind: 'sum', sql: 'coalesce(sum(weeks), 0)' },
    scale: 100,
    decimals: 2,
    gap: raise('本月还缺 {k} 人次周探访', '{k} more weekly visits were due this month'),
  },
  {
    id: 'visit_rate_at_risk_elders.monthly',
    catalogId: 'visit_rate_at_risk_elders',
    nameZh: '重点对象月探访率',
    nameEn: 'Monthly visit rate of older people alone, empty-nest or left behind',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'flow',
    source: 'roster',
    ...percent('visited_month', 'TRUE'),
    gap: raise('本月还有 {k} 名老年人未探访', '{k} more people to visit this month'),
  },
];
