import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ForbiddenError, InvalidInputError, NotFoundError, regionAncestry, requestContext } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import { DEFAULT_WAITLIST_POLICY, type WaitlistPolicy } from './domain/waitlist-policy';
import type { AdmissionPolicyDto, AdmissionPolicyInputDto } from './dto/policy.dto';
import { AdmissionPolicy } from './stay.entity';

export interface EffectivePolicy {
  requiresAssessment: boolean;
  waitlist: WaitlistPolicy;
  source: 'facility' | 'region' | 'default';
  sourceRegionCode: string | null;
}

/** With no rule anywhere: admission is open to anyone; the waiting list follows standards.md §6. */
const DEFAULT_POLICY: EffectivePolicy = { requiresAssessment: false, waitlist: DEFAULT_WAITLIST_POLICY, source: 'default', sourceRegionCode: null };

/** Admission rules per facility or per region, the nearest one applying. */
@Injectable()
export class AdmissionPolicyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The rules that apply to a facility: its own, else its region's, else the nearest region's above, else the defaults. */
  async effective(facilityId: string, manager: EntityManager): Promise<EffectivePolicy> {
    const [facility] = await manager.query(`SELECT region_code FROM facility WHERE id = $1`, [facilityId]);
    if (!facility) throw new NotFoundError('Facility', facilityId);
    const chain = regionAncestry(facility.region_code);
    const rows: AdmissionPolicy[] = await manager.find(AdmissionPolicy, { where: [{ facilityId }, ...chain.map((regionCode) => ({ regionCode }))] });
    const nearest = rows.sort((a, b) => this.distance(a, chain) - this.distance(b, chain))[0];
    if (!nearest) return DEFAULT_POLICY;
    return {
      requiresAssessment: nearest.requiresAssessment,
      waitlist: nearest.waitlist,
      source: nearest.facilityId ? 'facility' : 'region',
      sourceRegionCode: nearest.regionCode,
    };
  }

  async getForFacility(facilityId: string, scope: AccessScope): Promise<AdmissionPolicyDto> {
    await this.facilityRegion(facilityId, scope, this.dataSource.manager);
    return this.effective(facilityId, this.dataSource.manager);
  }

  /** Sets a facility's own rules: administrators, and civil-affairs officers whose region holds the facility. */
  async setForFacility(facilityId: string, input: AdmissionPolicyInputDto, scope: AccessScope): Promise<AdmissionPolicyDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertSetsFacilityRules(facilityId, scope, manager);
      await this.save(manager, { facilityId }, input);
    });
    return this.effective(facilityId, this.dataSource.manager);
  }

  /** Sets the rules of every facility in a region's subtree that has none of its own or nearer. */
  async setForRegion(regionCode: string, input: AdmissionPolicyInputDto, scope: AccessScope): Promise<AdmissionPolicyDto> {
    await this.dataSource.transaction(async (manager) => {
      const [region] = await manager.query(`SELECT code FROM region WHERE code = $1 FOR KEY SHARE`, [regionCode]);
      if (!region) throw new NotFoundError('Region', regionCode);
      if (!scope.covers({ regionCode })) throw new ForbiddenError('That region is not yours');
      await this.save(manager, { regionCode }, input);
    });
    return { ...input, source: 'region', sourceRegionCode: regionCode };
  }

  /** Drops a facility's own rules; its region's apply again. */
  async clearForFacility(facilityId: string, scope: AccessScope): Promise<AdmissionPolicyDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertSetsFacilityRules(facilityId, scope, manager);
      const removed = await manager.delete(AdmissionPolicy, { facilityId });
      if (removed.affected) await this.audit.record(manager, { action: 'clear_policy', entity: 'facility', entityId: facilityId });
    });
    return this.effective(facilityId, this.dataSource.manager);
  }

  /** Administrators, and civil-affairs officers whose region holds the facility; checked in the write's transaction. */
  private async assertSetsFacilityRules(facilityId: string, scope: AccessScope, manager: EntityManager): Promise<void> {
    const regionCode = await this.facilityRegion(facilityId, scope, manager, 'keyShare');
    if (!scope.unrestricted && !scope.covers({ regionCode })) throw new ForbiddenError('Admission rules are set by the civil-affairs office of the region');
  }

  private async save(manager: EntityManager, target: { facilityId: string } | { regionCode: string }, input: AdmissionPolicyInputDto): Promise<void> {
    const codes = input.waitlist.groups.map((group) => group.code);
    const repeated = codes.findIndex((code, index) => codes.indexOf(code) !== index);
    if (repeated !== -1) throw InvalidInputError.of([{ field: `waitlist.groups[${repeated}].code`, message: `the group code ${codes[repeated]} is used twice` }]);
    const key = 'facilityId' in target ? 'facility_id' : 'region_code';
    const value = 'facilityId' in target ? target.facilityId : target.regionCode;
    await manager.query(
      `INSERT INTO admission_policy (${key}, requires_assessment, waitlist, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (${key}) WHERE ${key} IS NOT NULL
       DO UPDATE SET requires_assessment = EXCLUDED.requires_assessment, waitlist = EXCLUDED.waitlist,
                     updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [value, input.requiresAssessment, JSON.stringify(input.waitlist), requestContext.current()?.userId ?? null],
    );
    await this.audit.record(manager, {
      action: 'set_policy',
      entity: 'facilityId' in target ? 'facility' : 'region',
      entityId: value,
      after: { requiresAssessment: input.requiresAssessment, waitlistVersion: input.waitlist.version },
    });
  }

  /** The facility's region, if the caller may see the facility (404 otherwise); `keyShare` holds the row until the transaction ends. */
  private async facilityRegion(facilityId: string, scope: AccessScope, manager: EntityManager, lock?: 'keyShare'): Promise<string> {
    const params: unknown[] = [facilityId];
    const [row] = await manager.query(
      `SELECT f.region_code FROM facility f WHERE f.id = $1 AND ${scope.sql({ regionCode: 'f.region_code', facilityId: 'f.id' }, params)}${lock ? ' FOR KEY SHARE' : ''}`,
      params,
    );
    if (!row) throw new NotFoundError('Facility', facilityId);
    return row.region_code;
  }

  private distance(policy: AdmissionPolicy, chain: string[]): number {
    return policy.facilityId ? -1 : chain.indexOf(policy.regionCode!);
  }
}
