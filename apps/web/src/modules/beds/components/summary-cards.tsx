import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardTotals } from '@web/data/beds/types';
import { boardSummary, formatShare } from '../utils/board-summary';
import { STATUS_GLYPH } from '../utils/bed-status';

/** 汇总: beds, vacant, occupied, reserved, out of service, and the care-type share. */
export const SummaryCards = memo(function SummaryCards({ totals }: { totals: BoardTotals }) {
  const { t } = useTranslation();
  const summary = boardSummary(totals);
  const cards = [
    { key: 'total', label: t('beds.summary.total'), value: summary.total, hint: t('beds.summary.occupancy', { rate: formatShare(summary.occupancy) }) },
    { key: 'vacant', label: `${STATUS_GLYPH.vacant} ${t('beds.summary.vacant')}`, value: summary.vacant },
    { key: 'occupied', label: `${STATUS_GLYPH.occupied} ${t('beds.summary.occupied')}`, value: summary.occupied },
    { key: 'reserved', label: `${STATUS_GLYPH.reserved} ${t('beds.summary.reserved')}`, value: summary.reserved },
    { key: 'out-of-service', label: `${STATUS_GLYPH.out_of_service} ${t('beds.summary.outOfService')}`, value: summary.outOfService },
    {
      key: 'care',
      label: t('beds.summary.careShare'),
      value: formatShare(summary.careTypeShare),
      hint: t('beds.summary.careShareHint', { care: summary.careType, dementia: summary.dementiaCare }),
    },
  ];
  return (
    <ul className="bed-summary" aria-label={t('beds.summary.label')}>
      {cards.map((card) => (
        <li key={card.key} className={`bed-summary__card bed-summary__card--${card.key}`}>
          <span className="bed-summary__label">{card.label}</span>
          <span className="bed-summary__value" data-testid={`summary-${card.key}`}>
            {card.value}
          </span>
          {card.hint && <span className="bed-summary__hint">{card.hint}</span>}
        </li>
      ))}
    </ul>
  );
});
