import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { isDateOnly } from '@shared/core/dates';
import type { AuditFilter } from '@web/data/audit-log/types';

const TEXT_KEYS = ['actor', 'entity', 'entityId', 'action'] as const;
const ROLES = ['admin', 'civil_affairs', 'operator', 'assessor', 'family'] as const;

/** The filters and page live in the address (`?actor=wang.li&entity=resident`), so a link opens the same view. */
export function useAuditLocation() {
  const [params, setParams] = useSearchParams();
  // One object per address: the filter form re-reads it when it changes, and a new object on every render (the table
  // loading, say) would wipe what the person is typing.
  const search = params.toString();
  const filter = useMemo(() => {
    const read = new URLSearchParams(search);
    const next: AuditFilter = {};
    for (const key of TEXT_KEYS) {
      const value = read.get(key)?.trim();
      if (value) next[key] = value;
    }
    const role = read.get('actorRole');
    if (role && (ROLES as readonly string[]).includes(role)) next.actorRole = role as AuditFilter['actorRole'];
    for (const key of ['from', 'to'] as const) {
      const value = read.get(key);
      if (value && isDateOnly(value)) next[key] = value;
    }
    return next;
  }, [search]);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const update = (next: AuditFilter, nextPage = 1) => {
    const entries = Object.entries(next).filter(([, value]) => value !== undefined && value !== '');
    setParams(Object.fromEntries(nextPage > 1 ? [...entries, ['page', String(nextPage)]] : entries), { replace: true });
  };
  return { filter, page, update };
}
