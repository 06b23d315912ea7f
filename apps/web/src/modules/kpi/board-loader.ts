import type { LoaderFunctionArgs } from 'react-router';
import { isRegionCode } from '@shared/core/region-code';
import { MONTH_PATTERN } from '@shared/core/months';
import { queryClient } from '@web/app/query-client';
import { indicatorsQuery } from '@web/data/kpi/indicators-query';
import { kpiOverviewQuery } from '@web/data/kpi/overview-query';
import { kpiSeriesSetQuery } from '@web/data/kpi/series-set-query';
import { sessionStore } from '@web/modules/auth/utils/session-store';
import { sparklineMonths } from './utils/board-window';

/**
 * The board's route loader: its three requests start as the route matches, while the page's own code is still on
 * its way (the board then finds them in the cache). It never waits for them, so navigation is not held up.
 */
export function prefetchBoard({ request }: LoaderFunctionArgs): null {
  const params = new URL(request.url).searchParams;
  const region = params.get('region');
  const month = params.get('month');
  if (!sessionStore.current() || !region || !isRegionCode(region) || !month || !MONTH_PATTERN.test(month)) return null;
  const { from, to } = sparklineMonths(month);
  void queryClient.prefetchQuery(kpiOverviewQuery(region, month));
  void queryClient.prefetchQuery(indicatorsQuery());
  void queryClient.prefetchQuery(kpiSeriesSetQuery(region, from, to));
  return null;
}
