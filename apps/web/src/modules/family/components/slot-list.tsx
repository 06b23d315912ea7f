import { useTranslation } from 'react-i18next';
import type { Slot } from '@web/data/family/types';
import { yuan } from '@web/modules/family-account/utils/money';
import { clock, dayLabel } from '../utils/when';

/** Upcoming slots with places left, soonest first: each one tap to the confirm step. */
export function SlotList({ slots, onChoose }: { slots: readonly Slot[]; onChoose: (slot: Slot) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="slot-list">
      {slots.map((slot) => (
        <li key={slot.id}>
          <button type="button" className="slot-choice" data-testid="slot" onClick={() => onChoose(slot)}>
            <span className="slot-choice__when">
              {dayLabel(slot.startsAt, i18n.language)} {clock(slot.startsAt)}–{clock(slot.endsAt)}
            </span>
            <span className="slot-choice__where">
              {slot.facilityName}
              {slot.atHome ? ` · ${t('family.book.atHome')}` : ''}
            </span>
            <span className="slot-choice__meta">
              <span>{t('family.yuan', { amount: yuan(slot.priceCents) })}</span>
              <span className="slot-choice__left">{t('family.book.placesLeft', { count: slot.remaining })}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
