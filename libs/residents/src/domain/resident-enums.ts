/** 特困, 低保, … : the groups older people belong to (DESIGN.md, resident.categories). */
export const RESIDENT_CATEGORIES = ['tekun', 'dibao', 'dibao_edge', 'family_planning_special', 'key_entitled', 'special_merit', 'disabled_certified'] as const;
export type ResidentCategory = (typeof RESIDENT_CATEGORIES)[number];

export const RESIDENT_CATEGORY_LABELS: Record<ResidentCategory, { zh: string; en: string }> = {
  tekun: { zh: '特困人员', en: 'Extremely poor (tekun)' },
  dibao: { zh: '低保', en: 'Minimum living allowance' },
  dibao_edge: { zh: '低保边缘', en: 'Near minimum living allowance' },
  family_planning_special: { zh: '计划生育特殊家庭', en: 'Family-planning special family' },
  key_entitled: { zh: '重点优抚对象', en: 'Key entitled group' },
  special_merit: { zh: '特殊贡献', en: 'Special merit' },
  disabled_certified: { zh: '持证残疾人', en: 'Certified disabled' },
};

/** 独居, 空巢, 留守, 与家人同住: who lives with the person (drives visits and eligibility). */
export const LIVING_ARRANGEMENTS = ['alone', 'empty_nest', 'left_behind', 'with_family'] as const;
export type LivingArrangement = (typeof LIVING_ARRANGEMENTS)[number];

export const LIVING_ARRANGEMENT_LABELS: Record<LivingArrangement, { zh: string; en: string }> = {
  alone: { zh: '独居', en: 'Living alone' },
  empty_nest: { zh: '空巢', en: 'Empty nest' },
  left_behind: { zh: '留守', en: 'Left behind' },
  with_family: { zh: '与家人同住', en: 'With family' },
};

/** How a 特困 person is supported: 集中供养 in a facility, or 分散供养 at home. */
export const TEKUN_SUPPORT_MODES = ['centralized', 'dispersed'] as const;
export type TekunSupportMode = (typeof TEKUN_SUPPORT_MODES)[number];

export const SEXES = ['male', 'female'] as const;

/** 高龄: aged 80 or more. */
export const VERY_OLD_AGE = 80;
