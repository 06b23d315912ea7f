import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBedBoardQuery } from '@web/data/beds/bed-board-query';
import { bedKeys } from '@web/data/beds/keys';
import { findBed } from '@web/modules/beds/utils/board-grouping';

interface Props {
  facilityId: string;
  today: string;
  bedId: string;
  /** The holder the 409 named (`heldBy`); absent when the other admission was still being written. */
  holder: string | null;
}

/**
 * 这张床刚刚被占用: who holds the bed now. When two admissions race, the loser may be refused while the winner's is
 * still being written (no holder in the 409 yet): the board is then asked again a moment later, and the notice names
 * the occupant as soon as the board shows them.
 */
export function BedTakenNotice({ facilityId, today, bedId, holder }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const board = useBedBoardQuery(facilityId, today);
  const occupant = holder ?? (board.data ? (findBed(board.data, bedId)?.bed.occupant ?? null) : null);
  useEffect(() => {
    if (occupant) return;
    const again = setTimeout(() => void queryClient.invalidateQueries({ queryKey: bedKeys.board(facilityId, today) }), 800);
    return () => clearTimeout(again);
  }, [occupant, queryClient, facilityId, today]);
  return <span data-testid="bed-taken">{occupant ? t('admissions.takenBy', { holder: occupant }) : `${t('admissions.taken')}…`}</span>;
}
