import { localDateOf, startOfLocalDay, townshipOf } from '@yiyang/core';
import { COUNTING_VISIT, ON_ROSTER } from '@yiyang/services';

/** One look at a person's visits per person: whether any fell in the month, and in how many of the counted weeks (week n = the n-th Monday of :weeks; a China day has no daylight saving, so weeks are 7 calendar days). */
export const ROSTER_ROWS = `
    SELECT ${townshipOf('r.residence_region_code')} AS township,
           coalesce(v.visited_month, false) AS visited_month, coalesce(v.weeks_visited, 0) AS weeks_visited,
           cardinality(:weeks::date[]) AS weeks
      FROM resident r
      LEFT JOIN LATERAL (
        SELECT bool_or(v.visited_at >= ${startOfLocalDay(':month::date')}
                       AND v.visited_at < ${startOfLocalDay(':next::date')}) AS visited_month,
               count(DISTINCT (${localDateOf('v.visited_at')} - (:weeks::date[])[1]) / 7)
                 FILTER (WHERE ${localDateOf('v.visited_at')} >= (:weeks::date[])[1]
                           AND ${localDateOf('v.visited_at')} < (:weeks::date[])[cardinality(:weeks::date[])] + 7) AS weeks_visited
          FROM visit v
         WHERE v.resident_id = r.id AND ${COUNTING_VISIT}
           AND v.visited_at >= ${startOfLocalDay('least(:month::date, (:weeks::date[])[1])')}
           AND v.visited_at < ${startOfLocalDay('greatest(:next::date, (:weeks::date[])[cardinality(:weeks::date[])] + 7)')}) v ON true
     WHERE r.residence_region_code LIKE :prefix AND ${ON_ROSTER('r', ':day')}`;
