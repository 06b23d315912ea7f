import { type IndicatorDefinition, percent, raise, tally } from '../../domain/indicator';

export const MODIFICATIONS_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'age_friendly_home_modifications',
    catalogId: 'age_friendly_home_modifications',
    nameZh: '困难老年人家庭适老化改造户数',
    nameEn: 'Hardship households given age-friendly home modifications',
    unitZh: '户',
    unitEn: 'households',
    direction: 'at_least',
    rollup: 'flow',
    cumulativeFrom: '2021-01',
    source: 'modifications',
    ...tally('completed_in_month'),
    gap: raise('还需完成 {k} 户困难老年人家庭适老化改造', '{k} more hardship households to modify'),
  },
  {
    // Ningbo's 愿改尽改: of the hardship households that applied since 2021, the share whose modification is done.
    id: 'age_friendly_home_modifications.completion',
    catalogId: 'age_friendly_home_modifications',
    nameZh: '困难老年人家庭适老化改造完成率（愿改尽改）',
    nameEn: 'Hardship households\' applications for home modification completed',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'stock',
    source: 'modifications',
    ...percent('applied_since_2021 AND completed_by_day', 'applied_since_2021'),
    gap: raise('还有 {k} 户已申请的困难老年人家庭待完成改造', '{k} more hardship households that applied to modify'),
  },
];
