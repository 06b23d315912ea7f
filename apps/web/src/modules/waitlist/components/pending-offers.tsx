import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '@web/data/waitlist/types';
import { useNow } from '@web/modules/services/hooks/use-now';
import { shanghaiDateTime } from '@web/modules/services/utils/service-dates';
import { timeLeft, timeLeftWords } from '../utils/time-left';

type OfferedEntry = WaitlistEntry & { offer: NonNullable<WaitlistEntry['offer']> };

interface Props {
  offers: readonly OfferedEntry[];
  onAccept: (entry: OfferedEntry) => void;
  onDecline: (entry: OfferedEntry) => void;
}

/** Offers awaiting the applicant's answer, soonest to lapse first, with the time left counting down. */
export function PendingOffers({ offers, onAccept, onDecline }: Props) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  if (!offers.length) return <p className="hint">{t('waitlist.pendingEmpty')}</p>;
  return (
    <ul className="pending-offers">
      {offers.map((entry) => {
        const until = shanghaiDateTime(entry.offer.expiresAt);
        return (
          <li key={entry.entryId} className="pending-offer" data-testid="pending-offer">
            <span className="pending-offer__who">
              <strong>{entry.residentName}</strong> · {t('waitlist.bed', { bed: entry.offer.bedCode })}
            </span>
            <span className={timeLeft(entry.offer.expiresAt, now).urgent ? 'pending-offer__left pending-offer__left--urgent' : 'pending-offer__left'}>
              {timeLeftWords(entry.offer.expiresAt, now, t)}
            </span>
            <span className="hint">{t('waitlist.expiresAt', { at: `${until.date} ${until.time}` })}</span>
            <span className="pending-offer__actions">
              <Button type="primary" size="large" onClick={() => onAccept(entry)}>
                {t('waitlist.accept')}
                <span className="visually-hidden"> {entry.residentName}</span>
              </Button>
              <Button size="large" danger onClick={() => onDecline(entry)}>
                {t('waitlist.decline')}
                <span className="visually-hidden"> {entry.residentName}</span>
              </Button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
