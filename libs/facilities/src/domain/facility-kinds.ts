/** Kinds of facility the plans count (DESIGN.md, facility.kind). */
export const FACILITY_KINDS = ['institution', 'tekun_home', 'township_centre', 'community_station', 'mutual_aid', 'canteen'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const FACILITY_KIND_LABELS: Record<FacilityKind, { zh: string; en: string }> = {
  institution: { zh: '养老机构', en: 'Elderly-care institution' },
  tekun_home: { zh: '特困供养机构（敬老院）', en: 'Home for the extremely poor (tekun)' },
  township_centre: { zh: '乡镇（街道）综合养老服务中心', en: 'Township comprehensive elderly-care centre' },
  community_station: { zh: '社区养老服务站/日间照料中心', en: 'Community elderly-care station / day-care centre' },
  mutual_aid: { zh: '农村互助养老点', en: 'Rural mutual-aid point' },
  canteen: { zh: '老年食堂/助餐点', en: 'Elderly canteen / meal point' },
};

/** Kinds whose beds are 养老机构床位, the denominator of the care-type share. */
export const INSTITUTION_KINDS: readonly FacilityKind[] = ['institution', 'tekun_home'];

export const OWNERSHIPS = ['public', 'private'] as const;
export type Ownership = (typeof OWNERSHIPS)[number];
/** Who runs it: government 公办公营, or social (public + social = 公建民营). */
export const OPERATIONS = ['government', 'social'] as const;
export type Operation = (typeof OPERATIONS)[number];

export const OWNERSHIP_LABELS: Record<Ownership, { zh: string; en: string }> = {
  public: { zh: '公办', en: 'Public' },
  private: { zh: '民办', en: 'Private' },
};

/** What a facility offers; the comprehensive-function coverage indicators read these. */
export const FACILITY_FUNCTIONS = [
  'full_time_care',
  'day_care',
  'home_outreach',
  'meals',
  'rehab',
  'recreation',
  'medical_care',
  'spiritual_comfort',
] as const;
export type FacilityFunction = (typeof FACILITY_FUNCTIONS)[number];

export const FACILITY_FUNCTION_LABELS: Record<FacilityFunction, { zh: string; en: string }> = {
  full_time_care: { zh: '全托', en: 'Full-time care' },
  day_care: { zh: '日托', en: 'Day care' },
  home_outreach: { zh: '居家上门服务', en: 'Home outreach' },
  meals: { zh: '膳食供应/助餐', en: 'Meals' },
  rehab: { zh: '康复护理', en: 'Rehabilitation' },
  recreation: { zh: '文化娱乐', en: 'Recreation' },
  medical_care: { zh: '医疗保健', en: 'Medical care' },
  spiritual_comfort: { zh: '精神慰藉', en: 'Spiritual comfort' },
};

/**
 * 具备综合功能: full-time and day care for older people who have lost ability, plus services brought to their homes —
 * the core that the plans' "comprehensive" township centres share (Pingliang lists meals, rehab, recreation,
 * medical care and spiritual comfort on top; those are recorded as functions too, for stricter local rules).
 */
export const COMPREHENSIVE_CORE: readonly FacilityFunction[] = ['full_time_care', 'day_care', 'home_outreach'];

export function isComprehensive(functions: readonly string[]): boolean {
  return COMPREHENSIVE_CORE.every((core) => functions.includes(core));
}

export const FOOD_SAFETY_GRADES = ['A', 'B', 'C'] as const;
export type FoodSafetyGrade = (typeof FOOD_SAFETY_GRADES)[number];
