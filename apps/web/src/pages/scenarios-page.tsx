import { useKpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { ScenarioWorkbench } from '@web/modules/scenarios/components/scenario-workbench';
import { PageLoading } from '@web/ui/page-loading';

export function ScenariosPage() {
  const location = useKpiLocation();
  if (!location.region) return <PageLoading />;
  return <ScenarioWorkbench location={location} />;
}
