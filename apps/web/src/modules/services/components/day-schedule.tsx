import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrderActionMutation, type OrderAction } from '@web/data/services/order-action-mutation';
import type { ScheduledSlot, SlotBooking } from '@web/data/services/types';
import { explainApiError } from '@web/lib/explain-api-error';
import { EmptyState } from '@web/ui/empty-state';
import { useNow } from '../hooks/use-now';
import { servingOrder } from '../utils/booking-actions';
import { shanghaiDateTime } from '../utils/service-dates';
import { SERVICE_MESSAGES } from '../utils/service-messages';
import { BookingRow } from './booking-row';
import { SlotHeader } from './slot-header';

interface Props {
  facilityId: string;
  slots: readonly ScheduledSlot[];
}

/**
 * The day's slots in order, each with its bookings and the next step for each person. What happened is said once,
 * in words, above the list (a refusal too: someone at another station may have been faster).
 */
export function DaySchedule({ facilityId, slots }: Props) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const act = useOrderActionMutation(facilityId);
  const [outcome, setOutcome] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState<{ orderId: string; action: OrderAction } | null>(null);
  const onAction = (booking: SlotBooking, action: OrderAction) => {
    setPending({ orderId: booking.id, action });
    act.mutate(
      { orderId: booking.id, action },
      {
        onSuccess: () => setOutcome({ type: 'success', text: t(`services.actionDone.${action}`, { name: booking.residentName }) }),
        onError: (error) => setOutcome({ type: 'error', text: explainApiError(error, t, SERVICE_MESSAGES) }),
        onSettled: () => setPending(null),
      },
    );
  };
  if (!slots.length) return <EmptyState title={t('services.emptyDay')} />;
  return (
    <div className="stack">
      <div aria-live="polite">{outcome && <Alert type={outcome.type} showIcon title={outcome.text} role={outcome.type === 'error' ? 'alert' : 'status'} closable onClose={() => setOutcome(null)} />}</div>
      {slots.map((slot) => {
        const type = i18n.language === 'en' ? slot.serviceTypeLabel.en : slot.serviceTypeLabel.zh;
        const time = shanghaiDateTime(slot.startsAt).time;
        return (
          <section key={slot.id} className={`service-slot${slot.status === 'cancelled' ? ' service-slot--cancelled' : ''}`} aria-label={`${time} ${type}`} data-testid="service-slot">
            <SlotHeader slot={slot} />
            {slot.bookings.length ? (
              <ul className="bookings" aria-label={t('services.bookingsOf', { time, type })}>
                {servingOrder(slot.bookings).map((booking) => (
                  <BookingRow key={booking.id} booking={booking} slot={slot} now={now} pending={pending?.orderId === booking.id ? pending.action : null} onAction={onAction} />
                ))}
              </ul>
            ) : (
              <p className="hint">{t('services.noBookings')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
