import { useSearchParams } from 'react-router';
import { isDateOnly } from '@shared/core/dates';
import type { AuditFilter } from '@web/data/audit-log/types';

const TEXT_KEYS = ['actor', 'entity', 'entityId', 'action'] as const;
const ROLES = ['admin', 'civil_affairs', 'operator', 'assessor', 'family'] as const;

/** The filters and page live in the address (`?actor=wang.li&entity=resident`), so a link opens the same view. */
export function useAuditLocation() {
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = {};
  for (const key of TEXT_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  const role = params.get('actorRole');
  if (role && (ROLES as readonly string[]).includes(role)) filter.actorRole = role as AuditFilter['actorRole'];
  for (const key of ['from', 'to'] as const) {
    const value = params.get(key);
    if (value && isDateOnly(value)) filter[key] = value;
  }
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (next: AuditFilter, nextPage = 1) => {
    const entries = Object.entries(next).filter(([, value]) => value !== undefined && value !== '');
    setParams(Object.fromEntries(nextPage > 1 ? [...entries, ['page', String(nextPage)]] : entries), { replace: true });
  };
  return { filter, page, update };
}
