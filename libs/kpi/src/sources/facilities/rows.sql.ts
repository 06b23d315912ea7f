import { inForceOn, openOn, townshipOf } from '@yiyang/core';
import { UPGRADE_PROJECT_KINDS, UPGRADES_COUNT_FROM } from '@yiyang/facilities';
import { employedOn } from '../shared.sql';

const UPGRADE_KINDS = UPGRADE_PROJECT_KINDS.map((kind) => `'${kind}'`).join(', ');

export const FACILITIES_ROWS = `
    SELECT ${townshipOf('f.region_code')} AS township, g.kind AS township_kind,
           p.kind, p.ownership, p.operation, p.functions, p.dementia_zone, p.rehab_room, p.sunshine_kitchen, p.food_safety_grade,
           p.smart, p.video_connected, p.demo_centre, p.medical_integrated, p.standardized_canteen, p.a_grade, p.managed_by_facility_id,
           p.assistive_device_site, p.exchange_platform, p.products_display_platform,
           EXISTS (SELECT 1 FROM facility_project j WHERE j.facility_id = f.id AND j.kind IN (${UPGRADE_KINDS})
                     AND j.completed_on >= DATE '${UPGRADES_COUNT_FROM}' AND j.completed_on <= :day) AS upgraded,
           hz.major_hazards, hz.major_hazards_rectified,
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
      CROSS JOIN LATERAL (SELECT count(*) AS major_hazards, count(*) FILTER (WHERE h.rectified_on <= :day) AS major_hazards_rectified
                            FROM inspection_hazard h
                           WHERE h.facility_id = f.id AND h.major AND h.found_on <= :day AND h.found_on > (:day::date - interval '1 year')::date) hz
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`;
