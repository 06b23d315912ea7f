/** What a medical institution is (医疗机构类别), as offices list them beside care facilities. */
export const MEDICAL_INSTITUTION_KINDS = [
  'general_hospital',
  'tcm_hospital',
  'township_health_centre',
  'community_health_centre',
  'clinic',
  'rehabilitation',
  'other',
] as const;
export type MedicalInstitutionKind = (typeof MEDICAL_INSTITUTION_KINDS)[number];

export const MEDICAL_INSTITUTION_KIND_LABELS: Record<MedicalInstitutionKind, { zh: string; en: string }> = {
  general_hospital: { zh: '综合医院', en: 'General hospital' },
  tcm_hospital: { zh: '中医医院', en: 'TCM hospital' },
  township_health_centre: { zh: '乡镇卫生院', en: 'Township health centre' },
  community_health_centre: { zh: '社区卫生服务中心', en: 'Community health centre' },
  clinic: { zh: '诊所（卫生室）', en: 'Clinic' },
  rehabilitation: { zh: '康复医疗机构', en: 'Rehabilitation institution' },
  other: { zh: '其他', en: 'Other' },
};

/** 医院等级: 三级 / 二级 / 一级 / 未定级. */
export const MEDICAL_INSTITUTION_LEVELS = ['tertiary', 'secondary', 'primary', 'unrated'] as const;
export type MedicalInstitutionLevel = (typeof MEDICAL_INSTITUTION_LEVELS)[number];

export const MEDICAL_INSTITUTION_LEVEL_LABELS: Record<MedicalInstitutionLevel, { zh: string; en: string }> = {
  tertiary: { zh: '三级', en: 'Tertiary' },
  secondary: { zh: '二级', en: 'Secondary' },
  primary: { zh: '一级', en: 'Primary' },
  unrated: { zh: '未定级', en: 'Unrated' },
};

