export const STAFF_ROLES = ['caregiver', 'social_worker', 'nurse', 'doctor', 'rehab_therapist', 'dietitian', 'manager', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, { zh: string; en: string }> = {
  caregiver: { zh: '养老护理员', en: 'Caregiver' },
  social_worker: { zh: '社会工作者', en: 'Social worker' },
  nurse: { zh: '护士', en: 'Nurse' },
  doctor: { zh: '医生', en: 'Doctor' },
  rehab_therapist: { zh: '康复治疗师', en: 'Rehabilitation therapist' },
  dietitian: { zh: '营养师', en: 'Dietitian' },
  manager: { zh: '院长/管理人员', en: 'Manager' },
  other: { zh: '其他', en: 'Other' },
};

export const CERTIFICATE_KINDS = ['caregiver_skill', 'social_worker', 'nurse_license', 'doctor_license', 'first_aid', 'other'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, { zh: string; en: string }> = {
  caregiver_skill: { zh: '养老护理员职业技能等级证书', en: 'Caregiver vocational skill certificate' },
  social_worker: { zh: '社会工作者职业资格证书', en: 'Social-work qualification' },
  nurse_license: { zh: '护士执业证书', en: 'Nurse licence' },
  doctor_license: { zh: '医师执业证书', en: 'Physician licence' },
  first_aid: { zh: '救护员证', en: 'First-aid certificate' },
  other: { zh: '其他', en: 'Other' },
};
