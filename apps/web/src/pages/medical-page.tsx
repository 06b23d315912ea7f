import { useTranslation } from 'react-i18next';
import { isInRegionSubtree } from '@shared/core/region-code';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { useKpiLocation } from '@web/modules/kpi/hooks/use-kpi-location';
import { ConsortiaPanel } from '@web/modules/medical/components/consortia-panel';
import { InstitutionImport } from '@web/modules/medical/components/institution-import';
import { InstitutionsPanel } from '@web/modules/medical/components/institutions-panel';
import '@web/modules/medical/medical.css';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import { PageLoading } from '@web/ui/page-loading';

/** 医疗机构与签约 /medical: the region's medical institutions (with the list import) and 康养联合体, for officials. */
export function MedicalPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useKpiLocation();
  const [region] = useRegionsQuery(location.region ? [location.region] : []);
  if (!location.region) return <PageLoading />;
  const own = session?.user?.regionCode ?? null;
  // Administrators register everywhere, officers in their own subtree (the API checks again).
  const editable = session?.user.role === 'admin' || (own !== null && isInRegionSubtree(location.region, own));
  return (
    <div className="stack">
      <header className="page-head">
        <h1 className="page-head__title">
          {t('medical.title')} · {region?.data?.name ?? location.region}
        </h1>
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('medical.region')}</span>
          <RegionPicker id="medical-region" value={location.region} valueName={region?.data?.name} onChange={(code) => location.update({ region: code })} />
        </label>
      </header>
      <p className="hint">{t('medical.hint')}</p>
      <InstitutionsPanel key={`institutions-${location.region}`} regionCode={location.region} editable={editable} />
      {editable && <InstitutionImport />}
      <ConsortiaPanel key={`consortia-${location.region}`} regionCode={location.region} editable={editable} />
    </div>
  );
}
