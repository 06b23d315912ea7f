import { type GrantKind, Role, ROLE_GRANTS, scopeGrantProblems } from '@shared/auth/roles';
import type { CreateUser, UpdateUser, User } from '@web/data/users/types';

/** What the account form holds: every grant, though the role decides which are shown and sent. */
export interface UserFormValues {
  username: string;
  displayName?: string;
  password?: string;
  role: Role;
  regionCode: string | null;
  facilityIds: string[];
  residentIds: string[];
}

/** The grants a role may hold, in the order the form shows their pickers (the API's ROLE_GRANTS). */
export function grantsOf(role: Role | undefined): readonly GrantKind[] {
  return role ? ROLE_GRANTS[role] : [];
}

/** The scope to send: the grants the role may hold as chosen, the others cleared, so a change of role drops them. */
export function scopeFor(values: Pick<UserFormValues, 'role' | 'regionCode' | 'facilityIds' | 'residentIds'>) {
  const allowed = grantsOf(values.role);
  return {
    regionCode: allowed.includes('regionCode') ? (values.regionCode ?? null) : null,
    facilityIds: allowed.includes('facilityIds') ? values.facilityIds : [],
    residentIds: allowed.includes('residentIds') ? values.residentIds : [],
  };
}

/** The form's scope problems, field by field, before anything is sent (the same rule the API applies). */
export function scopeProblemFields(values: Pick<UserFormValues, 'role' | 'regionCode' | 'facilityIds' | 'residentIds'>): GrantKind[] {
  return [...new Set(scopeGrantProblems(values.role, scopeFor(values)).map((problem) => problem.field as GrantKind))];
}

export function createBody(values: UserFormValues): CreateUser {
  const scope = scopeFor(values);
  return {
    username: values.username.trim(),
    password: values.password ?? '',
    role: values.role,
    ...(values.displayName?.trim() ? { displayName: values.displayName.trim() } : {}),
    ...(scope.regionCode ? { regionCode: scope.regionCode } : {}),
    ...(scope.facilityIds.length ? { facilityIds: scope.facilityIds } : {}),
    ...(scope.residentIds.length ? { residentIds: scope.residentIds } : {}),
  };
}

/** A change sends the role and the whole scope, so what the form shows is what the account holds afterwards. */
export function updateBody(values: UserFormValues): UpdateUser {
  return { role: values.role, ...(values.displayName?.trim() ? { displayName: values.displayName.trim() } : {}), ...scopeFor(values) };
}

export function formValuesOf(user: User): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    regionCode: user.regionCode,
    facilityIds: user.facilityIds,
    residentIds: user.residentIds,
  };
}

export { Role };
