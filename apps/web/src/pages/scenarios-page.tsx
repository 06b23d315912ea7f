import { Navigate, useSearchParams } from 'react-router';
import { useKpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { ScenarioWorkbench } from '@web/modules/scenarios/components/scenario-workbench';
import { parseDraft } from '@web/modules/scenarios/utils/draft';
import { PageLoading } from '@web/ui/page-loading';

/**
 * A draft link (`/scenarios?draft=…`, as the siting and indicator pages build it) names its region and month: they go
 * into the address first, so the toolbar and the workbench read the draft's, not the person's defaults.
 */
export function ScenariosPage() {
  const [params] = useSearchParams();
  const draft = parseDraft(params.get('draft'));
  if (draft && (params.get('region') !== draft.regionCode || params.get('month') !== draft.month)) {
    const next = new URLSearchParams(params);
    next.set('region', draft.regionCode);
    next.set('month', draft.month);
    return <Navigate replace to={`/scenarios?${next.toString()}`} />;
  }
  return <Workbench />;
}

function Workbench() {
  const location = useKpiLocation();
  if (!location.region) return <PageLoading />;
  return <ScenarioWorkbench location={location} />;
}
