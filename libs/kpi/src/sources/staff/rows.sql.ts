import { inForceOn, openOn, townshipOf } from '@yiyang/core';
import { employedOn } from '../shared.sql';

export const STAFF_ROWS = `
    SELECT ${townshipOf('f.region_code')} AS township, p.kind, s.role,
           s.hired_on >= :month::date AS hired_in_month,
           EXISTS (SELECT 1 FROM staff_certificate c WHERE c.staff_id = s.id AND c.kind = 'caregiver_skill'
                     AND c.issued_on <= :day AND (c.valid_until IS NULL OR c.valid_until >= :day)) AS certified,
           EXISTS (SELECT 1 FROM staff_certificate c WHERE c.staff_id = s.id AND c.kind = 'first_aid'
                     AND c.issued_on <= :day AND (c.valid_until IS NULL OR c.valid_until >= :day)) AS first_aid
      FROM facility f
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')}
      JOIN staff s ON s.facility_id = f.id AND ${employedOn('s', ':day')}
     WHERE f.region_code LIKE :prefix AND ${openOn('f', ':day')}`;
