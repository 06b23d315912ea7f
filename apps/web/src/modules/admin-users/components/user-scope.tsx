import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { facilityQuery } from '@web/data/facilities/facility-query';
import { useRegionsQuery } from '@web/data/regions/region-query';
import type { User } from '@web/data/users/types';

/** An account's scope in words: its region, its facilities by name, or how many people it is linked to. */
export function UserScope({ user }: { user: User }) {
  const { t } = useTranslation();
  const [region] = useRegionsQuery(user.regionCode ? [user.regionCode] : []);
  const facilities = useQueries({ queries: user.facilityIds.map(facilityQuery) });
  const parts: string[] = [];
  if (user.regionCode) parts.push(t('admin.users.scopeRegion', { name: region?.data?.name ?? user.regionCode }));
  if (user.facilityIds.length) {
    const names = facilities.map((query, index) => query.data?.name ?? user.facilityIds[index].slice(0, 8)).join('、');
    parts.push(t('admin.users.scopeFacilities', { count: user.facilityIds.length, names }));
  }
  // Family accounts' people are counted, not named: naming them would read every linked person's record.
  if (user.residentIds.length) parts.push(t('admin.users.scopeResidents', { count: user.residentIds.length }));
  return <span className="user-scope">{parts.length ? parts.join('；') : t('admin.users.scopeNone')}</span>;
}
