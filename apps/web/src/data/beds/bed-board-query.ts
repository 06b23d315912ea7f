import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@web/api/client';
import { NetworkError, unwrap } from '@web/api/api-error';
import { bedKeys } from './keys';
import type { BedBoard } from './types';

/** How often an open board asks whether anything changed; two nurses see each other's changes within this. */
export const BOARD_POLL_MS = 4_000;

/** The board as last received, with the version the server gave it (ETag), asked for again with If-None-Match. */
export interface BoardSnapshot {
  board: BedBoard;
  etag: string | null;
}

/**
 * 床位一览 of a facility on a date, in one request however many beds. Polled while the tab is visible: the request
 * carries the ETag of the board already held, so an unchanged board costs one 304 and keeps the same object —
 * no component re-renders. A changed board comes back whole; structural sharing keeps the objects of unchanged beds,
 * so only the tiles that changed draw again.
 */
export const bedBoardQuery = (facilityId: string, date: string) =>
  queryOptions({
    queryKey: bedKeys.board(facilityId, date),
    queryFn: async ({ signal, client, queryKey }): Promise<BoardSnapshot> => {
      const held = client.getQueryData<BoardSnapshot>(queryKey);
      const request = api.GET('/api/v1/facilities/{id}/bed-board', {
        params: { path: { id: facilityId }, query: { date } },
        headers: held?.etag ? { 'If-None-Match': held.etag } : undefined,
        signal,
      });
      const answer = await request.catch((error: unknown) => {
        throw new NetworkError(error);
      });
      if (answer.response.status === 304 && held) return held;
      const board = await unwrap(Promise.resolve(answer));
      return { board: board as BedBoard, etag: answer.response.headers.get('ETag') };
    },
    refetchInterval: BOARD_POLL_MS,
    // Polling stops while the tab is hidden (TanStack's default) and resumes, with one request, when it shows again.
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });

const boardOf = (snapshot: BoardSnapshot) => snapshot.board;

export function useBedBoardQuery(facilityId: string, date: string) {
  return useQuery({ ...bedBoardQuery(facilityId, date), select: boardOf });
}
