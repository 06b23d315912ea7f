import { townshipOf } from '@yiyang/core';
import { circleOf, coveredOn } from '@yiyang/places';

/**
 * One row per community or village on the map (community_place) with its older population and whether an open
 * community or township facility stands within its service circle on :day. The circle's radius is the plan's
 * minutes (service_circle_minutes, nearest region up the tree, else :circleMinutes) × :walkSpeed ÷ :detour.
 */
export const CIRCLE_ROWS = `
    SELECT ${townshipOf('c.region_code')} AS township, c.region_code AS code, c.older_population,
           ${coveredOn('c', 'r', ':day')} AS covered
      FROM community_place c
     CROSS JOIN LATERAL ${circleOf('c', { speed: ':walkSpeed', detour: ':detour', minutes: ':circleMinutes' })} r
     WHERE c.region_code LIKE :prefix`;
