import { inForceOn, openOn, townshipOf } from '@yiyang/core';

/** A home bed lies in its facility's county, so the facility's region finds it; it counts where the home is. */
export const BEDS_ROWS = `
    SELECT ${townshipOf('coalesce(b.home_region_code, f.region_code)')} AS township,
           b.setting, p.kind, p.ownership, p.operation, c.care_type, c.dementia_care
      FROM facility f
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
      JOIN bed b ON b.facility_id = f.id AND ${openOn('b', ':day')}
      JOIN LATERAL (SELECT c.care_type, c.dementia_care, c.valid_to FROM bed_classification c
                     WHERE c.bed_id = b.id AND c.valid_from <= :day ORDER BY c.valid_from DESC LIMIT 1) c
        ON c.valid_to IS NULL OR c.valid_to > :day
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`;
