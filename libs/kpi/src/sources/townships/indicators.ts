import { type IndicatorDefinition, percent } from '../../domain/indicator';

export const TOWNSHIPS_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'township_comprehensive_facility_coverage',
    catalogId: 'township_comprehensive_facility_coverage',
    nameZh: '乡镇（街道）具备综合功能的养老服务机构覆盖率',
    nameEn: 'Townships with a comprehensive elderly-care facility',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'stock',
    source: 'townships',
    ...percent('comprehensive', 'TRUE'),
    gap: {
      kind: 'raise',
      zh: '还需 {k} 个乡镇（街道）建成具备综合功能的养老服务机构',
      en: '{k} more townships need a comprehensive centre',
      listLacking: { zh: '尚无综合功能养老服务机构的乡镇（街道）：{list}', en: 'townships still lacking a comprehensive centre: {list}' },
    },
  },
  {
    id: 'demo_home_care_centre_township_coverage',
    catalogId: 'demo_home_care_centre_township_coverage',
    nameZh: '乡镇（街道）示范型居家养老服务中心覆盖率',
    nameEn: 'Townships with a model home-care centre',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'stock',
    source: 'townships',
    ...percent('demo', 'TRUE'),
    gap: {
      kind: 'raise',
      zh: '还需 {k} 个乡镇（街道）建成示范型居家养老服务中心',
      en: '{k} more townships need a model home-care centre',
      listLacking: { zh: '尚无示范型中心的乡镇（街道）：{list}', en: 'townships still lacking a model centre: {list}' },
    },
  },
];
