import { useTranslation } from 'react-i18next';
import type { ScheduledSlot } from '@web/data/services/types';
import { shanghaiDateTime } from '../utils/service-dates';

/** A slot's time, service and places: booked of capacity, and how many are left (or that it is full). */
export function SlotHeader({ slot }: { slot: ScheduledSlot }) {
  const { t, i18n } = useTranslation();
  const type = i18n.language === 'en' ? slot.serviceTypeLabel.en : slot.serviceTypeLabel.zh;
  const cancelled = slot.status === 'cancelled';
  return (
    <header className="service-slot__head">
      <span className="service-slot__time">
        {shanghaiDateTime(slot.startsAt).time}–{shanghaiDateTime(slot.endsAt).time}
      </span>
      <h2 className="service-slot__type">{type}</h2>
      {slot.atHome && <span className="service-slot__badge">{t('services.atHome')}</span>}
      <span className="service-slot__places">
        {cancelled ? (
          t('services.cancelledSlot')
        ) : (
          <>
            {t('services.places', { booked: slot.booked, capacity: slot.capacity })} ·{' '}
            <strong className={slot.remaining === 0 ? 'service-slot__full' : undefined}>{slot.remaining === 0 ? t('services.full') : t('services.left', { count: slot.remaining })}</strong>
          </>
        )}
      </span>
    </header>
  );
}
