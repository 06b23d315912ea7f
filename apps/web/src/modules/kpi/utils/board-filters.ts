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
