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

export type GrantKind = keyof ScopeGrants;

/**
 * Which grants each role may hold. Grants are ORed when rows are matched, so a role holding a grant it should not
 * (a family member with a region) would see too much: the rule is also a CHECK constraint on app_user.
 */
export const ROLE_GRANTS: Record<Role, readonly GrantKind[]> = {
  [Role.Admin]: [],
  [Role.CivilAffairs]: ['regionCode'],
  [Role.Operator]: ['facilityIds'],
  [Role.Assessor]: ['regionCode', 'facilityIds'],
  [Role.Family]: ['residentIds'],
};

export function holdsGrant(grants: ScopeGrants, kind: GrantKind): boolean {
  const value = grants[kind];
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined;
}

/** What each role must be granted, and may not be granted; returns the problems as field → message. */
export function scopeGrantProblems(role: Role, grants: ScopeGrants): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  for (const kind of ['regionCode', 'facilityIds', 'residentIds'] as const) {
    if (holdsGrant(grants, kind) && !ROLE_GRANTS[role].includes(kind)) {
      problems.push({ field: kind, message: `the role ${role} may not hold ${kind}` });
    }
  }
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
