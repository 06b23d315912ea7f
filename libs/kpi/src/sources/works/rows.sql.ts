import { inForceOn, openOn, townshipOf } from '@yiyang/core';
import { UPGRADE_PROJECT_KINDS } from '@yiyang/facilities';

const UPGRADE_KINDS = UPGRADE_PROJECT_KINDS.map((kind) => `'${kind}'`).join(', ');

/**
 * Building work done in the month, one row per event, in the township of its facility: a bed commissioned by new
 * building or rebuilding (bed_commissioning; the bed and its facility open that day), and a building project completed
 * (facility_project; the facility open that day, its kind the one in force then). `work` says which, `work_kind` the
 * origin of the bed or the kind of project, `upgrade` whether the project upgrades an existing building (all kinds but a new build).
 */
export const WORKS_ROWS = `
    SELECT ${townshipOf('f.region_code')} AS township, 'bed' AS work, k.origin AS work_kind, false AS upgrade, b.setting, NULL::text AS kind
      FROM bed_commissioning k
      JOIN bed b ON b.id = k.bed_id
      JOIN facility f ON f.id = b.facility_id
     WHERE k.commissioned_on >= :month::date AND k.commissioned_on < :next::date AND f.region_code LIKE :prefix
       AND ${openOn('b', 'k.commissioned_on')} AND ${openOn('f', 'k.commissioned_on')}
    UNION ALL
    SELECT ${townshipOf('f.region_code')}, 'project', j.kind, j.kind IN (${UPGRADE_KINDS}), NULL, p.kind
      FROM facility_project j
      JOIN facility f ON f.id = j.facility_id
      JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', 'j.completed_on')}
     WHERE j.completed_on >= :month::date AND j.completed_on < :next::date AND f.region_code LIKE :prefix
       AND ${openOn('f', 'j.completed_on')}`;
