import { inForceOn, openOn, townshipOf } from '@yiyang/core';
import { employedOn } from '../shared.sql';

export const FACILITIES_ROWS = `
    SELECT ${townshipOf('f.region_code')} AS township, g.kind AS township_kind,
           p.kind, p.ownership, p.operation, p.functions, p.dementia_zone, p.rehab_room, p.sunshine_kitchen, p.food_safety_grade,
           p.smart, p.video_connected, p.demo_centre, p.medical_integrated, p.standardized_canteen, p.a_grade, p.managed_by_facility_id,
           (SELECT r.star_level FROM facility_star_rating r WHERE r.facility_id = f.id AND r.rated_on <= :day
             ORDER BY r.rated_on DESC LIMIT 1) AS star,
           (SELECT i.passed FROM facility_inspection i
             WHERE i.facility_id = f.id AND i.inspected_on <= :day AND i.year >= extract(year FROM :day::date) - 1
             ORDER BY i.inspected_on DESC, i.year DESC LIMIT 1) AS inspection_passed,
           (SELECT count(*) FROM bed b WHERE b.facility_id = f.id AND b.setting = 'institution'
               AND ${openOn('b', ':day')}) AS inst_beds,
           (SELECT count(*) FROM staff s WHERE s.facility_id = f.id AND s.role = 'social_worker'
               AND ${employedOn('s', ':day')}) AS social_workers
      FROM facility f
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
      JOIN region g ON g.code = ${townshipOf('f.region_code')}
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`;
