import { KpiBoard } from '@web/modules/kpi/components/kpi-board';
import { useKpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { PageLoading } from '@web/ui/page-loading';

export function KpiBoardPage() {
  const location = useKpiLocation();
  if (!location.region) return <PageLoading />;
  return <KpiBoard location={location} />;
}
