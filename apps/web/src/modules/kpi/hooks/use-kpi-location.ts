import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { MONTH_PATTERN } from '@shared/core/months';
import { isRegionCode } from '@shared/core/region-code';
import { useTargetsQuery } from '@web/data/kpi/targets-query';
import { useSession } from '@web/modules/auth/hooks/use-session';
import { currentMonth } from '../utils/months-window';

export interface KpiLocation {
  /** The region in the URL, else the person's own; null while an administrator's first plan area is looked up. */
  region: string | null;
  month: string;
  params: URLSearchParams;
  /** Sets (or, with null, removes) URL parameters, keeping the others; a new entry in the history. */
  update: (patch: Record<string, string | null>) => void;
}

/**
 * The region and month every indicator page shows, from the URL so any view can be shared. Without them: the
 * officer's own region (an administrator's: the first region with plan targets) and the current month.
 */
export function useKpiLocation(): KpiLocation {
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const regionParam = params.get('region');
  const monthParam = params.get('month');
  const ownRegion = session?.user?.regionCode ?? null;
  const needsPlanArea = !(regionParam && isRegionCode(regionParam)) && !ownRegion;
  const planAreas = useTargetsQuery(null, needsPlanArea);
  const region = regionParam && isRegionCode(regionParam) ? regionParam : (ownRegion ?? planAreas.data?.[0]?.regionCode ?? null);
  const month = monthParam && MONTH_PATTERN.test(monthParam) ? monthParam : currentMonth();
  const update = useCallback(
    (patch: Record<string, string | null>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(patch)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  // The resolved defaults go into the address (replacing it, not a new history entry), so the link a person copies
  // opens this same view.
  useEffect(() => {
    if (region && (regionParam !== region || monthParam !== month)) {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('region', region);
          next.set('month', month);
          return next;
        },
        { replace: true },
      );
    }
  }, [region, month, regionParam, monthParam, setParams]);
  return { region, month, params, update };
}
