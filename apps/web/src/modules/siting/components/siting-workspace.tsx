import { Button, InputNumber, Select, Skeleton, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useSitingQuery, type Siting, type SitingCommunity, type SitingFacilityKind, type SitingSite } from '@web/data/places/siting-query';
import { useRegionsQuery } from '@web/data/regions/region-query';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { MonthPicker } from '@web/modules/kpi/components/month-picker';
import { useLabels } from '@web/modules/kpi/hooks/use-labels';
import { formatValue } from '@web/modules/kpi/utils/format-value';
import { currentMonth } from '@web/modules/kpi/utils/months-window';
import { RegionPicker } from '@web/modules/regions/components/region-picker';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { scenarioDraftHref } from '../utils/scenario-draft';
import { MAX_SITES, SITING_KINDS, sitingParamsOf } from '../utils/siting-params';
import { SitingMap } from './siting-map';
import '../siting.css';

/** Regions a proposal is made for (the API refuses the others). */
const SITING_LEVELS = ['township', 'county'];

/**
 * 选址建议: an officer chooses a township or county, the kind of facility and how many sites, and sees where they
 * bring the most older people into a service circle — on a map, in a table — and can carry the proposal into a
 * what-if scenario.
 */
export function SitingWorkspace() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const asked = sitingParamsOf(params);
  const [regionCode, setRegionCode] = useState<string | null>(asked?.regionCode ?? session?.user.regionCode ?? null);
  const [facilityKind, setFacilityKind] = useState<SitingFacilityKind>(asked?.facilityKind ?? 'community_station');
  const [k, setK] = useState<number>(asked?.k ?? 3);
  const [month, setMonth] = useState<string>(asked?.month ?? currentMonth());
  const [region] = useRegionsQuery(regionCode ? [regionCode] : []);
  const level = region?.data?.level;
  const wrongLevel = level !== undefined && !SITING_LEVELS.includes(level);
  const siting = useSitingQuery(asked);
  const run = () => regionCode && setParams({ region: regionCode, kind: facilityKind, k: String(k), month });

  return (
    <div className="stack">
      <header className="page-head">
        <h1 className="page-head__title">{t('siting.title')}</h1>
      </header>
      <p className="hint">{t('siting.intro')}</p>
      <form
        className="kpi-toolbar siting-toolbar"
        aria-label={t('siting.title')}
        onSubmit={(event) => {
          event.preventDefault();
          run();
        }}
      >
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('siting.region')}</span>
          <RegionPicker id="siting-region" value={regionCode} valueName={region?.data?.name} onChange={setRegionCode} ariaLabel={t('siting.region')} />
        </label>
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('siting.kind')}</span>
          <Select
            id="siting-kind"
            aria-label={t('siting.kind')}
            className="siting-toolbar__kind"
            value={facilityKind}
            onChange={setFacilityKind}
            options={SITING_KINDS.map((kind) => ({ value: kind, label: t(`siting.kinds.${kind}`) }))}
          />
        </label>
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('siting.k')}</span>
          <InputNumber id="siting-k" aria-label={t('siting.k')} min={1} max={MAX_SITES} precision={0} value={k} onChange={(value) => value && setK(value)} />
        </label>
        <label className="kpi-toolbar__field">
          <span className="kpi-toolbar__label">{t('siting.month')}</span>
          <MonthPicker id="siting-month" value={month} onChange={setMonth} />
        </label>
        <Button type="primary" htmlType="submit" disabled={!regionCode || wrongLevel}>
          {t('siting.run')}
        </Button>
      </form>
      {!regionCode && <p className="hint">{t('siting.chooseRegion')}</p>}
      {wrongLevel && <p className="hint siting-warning">{t('siting.wrongLevel')}</p>}
      {asked && siting.error && <ErrorNotice error={siting.error} onRetry={() => void siting.refetch()} />}
      {asked && !siting.data && !siting.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {siting.data && <Proposal siting={siting.data} />}
    </div>
  );
}

function Proposal({ siting }: { siting: Siting }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const number = (value: number) => formatValue(value, 0, labels.locale);
  const percent = (value: number | null) => `${formatValue(value, 2, labels.locale)}%`;
  if (siting.olderPopulation === 0) return <EmptyState title={t('siting.noPlaces')} />;
  const href = scenarioDraftHref({ regionCode: siting.regionCode, month: siting.month, changes: siting.changes });
  return (
    <>
      <p className="siting-summary">
        {t('siting.summary', {
          before: number(siting.before.coveredOlderPopulation),
          beforeShare: percent(siting.before.share),
          after: number(siting.after.coveredOlderPopulation),
          afterShare: percent(siting.after.share),
          total: number(siting.olderPopulation),
          radius: number(siting.radiusMetres),
          minutes: siting.minutes,
          speed: siting.walkingMetresPerMinute,
          detour: siting.detourFactor,
        })}
      </p>
      <div className="siting-layout">
        <section aria-labelledby="siting-sites" className="siting-layout__table">
          <h2 id="siting-sites" className="kpi-theme__title">
            {t('siting.sites')}（{siting.sites.length}）
          </h2>
          {siting.sites.length === 0 ? (
            <p>{t('siting.noSites')}</p>
          ) : (
            <>
              <Table<SitingSite>
                size="small"
                rowKey="regionCode"
                dataSource={siting.sites}
                pagination={false}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('siting.rank'), dataIndex: 'rank', width: 56 },
                  { title: t('siting.site'), dataIndex: 'name' },
                  { title: t('siting.township'), dataIndex: 'townshipName' },
                  { title: t('siting.added'), dataIndex: 'addedOlderPopulation', align: 'right', render: number },
                  { title: t('siting.cumulative'), dataIndex: 'cumulativeOlderPopulation', align: 'right', render: number },
                  { title: t('siting.shareAfter'), dataIndex: 'shareAfter', align: 'right', render: percent },
                ]}
              />
              <div className="siting-scenario">
                <Button
                  type="primary"
                  href={href}
                  onClick={(event) => {
                    event.preventDefault();
                    void navigate(href);
                  }}
                >
                  {t('siting.toScenario')}
                </Button>
                <span className="hint">{t('siting.toScenarioHint')}</span>
              </div>
            </>
          )}
          {siting.leftOut.length > 0 && (
            <>
              <h2 className="kpi-theme__title">{t('siting.leftOut', { count: siting.leftOut.length })}</h2>
              <Table<SitingCommunity>
                size="small"
                rowKey="regionCode"
                dataSource={siting.leftOut}
                pagination={siting.leftOut.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                columns={[
                  { title: t('siting.community'), dataIndex: 'name' },
                  { title: t('siting.olderPopulation'), dataIndex: 'olderPopulation', align: 'right', render: number },
                ]}
              />
            </>
          )}
        </section>
        <section className="siting-layout__map" aria-label={t('siting.map.label')}>
          <SitingMap siting={siting} />
        </section>
      </div>
    </>
  );
}
