import { inForceOn, openOn, townshipOf } from '@yiyang/core';
import { employedOn } from '../shared.sql';

/**
 * Per township on :day, one row per
 *   - person aged 60+ staying in an institution bed (a running stay in a bed of setting 'institution'), counted in
 *     the facility's township: `in_institution`, what the community's older population leaves out;
 *   - social worker serving community elders: a community social worker serving then (community_social_worker), or
 *     a staff member with role social_worker employed then at a community station or township centre.
 */
export const SOCIAL_WORKERS_ROWS = `
    SELECT ${townshipOf('f.region_code')} AS township, true AS in_institution, false AS social_worker
      FROM stay s
      JOIN bed b ON b.id = s.bed_id AND b.setting = 'institution'
      JOIN facility f ON f.id = s.facility_id
      JOIN resident r ON r.id = s.resident_id AND r.birth_date <= (:day::date - interval '60 years')
     WHERE f.region_code LIKE :prefix AND s.admitted_on <= :day AND (s.discharged_on IS NULL OR s.discharged_on > :day)
    UNION ALL
    SELECT ${townshipOf('w.region_code')}, false, true
      FROM community_social_worker w
     WHERE w.region_code LIKE :prefix AND w.started_on <= :day AND (w.ended_on IS NULL OR w.ended_on > :day)
    UNION ALL
    SELECT ${townshipOf('f.region_code')}, false, true
      FROM facility f
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')} AND p.kind IN ('community_station', 'township_centre')
      JOIN staff s ON s.facility_id = f.id AND s.role = 'social_worker' AND ${employedOn('s', ':day')}
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`;
