import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWaitlistHomesQuery } from '@web/data/family-account/waitlist-homes-query';
import { RelativePicker, useRelative } from '@web/modules/family-account/components/relative-picker';
import { WaitlistHomeCard } from '@web/modules/family-account/components/waitlist-home-card';
import { EmptyState } from '@web/ui/empty-state';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import '@web/modules/family-account/family-account.css';

/** 轮候 `/family/waitlist?residentId=`: apply to a public home for the relative, see the place and why, answer an offer. */
export function FamilyWaitlistPage() {
  const { t } = useTranslation();
  const { relatives, relative, error, setRelative } = useRelative();
  const homes = useWaitlistHomesQuery(relative?.id ?? null);
  const [outcome, setOutcome] = useState<string | null>(null);
  if (error) return <ErrorNotice error={error} page />;
  if (!relatives) return <PageLoading />;
  return (
    <div className="stack family-account">
      <header className="page-head">
        <h1 className="page-head__title">{t('familyAccount.waitlist.title')}</h1>
        {relative && <RelativePicker relatives={relatives} relative={relative} onChange={setRelative} />}
      </header>
      <div aria-live="polite">{outcome && <Alert type="success" showIcon role="status" title={outcome} closable onClose={() => setOutcome(null)} />}</div>
      {!relative ? (
        <EmptyState title={t('familyAccount.noRelatives')} />
      ) : homes.error ? (
        <ErrorNotice error={homes.error} onRetry={() => void homes.refetch()} />
      ) : !homes.data ? (
        <PageLoading />
      ) : homes.data.length === 0 ? (
        <EmptyState title={t('familyAccount.waitlist.noHomes')} />
      ) : (
        <>
          <p className="hint">{t('familyAccount.waitlist.intro')}</p>
          <ul className="waitlist-homes">
            {homes.data.map((home) => (
              <WaitlistHomeCard key={home.facilityId} home={home} residentId={relative.id} onDone={setOutcome} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
