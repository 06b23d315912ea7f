import { useTranslation } from 'react-i18next';
import { KpiToolbar } from '@web/modules/kpi/components/kpi-toolbar';
import { useKpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { ReportDownload } from '@web/modules/rollups/components/report-download';
import { RollupHistory } from '@web/modules/rollups/components/rollup-history';
import { RollupRunner } from '@web/modules/rollups/components/rollup-runner';
import { PageLoading } from '@web/ui/page-loading';

export function RollupsPage() {
  const { t } = useTranslation();
  const location = useKpiLocation();
  const [region] = useRegionsQuery(location.region ? [location.region] : []);
  if (!location.region) return <PageLoading />;
  return (
    <div className="stack">
      <header className="page-head">
        <h1 className="page-head__title">
          {t('rollups.title')} · {region?.data?.name ?? location.region} · {location.month}
        </h1>
        <KpiToolbar location={location} regionName={region?.data?.name} />
      </header>
      <div className="panels">
        <ReportDownload region={location.region} month={location.month} />
        <RollupRunner region={location.region} month={location.month} />
      </div>
      <RollupHistory region={location.region} month={location.month} />
    </div>
  );
}
