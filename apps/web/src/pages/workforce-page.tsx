import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isRegionCode } from '@shared/core/region-code';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import { SocialWorkersPanel } from '@web/modules/workforce/components/social-workers-panel';
import { TrainingImportPanel } from '@web/modules/workforce/components/training-import-panel';
import { TrainingsPanel } from '@web/modules/workforce/components/trainings-panel';

const TABS = ['trainings', 'import', 'social-workers'] as const;
type Tab = (typeof TABS)[number];

/**
 * `/workforce` 培训与社工: an office's training records (listed, recorded one by one or imported from an attendance list)
 * and the social workers serving its community elders. The region (default the officer's own) and tab are in the address.
 */
export function WorkforcePage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const regionParam = params.get('region');
  const region = regionParam && isRegionCode(regionParam) ? regionParam : (session?.user.regionCode ?? null);
  const [named] = useRegionsQuery(region ? [region] : []);
  const tabParam = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as Tab) : 'trainings';
  const update = (patch: Record<string, string>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(patch)) next.set(key, value);
      return next;
    });
  return (
    <div className="stack">
      <header className="page-head">
        <h1 className="page-head__title">
          {t('workforce.title')}
          {region ? ` · ${named?.data?.name ?? region}` : ''}
        </h1>
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('workforce.region')}</span>
          <RegionPicker id="workforce-region" value={region} valueName={named?.data?.name} onChange={(code) => update({ region: code })} />
        </label>
      </header>
      <p className="hint">{t('workforce.intro')}</p>
      <Tabs
        activeKey={tab}
        onChange={(key) => update({ tab: key })}
        items={[
          { key: 'trainings', label: t('workforce.tabs.trainings'), children: <TrainingsPanel region={region} /> },
          { key: 'import', label: t('workforce.tabs.import'), children: <TrainingImportPanel /> },
          { key: 'social-workers', label: t('workforce.tabs.socialWorkers'), children: <SocialWorkersPanel region={region} /> },
        ]}
      />
    </div>
  );
}
