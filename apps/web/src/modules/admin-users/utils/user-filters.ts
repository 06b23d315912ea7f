import { Role, ROLES } from '@shared/auth/roles';
import type { UserFilters } from '@web/data/users/types';

export const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The list's filters from the address (`?q=&role=&active=&facilityId=&page=`); nonsense is dropped, not sent. */
export function userFiltersFromSearch(search: URLSearchParams): Required<Pick<UserFilters, 'page' | 'limit'>> & UserFilters {
  const q = search.get('q')?.trim() || undefined;
  const role = search.get('role');
  const active = search.get('active');
  const facilityId = search.get('facilityId');
  const page = Number(search.get('page'));
  return {
    ...(q ? { q: q.slice(0, 64) } : {}),
    ...(ROLES.includes(role as Role) ? { role: role as Role } : {}),
    ...(active === 'true' || active === 'false' ? { active: active === 'true' } : {}),
    ...(facilityId && UUID.test(facilityId) ? { facilityId } : {}),
    page: Number.isInteger(page) && page > 1 ? page : 1,
    limit: PAGE_SIZE,
  };
}

/** The address of a view: only what differs from the defaults. */
export function searchFromUserFilters(filters: UserFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.role) search.set('role', filters.role);
  if (filters.active !== undefined) search.set('active', String(filters.active));
  if (filters.facilityId) search.set('facilityId', filters.facilityId);
  if (filters.page && filters.page > 1) search.set('page', String(filters.page));
  return search;
}
