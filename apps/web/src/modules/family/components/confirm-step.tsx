import { Alert, Button } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBookMutation } from '@web/data/family/mutations';
import { useQuoteQuery } from '@web/data/family/queries';
import type { FamilyOrder, Relative, Slot } from '@web/data/family/types';
import { explainApiError } from '@web/lib/explain-api-error';
import { useText } from '@web/modules/residents/hooks/use-text';
import { ErrorNotice } from '@web/ui/error-notice';
import { PageLoading } from '@web/ui/page-loading';
import { FAMILY_MESSAGES } from '../utils/family-messages';
import { yuan } from '@web/modules/family-account/utils/money';
import { clock, dayLabel, isSlotFull } from '../utils/when';

interface Props {
  relative: Relative;
  slot: Slot;
  /** The confirmation's Idempotency-Key: made when this step opened, the same on every retry of it. */
  idempotencyKey: string;
  onBooked: (order: FamilyOrder) => void;
  onFull: () => void;
  onBack: () => void;
}

/** 确认预约: what it costs — the subsidy and the self-pay, the allowance left — before the one button that books. */
export function ConfirmStep({ relative, slot, idempotencyKey, onBooked, onFull, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const text = useText();
  const quote = useQuoteQuery(slot.id, relative.id);
  const book = useBookMutation();
  // A second tap before React has re-rendered the button disabled: the key would make it harmless, this saves the trip.
  const sending = useRef(false);
  const money = (cents: number) => t('family.yuan', { amount: yuan(cents) });
  const confirm = () => {
    if (sending.current) return;
    sending.current = true;
    book.mutate(
      { residentId: relative.id, slotId: slot.id, key: idempotencyKey },
      {
        onSuccess: onBooked,
        onError: (error) => {
          if (isSlotFull(error)) onFull();
        },
        onSettled: () => {
          sending.current = false;
        },
      },
    );
  };
  const allowance = quote.data?.allowance;
  return (
    <section className="confirm" aria-labelledby="confirm-title">
      <h2 id="confirm-title" className="family__step">
        {t('family.book.confirmTitle')}
      </h2>
      <p className="confirm__what">
        <strong>{relative.name}</strong> · {text(slot.serviceTypeLabel)}
        <br />
        {dayLabel(slot.startsAt, i18n.language)} {clock(slot.startsAt)}–{clock(slot.endsAt)}
        <br />
        {slot.facilityName}
      </p>
      {quote.error ? (
        <ErrorNotice error={quote.error} onRetry={() => void quote.refetch()} />
      ) : !quote.data ? (
        <PageLoading rows={3} />
      ) : (
        <dl className="price-split" data-testid="price-split">
          <div>
            <dt>{t('family.book.price')}</dt>
            <dd>{money(quote.data.priceCents)}</dd>
          </div>
          <div>
            <dt>{t('family.book.subsidy')}</dt>
            <dd>−{money(quote.data.subsidyCents)}</dd>
          </div>
          <div className="price-split__self">
            <dt>{t('family.book.selfPay')}</dt>
            <dd>{money(quote.data.selfPayCents)}</dd>
          </div>
          <div className="price-split__allowance">
            {allowance ? (
              <>
                <dt>{t('family.book.allowance', { rule: allowance.ruleName })}</dt>
                <dd>
                  {allowance.remainingCents === null ? t('family.book.unlimited') : money(allowance.remainingCents)}
                  {allowance.remainingCents !== null && (
                    <span className="hint"> · {t('family.book.allowanceAfter', { amount: money(Math.max(allowance.remainingCents - quote.data.subsidyCents, 0)) })}</span>
                  )}
                </dd>
              </>
            ) : (
              <dd className="hint">{t('family.book.noAllowance')}</dd>
            )}
          </div>
        </dl>
      )}
      <div aria-live="assertive">
        {book.error && !isSlotFull(book.error) && (
          <Alert type="error" showIcon role="alert" title={explainApiError(book.error, t, FAMILY_MESSAGES)} description={t('family.book.retryHint')} />
        )}
      </div>
      <div className="confirm__buttons">
        <Button type="primary" size="large" block className="family__big" disabled={!quote.data || book.isPending} loading={book.isPending} onClick={confirm}>
          {book.isPending ? t('family.book.sending') : t('family.book.confirm')}
        </Button>
        <Button size="large" block className="family__big" disabled={book.isPending} onClick={onBack}>
          {t('family.book.back')}
        </Button>
      </div>
    </section>
  );
}
