import { inForceOn, notClosedOn, openOn, townshipOf } from '@yiyang/core';

/** A cooperation agreement in force on :day (signed by then, valid through it or open-ended) with a facility open then. */
const agreementInForce = (facilityKind?: string) => `EXISTS (
             SELECT 1 FROM medical_agreement a
               JOIN facility f ON f.id = a.facility_id AND ${openOn('f', ':day')}
               ${facilityKind ? `JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', ':day')} AND p.kind = '${facilityKind}'` : ''}
              WHERE a.medical_institution_id = m.id AND a.signed_on <= :day AND (a.valid_until IS NULL OR a.valid_until >= :day))`;

/**
 * 医养结合, one row per medical institution open on :day (`what` = 'institution': opened by then or opening date
 * unknown, not closed) and one per 康养联合体 existing on :day (`what` = 'consortium': established by then, not
 * dissolved), each in the township it stands or is registered in.
 */
export const MEDICAL_ROWS = `
    SELECT ${townshipOf('m.region_code')} AS township, 'institution' AS what,
           ${agreementInForce()} AS cooperating,
           ${agreementInForce('tekun_home')} AS cooperating_tekun_home,
           false AS five_standards
      FROM medical_institution m
     WHERE m.region_code LIKE :prefix AND (m.opened_on IS NULL OR m.opened_on <= :day) AND ${notClosedOn('m', ':day')}
    UNION ALL
    SELECT ${townshipOf('c.region_code')}, 'consortium', false, false, c.meets_five_standards
      FROM kangyang_consortium c
     WHERE c.region_code LIKE :prefix AND c.established_on <= :day AND (c.dissolved_on IS NULL OR c.dissolved_on > :day)`;
