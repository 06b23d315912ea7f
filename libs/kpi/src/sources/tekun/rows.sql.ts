import { townshipOf } from '@yiyang/core';
import { STANDING_LEVEL } from '@yiyang/assessments';

/** 特困 people belong to where their 户籍 is registered; the dead (discharged by death) leave the roll. */
export const TEKUN_ROWS = `
    SELECT ${townshipOf('r.hukou_region_code')} AS township,
           coalesce(r.willing_centralized, false) AS willing,
           EXISTS (SELECT 1 FROM stay s WHERE s.resident_id = r.id AND s.funding = 'tekun_centralized'
                     AND s.admitted_on <= :day AND (s.discharged_on IS NULL OR s.discharged_on > :day)) AS centralized,
           ${STANDING_LEVEL('r.id', ':day::date')} AS level
      FROM resident r
     WHERE r.hukou_region_code LIKE :prefix AND 'tekun' = ANY(r.categories)
       AND r.birth_date <= (:day::date - interval '60 years')
       AND NOT EXISTS (SELECT 1 FROM stay d WHERE d.resident_id = r.id AND d.discharge_reason = 'death' AND d.discharged_on <= :day)`;
