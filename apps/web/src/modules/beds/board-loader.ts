import { today } from '@shared/core/dates';
import type { LoaderFunctionArgs } from 'react-router';
import { queryClient } from '@web/app/query-client';
import { bedBoardQuery } from '@web/data/beds/bed-board-query';
import { sessionStore } from '@web/modules/auth/utils/session-store';
import { readBoardFilters } from './utils/board-filters';

/**
 * 床位一览's route loader: the board's one request starts as the route matches, while the page's code is still on its
 * way, instead of after the page has drawn its frame (the board then finds it in the cache). It never waits for it,
 * so navigation is not held up, and asks nothing when the board is already held (a filter change or an opened bed
 * runs the loader again; the page's own polling keeps the board fresh).
 */
export function prefetchBedBoard({ params, request }: LoaderFunctionArgs): null {
  const facilityId = params.facilityId;
  if (!sessionStore.current() || !facilityId) return null;
  const { date } = readBoardFilters(new URL(request.url).searchParams, today());
  const query = bedBoardQuery(facilityId, date);
  if (queryClient.getQueryData(query.queryKey) === undefined) void queryClient.prefetchQuery(query);
  return null;
}
