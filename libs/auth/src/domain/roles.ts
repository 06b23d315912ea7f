/** Who a user is to Yiyang; the role decides which endpoints answer, the scope which rows. */
export enum Role {
  Admin = 'admin',
  /** 民政部门 civil-affairs officer */
  CivilAffairs = 'civil_affairs',
  /** 养老机构运营方 care-home operator */
  Operator = 'operator',
  /** 能力评估员 capability assessor */
  Assessor = 'assessor',
  /** 家属 family member */
  Family = 'family',
}

export const ROLES = Object.values(Role);

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  [Role.Admin]: { zh: '系统管理员', en: 'Administrator' },
  [Role.CivilAffairs]: { zh: '民政工作人员', en: 'Civil-affairs officer' },
  [Role.Operator]: { zh: '机构运营人员', en: 'Care-home operator' },
  [Role.Assessor]: { zh: '评估员', en: 'Assessor' },
  [Role.Family]: { zh: '家属', en: 'Family member' },
};

export interface ScopeGrants {
  regionCode: string | null;
  facilityIds: string[];
  residentIds: string[];
}

/**
 * What each role must be granted to be useful; the same rule is a CHECK constraint on app_user.
 * Returns the problems as field → message.
 */
export function scopeGrantProblems(role: Role, grants: ScopeGrants): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (role === Role.CivilAffairs && !grants.regionCode) {
    problems.push({ field: 'regionCode', message: 'a civil-affairs officer needs the region code of their office' });
  }
  if (role === Role.Operator && grants.facilityIds.length === 0) {
    problems.push({ field: 'facilityIds', message: 'an operator needs at least one facility' });
  }
  if (role === Role.Assessor && !grants.regionCode && grants.facilityIds.length === 0) {
    problems.push({ field: 'regionCode', message: 'an assessor needs a region code or facilities' });
  }
  if (role === Role.Family && grants.residentIds.length === 0) {
    problems.push({ field: 'residentIds', message: 'a family member needs at least one linked older person' });
  }
  return problems;
}
