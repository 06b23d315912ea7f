import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardBed } from '@web/data/beds/types';
import { STATUS_GLYPH, statusClass } from '../utils/bed-status';

interface Props {
  bed: BoardBed;
  onOpen: (bedId: string) => void;
}

/**
 * One bed: a plain button (no antd component per tile: a 500-bed board draws 500 of these), coloured by status and
 * saying it too — glyph and word — with its kind as badges and the occupant's masked name. Memoised on the bed
 * object, which structural sharing keeps while the bed is unchanged, so a refresh draws only the beds that changed.
 */
export const BedTile = memo(function BedTile({ bed, onOpen }: Props) {
  const { t } = useTranslation();
  const status = t(`beds.status.${bed.status}`);
  const kind = bed.careType ? t('beds.badge.careFull') : bed.careType === false ? t('beds.badge.generalFull') : '';
  // The accessible name is the tile's own visible text (code, status word, badges, occupant); the full words of the
  // badges are in the title for a pointer.
  return (
    <button
      type="button"
      className={`bed-tile ${statusClass(bed.status)}`}
      onClick={() => onOpen(bed.id)}
      title={[bed.code, status, kind, bed.dementiaCare ? t('beds.badge.dementiaFull') : ''].filter(Boolean).join(' · ')}
      data-bed={bed.code}
      data-status={bed.status}
    >
      <span className="bed-tile__code">{bed.code}</span>
      <span className="bed-tile__status">
        <span className="bed-tile__glyph" aria-hidden>
          {STATUS_GLYPH[bed.status]}
        </span>{' '}
        {status}
      </span>
      <span className="bed-tile__badges">
        {bed.careType && <span className="bed-badge bed-badge--care">{t('beds.badge.care')}</span>}
        {bed.dementiaCare && <span className="bed-badge bed-badge--dementia">{t('beds.badge.dementia')}</span>}
      </span>
      {bed.occupant && <span className="bed-tile__occupant">{bed.occupant}</span>}
    </button>
  );
});
