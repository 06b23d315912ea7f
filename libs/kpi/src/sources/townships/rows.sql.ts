import { inForceOn, openOn, townshipOf } from '@yiyang/core';

/** A township has a comprehensive (or model) centre when any open facility located in it is one. */
export const TOWNSHIPS_ROWS = `
    SELECT g.code AS township, coalesce(c.comprehensive, false) AS comprehensive, coalesce(c.demo, false) AS demo
      FROM region g
      LEFT JOIN (SELECT ${townshipOf('f.region_code')} AS township,
                        bool_or(p.functions @> :core::text[]) AS comprehensive, bool_or(p.demo_centre) AS demo
                   FROM facility f
                   JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
                  WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}
                  GROUP BY 1) c ON c.township = g.code
     WHERE g.level = 'township' AND g.code LIKE :prefix AND g.kind <> 'other'`;
