import { today } from '@shared/core/dates';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { boardFilterParams, readBoardFilters, type BoardFilterPatch, type BoardFilters } from '../utils/board-filters';

export interface BoardLocation {
  filters: BoardFilters;
  today: string;
  /** Changes filters, the date or the open bed in the URL (a new history entry: Back closes the drawer). */
  update: (patch: BoardFilterPatch) => void;
}

/** The board's date, filters and open bed, from the address so a link (or a reload) opens the same view. */
export function useBoardLocation(): BoardLocation {
  const [params, setParams] = useSearchParams();
  const now = today();
  const filters = useMemo(() => readBoardFilters(params, now), [params, now]);
  const update = useCallback(
    (patch: BoardFilterPatch) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(boardFilterParams(patch, today()))) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  return { filters, today: now, update };
}
