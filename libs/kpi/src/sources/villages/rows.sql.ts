import { inForceOn, openOn, startOfLocalDay, townshipOf } from '@yiyang/core';
import { employedOn } from '../shared.sql';

/**
 * A meal service reaches the villages its slots' areas cover; a canteen's slots count in the county it stands in. A
 * village or community has a smart terminal on the day when one linked to the platform was installed on or before it
 * and not yet removed (removed_on is the first day gone).
 */
export const VILLAGES_ROWS = `
    SELECT ${townshipOf('v.code')} AS township, v.kind,
           EXISTS (SELECT 1 FROM facility f
                     JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
                    WHERE f.region_code = v.code AND ${openOn('f', ':day')}
                      AND p.kind IN ('community_station', 'township_centre', 'mutual_aid')) AS has_care_facility,
           EXISTS (SELECT 1 FROM facility f
                     JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
                    WHERE f.region_code = v.code AND ${openOn('f', ':day')}
                      AND p.kind = 'mutual_aid'
                      AND EXISTS (SELECT 1 FROM staff s WHERE s.facility_id = f.id AND ${employedOn('s', ':day')})) AS has_staffed_mutual_aid,
           covered.code IS NOT NULL AS meal_covered,
           EXISTS (SELECT 1 FROM smart_terminal st
                    WHERE st.region_code = v.code AND st.linked AND st.installed_on <= :day
                      AND (st.removed_on IS NULL OR st.removed_on > :day)) AS has_smart_terminal
      FROM region v
      -- The month's covered villages, found once: a join, not an IN (…) the many-month pass would run again per village.
      -- Only villages of the canteen's own county: so a pass over a city or a province counts what its counties' passes do.
      LEFT JOIN (SELECT DISTINCT c.code FROM region c
                   JOIN (SELECT DISTINCT unnest(s.area_prefixes) AS area_prefix, left(f.region_code, 6) AS county
                           FROM service_slot s JOIN facility f ON f.id = s.facility_id
                          WHERE f.region_code LIKE :prefix AND s.service_type = 'meal' AND s.status = 'open'
                            AND s.starts_at >= ${startOfLocalDay(':month::date')}
                            AND s.starts_at < ${startOfLocalDay(':next::date')}) a
                     ON c.code LIKE a.area_prefix || '%' AND left(c.code, 6) = a.county
                  WHERE c.level = 'village' AND c.code LIKE :prefix) covered ON covered.code = v.code
     WHERE v.level = 'village' AND v.code LIKE :prefix`;
