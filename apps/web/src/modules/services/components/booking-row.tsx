import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderAction } from '@web/data/services/order-action-mutation';
import type { ScheduledSlot, SlotBooking } from '@web/data/services/types';
import { bookingActions, bookingTone } from '../utils/booking-actions';
import { shanghaiDateTime } from '../utils/service-dates';

interface Props {
  booking: SlotBooking;
  slot: ScheduledSlot;
  now: number;
  /** The action under way for this booking, if any. */
  pending: OrderAction | null;
  onAction: (booking: SlotBooking, action: OrderAction) => void;
}

/** One person booked into a slot: who (masked), where they are in the day, and the next thing to do, large. */
export function BookingRow({ booking, slot, now, pending, onAction }: Props) {
  const { t, i18n } = useTranslation();
  const actions = bookingActions(booking.status, slot, now);
  const label = i18n.language === 'en' ? booking.statusLabel.en : booking.statusLabel.zh;
  const at = (instant: string | null) => (instant ? shanghaiDateTime(instant).time : '');
  const when =
    booking.status === 'completed'
      ? t('services.completedAt', { time: at(booking.completedAt) })
      : booking.status === 'checked_in'
        ? t('services.checkedInAt', { time: at(booking.checkedInAt) })
        : booking.status === 'no_show' && booking.noShowAt
          ? t('services.noShowAt', { time: at(booking.noShowAt) })
          : null;
  const button = (action: OrderAction, text: string, type: 'primary' | 'default', danger = false) => (
    <Button
      size="large"
      type={type}
      danger={danger}
      className="booking__action"
      loading={pending === action}
      disabled={pending !== null && pending !== action}
      onClick={() => onAction(booking, action)}
    >
      {text}
      <span className="visually-hidden"> {booking.residentName}</span>
    </Button>
  );
  return (
    <li className={`booking booking--${bookingTone(booking.status)}`} data-testid="booking" data-status={booking.status}>
      <span className="booking__name">{booking.residentName}</span>
      <span className={`booking__state booking__state--${bookingTone(booking.status)}`}>{label}</span>
      {when && <span className="booking__when">{when}</span>}
      <span className="booking__actions">
        {actions.checkIn && button('check-in', t('services.checkIn'), 'primary')}
        {actions.complete && button('complete', t('services.complete'), 'primary')}
        {actions.noShow && button('no-show', t('services.noShow'), 'default', true)}
      </span>
    </li>
  );
}
