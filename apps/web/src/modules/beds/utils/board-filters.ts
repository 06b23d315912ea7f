import { isDateOnly } from '@shared/core/dates';

export const CARE_TYPE_FILTERS = ['care', 'general', 'dementia'] as const;
export type CareTypeFilter = (typeof CARE_TYPE_FILTERS)[number];

/** A floor number, or `none` for the beds no floor was given for. */
export type FloorFilter = number | 'none';

/** What the board shows, all of it in the URL so a link opens the same view: `?date=&vacant=1&careType=&floor=&bed=`. */
export interface BoardFilters {
  /** The date shown: a valid date no later than today, else today. */
  date: string;
  /** Today's board: actions are offered. A past date's is read-only. */
  isToday: boolean;
  vacantOnly: boolean;
  careType: CareTypeFilter | null;
  floor: FloorFilter | null;
  /** The bed whose drawer is open. */
  bedId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters from the address; anything malformed is ignored rather than refused (an old link still opens). */
export function readBoardFilters(params: URLSearchParams, today: string): BoardFilters {
  const dateParam = params.get('date');
  const date = dateParam && isDateOnly(dateParam) && dateParam <= today ? dateParam : today;
  const careParam = params.get('careType');
  const floorParam = params.get('floor');
  const bedParam = params.get('bed');
  return {
    date,
    isToday: date === today,
    vacantOnly: params.get('vacant') === '1',
    careType: (CARE_TYPE_FILTERS as readonly string[]).includes(careParam ?? '') ? (careParam as CareTypeFilter) : null,
    floor: floorParam === 'none' ? 'none' : floorParam !== null && /^-?\d{1,3}$/.test(floorParam) ? Number(floorParam) : null,
    bedId: bedParam && UUID.test(bedParam) ? bedParam : null,
  };
}

export type BoardFilterPatch = Partial<Omit<BoardFilters, 'isToday'>>;

/** The URL parameters to set (a string) or remove (null) for a change of filters; today's date is left out of the URL. */
export function boardFilterParams(patch: BoardFilterPatch, today: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if ('date' in patch) out.date = patch.date && patch.date !== today ? patch.date : null;
  if ('vacantOnly' in patch) out.vacant = patch.vacantOnly ? '1' : null;
  if ('careType' in patch) out.careType = patch.careType ?? null;
  if ('floor' in patch) out.floor = patch.floor === null || patch.floor === undefined ? null : String(patch.floor);
  if ('bedId' in patch) out.bed = patch.bedId ?? null;
  return out;
}
