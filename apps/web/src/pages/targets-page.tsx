import { Checkbox } from 'antd';
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
  const admin = session?.user.role === 'admin';
  // An administrator may list every region's targets at once (?all=1); the region stays in the address for going back.
  const all = admin && location.params.get('all') === '1';
  if (!location.region) return <PageLoading />;
  const own = session?.user?.regionCode ?? null;
  // Administrators edit every region's targets, officers those of their own subtree (the API checks again).
  const editable = admin || (own !== null && isInRegionSubtree(location.region, own));
  return (
    <div className="stack">
      <header className="page-head">
        <h1 className="page-head__title">
          {t('targets.title')} · {all ? t('targets.allRegions') : (region?.data?.name ?? location.region)}
        </h1>
        {admin && (
          <Checkbox checked={all} onChange={(event) => location.update({ all: event.target.checked ? '1' : null })}>
            {t('targets.allRegions')}
          </Checkbox>
        )}
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('kpi.region')}</span>
          <RegionPicker id="targets-region" value={location.region} valueName={region?.data?.name} onChange={(code) => location.update({ region: code })} />
        </label>
      </header>
      <TargetsTable region={all ? null : location.region} editable={editable} />
    </div>
  );
}
