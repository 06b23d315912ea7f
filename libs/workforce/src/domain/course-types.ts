/** What a training taught, as the plans count it: 养老护理员, 养老机构管理人员, 家庭照护者. */
export const COURSE_TYPES = ['caregiver', 'manager', 'family_caregiver'] as const;
export type CourseType = (typeof COURSE_TYPES)[number];

export const COURSE_TYPE_LABELS: Record<CourseType, { zh: string; en: string }> = {
  caregiver: { zh: '养老护理员', en: 'Caregiver' },
  manager: { zh: '养老机构管理人员', en: 'Institution manager' },
  family_caregiver: { zh: '家庭照护者', en: 'Family caregiver' },
};

/** Purposes bound into a trainee's ID number ciphertext (with the record's id) and into its blind index (not tied to a row: it finds the person). */
export const TRAINEE_PURPOSE = { idNumber: 'training_record.trainee_id_number' } as const;

export const traineeBoundTo = (recordId: string) => `${TRAINEE_PURPOSE.idNumber}:${recordId}`;
