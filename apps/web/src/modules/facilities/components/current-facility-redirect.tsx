import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { useMyFacilities } from '../hooks/use-my-facilities';
import { pickFacility, storedFacilityId } from '../utils/current-facility';

/** `/facility/<page>` (the menu's link) opens that page of the facility the person works in now. */
export function CurrentFacilityRedirect() {
  const { t } = useTranslation();
  const { page = 'beds' } = useParams();
  const facilities = useMyFacilities();
  if (facilities.isPending) return <PageLoading />;
  if (facilities.isError) return <ErrorNotice error={facilities.error} onRetry={() => void facilities.refetch()} />;
  const id = pickFacility(storedFacilityId(), facilities.data.items.map((facility) => facility.id));
  if (!id) return <EmptyState title={t('facility.none')} />;
  return <Navigate to={`/facilities/${id}/${page}`} replace />;
}
