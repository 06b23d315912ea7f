import { townshipOf } from '@yiyang/core';
import { STANDING_LEVEL } from '@yiyang/assessments';

/**
 * 特困 people belong to where their 户籍 is registered; the dead (discharged by death) leave the roll. Supported at home
 * (分散供养) is NOT centralized: on the roll and not in a tekun_centralized stay on the day. resident.tekun_support_mode
 * is not used for it: it is not dated (a past month would read today's mode) and is not kept in step with admissions.
 * An entrusted-care agreement is in force on the day from signed_on through valid_until (inclusive; none: open-ended).
 */
export const TEKUN_ROWS = `
    SELECT ${townshipOf('r.hukou_region_code')} AS township,
           coalesce(r.willing_centralized, false) AS willing,
           EXISTS (SELECT 1 FROM stay s WHERE s.resident_id = r.id AND s.funding = 'tekun_centralized'
                     AND s.admitted_on <= :day AND (s.discharged_on IS NULL OR s.discharged_on > :day)) AS centralized,
           ${STANDING_LEVEL('r.id', ':day::date')} AS level,
           EXISTS (SELECT 1 FROM tekun_care_agreement a WHERE a.resident_id = r.id
                     AND a.signed_on <= :day AND (a.valid_until IS NULL OR a.valid_until >= :day)) AS has_agreement
      FROM resident r
     WHERE r.hukou_region_code LIKE :prefix AND 'tekun' = ANY(r.categories)
       AND r.birth_date <= (:day::date - interval '60 years')
       AND NOT EXISTS (SELECT 1 FROM stay d WHERE d.resident_id = r.id AND d.discharge_reason = 'death' AND d.discharged_on <= :day)`;
