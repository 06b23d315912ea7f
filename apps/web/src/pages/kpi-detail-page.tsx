import { useParams } from 'react-router';
import { IndicatorDetail } from '@web/modules/kpi-detail/components/indicator-detail';
import { useKpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { PageLoading } from '@web/ui/page-loading';

export function KpiDetailPage() {
  const { indicator = '' } = useParams();
  const location = useKpiLocation();
  if (!location.region) return <PageLoading />;
  return <IndicatorDetail indicator={indicator} location={location} />;
}
