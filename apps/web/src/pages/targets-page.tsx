import { useTranslation } from 'react-i18next';
import { isInRegionSubtree } from '@shared/core/region-code';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { useKpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import { TargetsTable } from '@web/modules/targets/components/targets-table';
import { PageLoading } from '@web/ui/page-loading';

export function TargetsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useKpiLocation();
  const [region] = useRegionsQuery(location.region ? [location.region] : []);
  if (!location.region) return <PageLoading />;
  const own = session?.user?.regionCode ?? null;
  // Administrators edit every region's targets, officers those of their own subtree (the API checks again).
  const editable = session?.user.role === 'admin' || (own !== null && isInRegionSubtree(location.region, own));
  return (
    <div className="stack">
      <header className="page-head">
        <h1 className="page-head__title">
          {t('targets.title')} · {region?.data?.name ?? location.region}
        </h1>
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('kpi.region')}</span>
          <RegionPicker id="targets-region" value={location.region} valueName={region?.data?.name} onChange={(code) => location.update({ region: code })} />
        </label>
      </header>
      <TargetsTable region={location.region} editable={editable} />
    </div>
  );
}
