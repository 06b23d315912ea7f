import { Alert, Button, Rate } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelOrderMutation, useRateOrderMutation } from '@web/data/family/mutations';
import type { FamilyOrder } from '@web/data/family/types';
import { explainApiError } from '@web/lib/explain-api-error';
import { bookingTone } from '@web/modules/services/utils/booking-actions';
import { useText } from '@web/modules/residents/hooks/use-text';
import { FAMILY_MESSAGES } from '../utils/family-messages';
import { orderChoices } from '../utils/order-state';
import { yuan } from '@web/modules/family-account/utils/money';
import { clock, dayLabel } from '../utils/when';

/** The order's state in words: 已预约, 已到达 11:32, 已完成 12:05, 未到, 已取消. */
function stateInWords(order: FamilyOrder, t: TFunction): string {
  const time = order.status === 'checked_in' ? order.checkedInAt : order.status === 'completed' ? order.completedAt : null;
  return t(`family.orders.states.${order.status}`, { time: time ? clock(time) : '' });
}

/** One order on 我的订单: what, when, where, its state; cancel until the cut-off, rate once when done. */
export function OrderCard({ order, cancelCutoffMinutes, now }: { order: FamilyOrder; cancelCutoffMinutes: number; now: number }) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const cancel = useCancelOrderMutation();
  const rate = useRateOrderMutation();
  const [sure, setSure] = useState(false);
  const [stars, setStars] = useState(0);
  const choices = orderChoices(order, cancelCutoffMinutes, now);
  const type = text(order.serviceTypeLabel);
  const until = choices.cancelUntil && `${dayLabel(choices.cancelUntil, i18n.language)} ${clock(choices.cancelUntil)}`;
  const error = cancel.error ?? rate.error;
  const titleId = `order-${order.id}`;
  return (
    <li className={`order order--${bookingTone(order.status)}`} data-testid="order" data-status={order.status} aria-labelledby={titleId}>
      <div className="order__head">
        <h3 id={titleId} className="order__type">
          {type} · {order.residentName}
        </h3>
        <span className={`order-state order-state--${bookingTone(order.status)}`} data-testid="order-state">
          {stateInWords(order, t)}
        </span>
      </div>
      <p className="order__when">
        {dayLabel(order.startsAt, i18n.language)} {clock(order.startsAt)}–{clock(order.endsAt)} · {order.facilityName}
      </p>
      {order.checkedInByName && (order.status === 'checked_in' || order.status === 'completed') && (
        <p className="hint">{t('family.orders.checkedInBy', { name: order.checkedInByName })}</p>
      )}
      <p className="hint">{t('family.orders.split', { subsidy: t('family.yuan', { amount: yuan(order.subsidyCents) }), selfPay: t('family.yuan', { amount: yuan(order.selfPayCents) }) })}</p>
      {error && <Alert type="error" showIcon role="alert" title={explainApiError(error, t, FAMILY_MESSAGES)} />}
      {choices.canCancel &&
        (sure ? (
          <div className="order__buttons" role="group" aria-label={t('family.orders.cancelSure')}>
            <span className="order__ask">{t('family.orders.cancelSure')}</span>
            <Button danger size="large" className="family__big" loading={cancel.isPending} onClick={() => cancel.mutate(order.id)}>
              {t('family.orders.cancelYes')}
            </Button>
            <Button size="large" className="family__big" disabled={cancel.isPending} onClick={() => setSure(false)}>
              {t('family.orders.cancelNo')}
            </Button>
          </div>
        ) : (
          <Button size="large" block className="family__big" onClick={() => setSure(true)}>
            {t('family.orders.cancel', { until: until ?? '' })}
          </Button>
        ))}
      {order.status === 'booked' && !choices.canCancel && (
        <p className="order__late">{t('family.orders.tooLate', { type, minutes: String(cancelCutoffMinutes), facility: order.facilityName })}</p>
      )}
      {order.rating !== null && <p className="order__rated">{t('family.orders.rated', { rating: String(order.rating) })}</p>}
      {choices.canRate && (
        <div className="order__rate">
          <span id={`rate-${order.id}`}>{t('family.orders.rate')}</span>
          <Rate className="family-rate" value={stars} onChange={setStars} aria-labelledby={`rate-${order.id}`} tooltips={[1, 2, 3, 4, 5].map((count) => t('family.orders.stars', { count: String(count) }))} />
          <Button type="primary" size="large" className="family__big" disabled={stars === 0} loading={rate.isPending} onClick={() => rate.mutate({ orderId: order.id, rating: stars })}>
            {t('family.orders.rateSubmit')}
          </Button>
        </div>
      )}
    </li>
  );
}
