import { type IndicatorDefinition, raise, tally } from '../../domain/indicator';

export const WORKS_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'beds_new_or_rebuilt',
    catalogId: 'beds_new_or_rebuilt',
    nameZh: '新建、改建养老床位',
    nameEn: 'Elderly-care beds newly built or rebuilt',
    unitZh: '张',
    unitEn: 'beds',
    direction: 'at_least',
    rollup: 'flow',
    cumulativeFrom: '2021-01',
    source: 'works',
    ...tally(`work = 'bed' AND setting IN ('institution', 'community')`),
    gap: raise('还需新建或改建 {k} 张养老床位', 'build or rebuild {k} more elderly-care beds'),
  },
  {
    id: 'tekun_facility_upgrade.projects',
    catalogId: 'tekun_facility_upgrade',
    nameZh: '敬老院提升改造项目',
    nameEn: 'Upgrade projects completed at 特困 homes',
    unitZh: '个',
    unitEn: 'projects',
    direction: 'at_least',
    rollup: 'flow',
    cumulativeFrom: '2021-01',
    source: 'works',
    ...tally(`work = 'project' AND kind = 'tekun_home' AND upgrade`),
    gap: raise('还需完成 {k} 个敬老院改造提升项目', 'complete {k} more upgrade projects at 特困 homes'),
  },
];
