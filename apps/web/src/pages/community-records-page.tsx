import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ModificationsPanel } from '@web/modules/community-records/components/modifications-panel';
import { TerminalsPanel } from '@web/modules/community-records/components/terminals-panel';
import '@web/modules/community-records/community-records.css';

const TABS = ['modifications', 'terminals'] as const;
type Tab = (typeof TABS)[number];

/** `/community-records`: 适老化改造 and 智慧养老终端, the officers' lists behind two plan indicators (?tab= keeps the tab). */
export function CommunityRecordsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'terminals' ? 'terminals' : 'modifications';
  return (
    <div className="stack community-records">
      <header className="page-head">
        <Typography.Title level={1} className="page-head__title">
          {t('community.title')}
        </Typography.Title>
      </header>
      <p className="hint">{t('community.intro')}</p>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={TABS.map((key) => ({ key, label: t(`community.tabs.${key}`), children: key === 'modifications' ? <ModificationsPanel /> : <TerminalsPanel /> }))}
      />
    </div>
  );
}
