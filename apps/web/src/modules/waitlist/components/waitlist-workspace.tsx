import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facilityQuery } from '@web/data/facilities/facility-query';
import { useAdmissionPolicyQuery } from '@web/data/waitlist/admission-policy-query';
import type { WaitlistEntry } from '@web/data/waitlist/types';
import { useWaitlistQuery } from '@web/data/waitlist/waitlist-query';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { pendingOffers, waitingAhead } from '../utils/queue';
import { AcceptOfferModal } from './accept-offer-modal';
import { DeclineOfferModal } from './decline-offer-modal';
import { OfferBedModal } from './offer-bed-modal';
import { PendingOffers } from './pending-offers';
import { WaitlistQueue } from './waitlist-queue';
import { WithdrawModal } from './withdraw-modal';
import '../waitlist.css';

type Dialog =
  | { kind: 'offer'; entry: WaitlistEntry }
  | { kind: 'accept' | 'decline'; entry: WaitlistEntry & { offer: NonNullable<WaitlistEntry['offer']> } }
  | { kind: 'withdraw'; entry: WaitlistEntry }
  | null;

/** 轮候: the queue with its reasons, the offers awaiting an answer, and the facility's side of each step. */
export function WaitlistWorkspace({ facilityId }: { facilityId: string }) {
  const { t } = useTranslation();
  const waitlist = useWaitlistQuery(facilityId);
  const policy = useAdmissionPolicyQuery(facilityId);
  const facility = useQuery(facilityQuery(facilityId));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const close = (done: string | null) => {
    setDialog(null);
    if (done) setOutcome(done);
  };
  if (waitlist.error) return <ErrorNotice error={waitlist.error} onRetry={() => void waitlist.refetch()} page />;
  if (!waitlist.data) return <PageLoading />;
  const { entries, vacantBeds, nextUp, suspended } = waitlist.data;
  const rules = policy.data?.waitlist;
  const offers = pendingOffers(entries);
  return (
    <div className="stack waitlist">
      <header className="page-head">
        <h1 className="page-head__title">
          {t('waitlist.title')}
          {facility.data ? ` · ${facility.data.name}` : ''}
        </h1>
        {rules && <p className="hint">{t('waitlist.policy', { version: rules.version, days: rules.offerValidDays, months: rules.declinePenaltyMonths })}</p>}
      </header>
      <div aria-live="polite">{outcome && <Alert type="success" showIcon role="status" title={outcome} closable onClose={() => setOutcome(null)} />}</div>
      <section className="panel" aria-labelledby="pending-title">
        <h2 id="pending-title" className="waitlist__heading">
          {t('waitlist.pendingTitle')}
        </h2>
        <PendingOffers offers={offers} onAccept={(entry) => setDialog({ kind: 'accept', entry })} onDecline={(entry) => setDialog({ kind: 'decline', entry })} />
      </section>
      <section className="panel" aria-labelledby="queue-title">
        <h2 id="queue-title" className="waitlist__heading">
          {t('waitlist.queueTitle')}
        </h2>
        <p className="hint">{vacantBeds?.length ? t('waitlist.vacantBeds', { count: vacantBeds.length }) : t('waitlist.noVacantBeds')}</p>
        <WaitlistQueue
          entries={entries}
          nextUp={nextUp?.entryId ?? null}
          canOffer={Boolean(vacantBeds?.length)}
          onOffer={(entry) => setDialog({ kind: 'offer', entry })}
          onWithdraw={(entry) => setDialog({ kind: 'withdraw', entry })}
        />
      </section>
      {suspended.length > 0 && (
        <section className="panel" aria-labelledby="suspended-title">
          <h2 id="suspended-title" className="waitlist__heading">
            {t('waitlist.suspendedTitle')}
          </h2>
          <ul className="suspended-list">
            {suspended.map((entry) => (
              <li key={entry.entryId}>
                {entry.residentName} · {t('waitlist.suspendedUntil', { date: entry.suspendedUntil })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <OfferBedModal
        entry={dialog?.kind === 'offer' ? dialog.entry : null}
        ahead={dialog?.kind === 'offer' ? waitingAhead(entries, dialog.entry.entryId) : 0}
        vacantBeds={vacantBeds ?? []}
        offerValidDays={rules?.offerValidDays ?? 0}
        onClose={close}
      />
      <AcceptOfferModal entry={dialog?.kind === 'accept' ? dialog.entry : null} onClose={close} />
      <DeclineOfferModal entry={dialog?.kind === 'decline' ? dialog.entry : null} penaltyMonths={rules?.declinePenaltyMonths ?? 0} onClose={close} />
      <WithdrawModal entry={dialog?.kind === 'withdraw' ? dialog.entry : null} penaltyMonths={rules?.declinePenaltyMonths ?? 0} onClose={close} />
    </div>
  );
}
