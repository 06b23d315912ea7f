import { today } from '@yiyang/core';
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApplyMutation } from '@web/data/family-account/waitlist-homes-query';
import type { HomeApplication, WaitlistHome } from '@web/data/family-account/types';
import type { AcceptInput } from '@web/data/waitlist/types';
import { useAcceptMutation } from '@web/data/waitlist/accept-mutation';
import { useDeclineMutation } from '@web/data/waitlist/decline-mutation';
import { ErrorNotice } from '@web/ui/error-notice';
import { declineCost } from '../utils/decline-cost';

/** A family accepts with nothing: funding and the safety risks are the facility's to give (the API refuses them, 403). Its schema marks `funding` required because it has a default. */
const FAMILY_ACCEPT = {} as AcceptInput;

const WHEN = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short', hour12: false });

/** One home: its rules (what declining costs, how long an offer holds), and the relative's application or the way to make one. */
export function WaitlistHomeCard({ home, residentId, onDone }: { home: WaitlistHome; residentId: string; onDone(message: string): void }) {
  const { t, i18n } = useTranslation();
  const apply = useApplyMutation();
  const label = (text: { zh: string; en: string } | null) => (text ? (i18n.language === 'en' ? text.en : text.zh) : '');
  const { application } = home;
  return (
    <li className="panel waitlist-home" aria-labelledby={`home-${home.facilityId}`}>
      <h2 id={`home-${home.facilityId}`} className="panel__title">
        {home.name}
      </h2>
      <p className="hint">{home.regionName}</p>
      <p className="waitlist-home__rules">
        {home.declinePenaltyMonths > 0 ? t('familyAccount.waitlist.penalty', { months: home.declinePenaltyMonths }) : t('familyAccount.waitlist.noPenalty')}
        {' · '}
        {t('familyAccount.waitlist.offerDays', { days: home.offerValidDays })}
      </p>
      {application ? (
        <ApplicationState application={application} home={home} label={label} onDone={onDone} />
      ) : (
        <>
          {apply.error && <ErrorNotice error={apply.error} />}
          <Button
            type="primary"
            block
            size="large"
            loading={apply.isPending}
            onClick={() =>
              apply.mutate(
                { facilityId: home.facilityId, residentId },
                { onSuccess: (created) => onDone(t('familyAccount.waitlist.applied', { position: created.position ?? '—' })) },
              )
            }
          >
            {t('familyAccount.waitlist.apply')}
          </Button>
        </>
      )}
    </li>
  );
}

type Label = (text: { zh: string; en: string } | null) => string;

function ApplicationState({ application, home, label, onDone }: { application: HomeApplication; home: WaitlistHome; label: Label; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<'accept' | 'decline' | null>(null);
  const accept = useAcceptMutation();
  const decline = useDeclineMutation();
  if (application.status === 'suspended') return <p className="waitlist-home__state">{t('familyAccount.waitlist.suspended', { date: application.suspendedUntil })}</p>;
  const cost = declineCost(home.declinePenaltyMonths, today());
  const { offer } = application;
  return (
    <div className="waitlist-home__application">
      <p className="waitlist-home__place" data-testid="queue-place">
        {t('familyAccount.waitlist.place', { position: application.position })}
      </p>
      {application.why && <p>{t('familyAccount.waitlist.why', { why: label(application.why) })}</p>}
      {application.groupLabel && <p className="hint">{t('familyAccount.waitlist.group', { group: label(application.groupLabel) })}</p>}
      <p className="hint">{t('familyAccount.waitlist.appliedOn', { date: application.appliedAt.slice(0, 10) })}</p>
      {offer && (
        <div className="waitlist-home__offer" role="region" aria-label={t('familyAccount.waitlist.offerTitle', { bed: offer.bedCode })}>
          <p className="waitlist-home__offer-title">{t('familyAccount.waitlist.offerTitle', { bed: offer.bedCode })}</p>
          <p>{t('familyAccount.waitlist.offerUntil', { time: WHEN.format(new Date(offer.expiresAt)) })}</p>
          {(accept.error ?? decline.error) && <ErrorNotice error={accept.error ?? decline.error} />}
          {confirming ? (
            <Alert
              type={confirming === 'decline' ? 'warning' : 'info'}
              showIcon
              title={t(confirming === 'accept' ? 'familyAccount.waitlist.acceptConfirm' : 'familyAccount.waitlist.declineConfirm', { bed: offer.bedCode })}
              description={
                <>
                  {confirming === 'decline' && (
                    <p>{cost ? t('familyAccount.waitlist.declineCost', { months: cost.months, date: cost.backOn }) : t('familyAccount.waitlist.declineFree')}</p>
                  )}
                  <div className="waitlist-home__confirm">
                    <Button
                      type="primary"
                      danger={confirming === 'decline'}
                      loading={accept.isPending || decline.isPending}
                      onClick={() =>
                        confirming === 'accept'
                          ? accept.mutate({ entryId: application.entryId, body: FAMILY_ACCEPT }, { onSuccess: () => onDone(t('familyAccount.waitlist.accepted')) })
                          : decline.mutate(application.entryId, { onSuccess: () => onDone(t('familyAccount.waitlist.declined')) })
                      }
                    >
                      {t(confirming === 'accept' ? 'familyAccount.waitlist.accept' : 'familyAccount.waitlist.decline')}
                    </Button>
                    <Button onClick={() => setConfirming(null)}>{t('common.cancel')}</Button>
                  </div>
                </>
              }
            />
          ) : (
            <div className="waitlist-home__answers">
              <Button type="primary" size="large" onClick={() => setConfirming('accept')}>
                {t('familyAccount.waitlist.accept')}
              </Button>
              <Button size="large" danger onClick={() => setConfirming('decline')}>
                {t('familyAccount.waitlist.decline')}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
