import type { Attainment } from '@web/data/kpi/types';

/** What the board shows, read from and written to the URL so a filtered board can be shared. */
export interface BoardFilters {
  offTrackOnly: boolean;
  bindingOnly: boolean;
}

export function readBoardFilters(params: URLSearchParams): BoardFilters {
  return { offTrackOnly: params.get('offTrack') === '1', bindingOnly: params.get('binding') === '1' };
}

/** `offTrack=1` and `binding=1` when set; absent otherwise, so the plain board has a plain address. */
export function writeBoardFilters(params: URLSearchParams, filters: Partial<BoardFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, on: boolean | undefined) => {
    if (on === undefined) return;
    if (on) next.set(key, '1');
    else next.delete(key);
  };
  set('offTrack', filters.offTrackOnly);
  set('binding', filters.bindingOnly);
  return next;
}

/** "Off track" means behind plan: 滞后 or 有风险 (at risk is the early warning of the same thing). */
export function applyBoardFilters<T extends Pick<Attainment, 'status'> & { target: Pick<NonNullable<Attainment['target']>, 'binding'> | null }>(items: readonly T[], filters: BoardFilters): T[] {
  return items.filter(
    (item) =>
      (!filters.offTrackOnly || item.status === 'off_track' || item.status === 'at_risk') &&
      (!filters.bindingOnly || item.target?.binding === 'binding'),
  );
}

/** `sort=miss` in the URL: the board as one list in the order of sortByExpectedMiss. */
export function readSortByMiss(params: URLSearchParams): boolean {
  return params.get('sort') === 'miss';
}

/** Forecast statuses in the order "expected to miss" reads them: not at this pace first, met last. */
const MISS_ORDER = { not_at_pace: 0, expected: 1, too_little_history: 2, no_target: 3, met: 4 } as const;

/**
 * 按预计未达标排序: the indicators not at this pace first, then those expected latest to meet their target, then
 * those without a forecast to go on; the board's own order otherwise (the sort is stable).
 */
export function sortByExpectedMiss<T extends { forecast: { status: keyof typeof MISS_ORDER; expectedMetOn: string | null } | null }>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.forecast ? MISS_ORDER[item.forecast.status] : MISS_ORDER.no_target);
  return [...items].sort((a, b) => {
    const byStatus = rank(a) - rank(b);
    if (byStatus !== 0) return byStatus;
    // Later expected month first: the nearer miss of the deadline heads the list.
    return (b.forecast?.expectedMetOn ?? '').localeCompare(a.forecast?.expectedMetOn ?? '');
  });
}
