import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { BedStatus, BoardBed } from '@web/data/beds/types';
import { STATUS_GLYPH, statusClass } from '../utils/bed-status';

/** The words every tile uses, looked up once per board (not once per tile) and passed down. */
export interface TileWords {
  status: Record<BedStatus, string>;
  care: string;
  careFull: string;
  generalFull: string;
  dementia: string;
  dementiaFull: string;
}

export const tileWords = (t: TFunction): TileWords => ({
  status: {
    vacant: t('beds.status.vacant'),
    occupied: t('beds.status.occupied'),
    reserved: t('beds.status.reserved'),
    out_of_service: t('beds.status.out_of_service'),
    closed: t('beds.status.closed'),
    not_yet_open: t('beds.status.not_yet_open'),
  },
  care: t('beds.badge.care'),
  careFull: t('beds.badge.careFull'),
  generalFull: t('beds.badge.generalFull'),
  dementia: t('beds.badge.dementia'),
  dementiaFull: t('beds.badge.dementiaFull'),
});

interface Props {
  bed: BoardBed;
  words: TileWords;
  onOpen: (bedId: string) => void;
}

/**
 * One bed: a plain button (no antd component, no hook per tile: a 500-bed board draws 500 of these), coloured by status
 * and saying it too — glyph and word — with its kind as badges and the occupant's masked name. Memoised on the bed
 * object, which structural sharing keeps while the bed is unchanged, so a refresh draws only the beds that changed.
 */
export const BedTile = memo(function BedTile({ bed, words, onOpen }: Props) {
  const status = words.status[bed.status];
  const kind = bed.careType ? words.careFull : bed.careType === false ? words.generalFull : '';
  // The accessible name is the tile's own visible text (code, status word, badges, occupant); the full words of the
  // badges are in the title for a pointer.
  return (
    <button
      type="button"
      className={`bed-tile ${statusClass(bed.status)}`}
      onClick={() => onOpen(bed.id)}
      title={[bed.code, status, kind, bed.dementiaCare ? words.dementiaFull : ''].filter(Boolean).join(' · ')}
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
        {bed.careType && <span className="bed-badge bed-badge--care">{words.care}</span>}
        {bed.dementiaCare && <span className="bed-badge bed-badge--dementia">{words.dementia}</span>}
      </span>
      {bed.occupant && <span className="bed-tile__occupant">{bed.occupant}</span>}
    </button>
  );
});
