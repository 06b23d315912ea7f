import { type IndicatorDefinition, percent, raise } from '../../domain/indicator';

export const TEKUN_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: 'tekun_willing_centralized_support_rate',
    catalogId: 'tekun_willing_centralized_support_rate',
    nameZh: '有集中供养意愿的特困老年人集中供养率',
    nameEn: 'Willing tekun elders in centralised care',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'stock',
    source: 'tekun',
    ...percent('willing AND centralized', 'willing'),
    gap: raise('还有 {k} 名有意愿的特困老年人待集中供养', '{k} more willing tekun elders to take into centralised care'),
  },
  {
    id: 'tekun_incapacitated_centralized_support_rate',
    catalogId: 'tekun_incapacitated_centralized_support_rate',
    nameZh: '生活不能自理的特困老年人集中供养率',
    nameEn: 'Tekun elders unable to self-care in centralised care',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'stock',
    source: 'tekun',
    ...percent('level >= 2 AND centralized', 'level >= 2'),
    gap: raise('还有 {k} 名生活不能自理的特困老年人待集中供养', '{k} more tekun elders unable to self-care to take into centralised care'),
  },
  {
    id: 'dispersed_incapacitated_tekun_care_agreement_rate',
    catalogId: 'dispersed_incapacitated_tekun_care_agreement_rate',
    nameZh: '分散供养失能特困人员委托照料服务协议签订率',
    nameEn: 'Dispersed-support disabled tekun people with an entrusted-care agreement',
    unitZh: '%',
    unitEn: '%',
    direction: 'at_least',
    rollup: 'stock',
    source: 'tekun',
    // Dispersed (分散供养) = NOT centralized; 失能 = standing level 2 or worse, as for the incapacitated rate above.
    ...percent('NOT centralized AND level >= 2 AND has_agreement', 'NOT centralized AND level >= 2'),
    gap: raise('还有 {k} 名分散供养失能特困人员待签委托照料服务协议', '{k} more dispersed-support disabled tekun people need an entrusted-care agreement'),
  },
];
