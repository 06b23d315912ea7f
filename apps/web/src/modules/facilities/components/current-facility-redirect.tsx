import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { useCurrentFacility } from '../hooks/use-current-facility';

/** `/facility/<page>` (the menu's link) opens that page of the facility the person works in now. */
export function CurrentFacilityRedirect() {
  const { t } = useTranslation();
  const { page = 'beds' } = useParams();
  const { facility, isPending, error, refetch } = useCurrentFacility();
  if (isPending) return <PageLoading />;
  if (error) return <ErrorNotice error={error} onRetry={refetch} />;
  if (!facility) return <EmptyState title={t('facility.none')} />;
  return <Navigate to={`/facilities/${facility.id}/${page}`} replace />;
}
