import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { execute } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { PolicySummary } from './audit-events';
import type { WaitlistPolicy } from './domain/waitlist-policy';
import { AdmissionPolicy } from './admission-policy.entity';

/** Whose rules: one facility's own, or those of every facility in a region's subtree. */
export type PolicyTarget = { facilityId: string } | { regionCode: string };

const SUMMARY = `requires_assessment AS "requiresAssessment", waitlist ->> 'version' AS "waitlistVersion"`;

/** The admission_policy table, and the facility's region its lookup starts from. */
@Injectable()
export class AdmissionPolicyRepository {
  /**
   * The facility's region, if the caller's scope covers the facility (any facility without a scope); `keyShare` holds
   * the row until the transaction ends.
   */
  async regionOfFacility(facilityId: string, scope: AccessScope | null, manager: EntityManager, lock?: 'keyShare'): Promise<string | null> {
    const params: unknown[] = [facilityId];
    const inScope = scope ? ` AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}` : '';
    const [row] = await manager.query(`SELECT f.region_code FROM facility f WHERE f.id = $1${inScope}${lock ? ' FOR KEY SHARE' : ''}`, params);
    return row?.region_code ?? null;
  }

  /** The facility's own rules and those of each region in `regionCodes`, whichever exist. */
  candidates(facilityId: string, regionCodes: string[], manager: EntityManager): Promise<AdmissionPolicy[]> {
    return manager.find(AdmissionPolicy, { where: [{ facilityId }, ...regionCodes.map((regionCode) => ({ regionCode }))] });
  }

  /** Sets the target's rules, returning what they were (null if it had none). */
  async save(
    target: PolicyTarget,
    policy: { requiresAssessment: boolean; waitlist: WaitlistPolicy; updatedBy: string | null },
    manager: EntityManager,
  ): Promise<PolicySummary | null> {
    const [key, value] = 'facilityId' in target ? ['facility_id', target.facilityId] : ['region_code', target.regionCode];
    const [before] = await manager.query(`SELECT ${SUMMARY} FROM admission_policy WHERE ${key} = $1 FOR UPDATE`, [value]);
    await manager.query(
      `INSERT INTO admission_policy (${key}, requires_assessment, waitlist, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (${key}) WHERE ${key} IS NOT NULL
       DO UPDATE SET requires_assessment = EXCLUDED.requires_assessment, waitlist = EXCLUDED.waitlist,
                     updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [value, policy.requiresAssessment, JSON.stringify(policy.waitlist), policy.updatedBy],
    );
    return before ?? null;
  }

  /** Drops a facility's own rules, returning what they were (null if it had none). */
  async clearForFacility(facilityId: string, manager: EntityManager): Promise<PolicySummary | null> {
    const { rows } = await execute<PolicySummary>(manager, `DELETE FROM admission_policy WHERE facility_id = $1 RETURNING ${SUMMARY}`, [facilityId]);
    return rows[0] ?? null;
  }
}
