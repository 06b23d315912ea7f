import type { BedStatus, BoardBed } from '@web/data/beds/types';

/**
 * How a status looks on a tile: a colour class AND a glyph and a word, so it reads without colour (GB/T 37668, and a
 * tablet in sunlight). The words are i18n keys `beds.status.<status>`.
 */
export const STATUS_GLYPH: Record<BedStatus, string> = {
  vacant: '○',
  occupied: '●',
  reserved: '◐',
  out_of_service: '✕',
  closed: '—',
  not_yet_open: '…',
};

/** The board's statuses in the order the summary and legend list them. */
export const STATUS_ORDER: readonly BedStatus[] = ['vacant', 'occupied', 'reserved', 'out_of_service', 'closed', 'not_yet_open'];

export const statusClass = (status: BedStatus) => `bed-tile--${status.replace(/_/g, '-')}`;

export type BedAction = 'admit' | 'transfer' | 'discharge' | 'void' | 'outOfService' | 'backInService' | 'reclassify';

/**
 * What may be done to a bed from the board, as the API allows it: admit into a vacant institution or community bed
 * (home beds are not admitted into: 422), transfer or discharge its occupant, void an admission made today, take a
 * vacant bed out of service or bring one back, reclassify any open bed. A past date's board is history: nothing.
 */
export function bedActions(bed: Pick<BoardBed, 'status' | 'setting' | 'stayId'>, options: { today: boolean; admittedToday?: boolean }): BedAction[] {
  if (!options.today) return [];
  switch (bed.status) {
    case 'vacant':
      return bed.setting === 'home' ? ['outOfService', 'reclassify'] : ['admit', 'outOfService', 'reclassify'];
    case 'occupied':
      return bed.stayId ? ['transfer', 'discharge', ...(options.admittedToday ? (['void'] as const) : []), 'reclassify'] : ['reclassify'];
    case 'out_of_service':
      return ['backInService', 'reclassify'];
    case 'reserved':
      return ['reclassify'];
    default:
      return [];
  }
}
