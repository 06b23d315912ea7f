import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ForbiddenError, InvalidInputError, NotFoundError, orNotFound, regionAncestry, requestContext } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import type { DataSource, EntityManager } from 'typeorm';
import { AdmissionPolicyRepository, type PolicyTarget } from './admission-policy.repository';
import { FacilityPolicyCleared, FacilityPolicySet, RegionPolicySet } from './audit-events';
import { DEFAULT_WAITLIST_POLICY, type WaitlistPolicy } from './domain/waitlist-policy';
import { mapAdmissionPolicy, type AdmissionPolicyDto, type AdmissionPolicyInputDto } from './dto/policy.dto';
import type { AdmissionPolicy } from './admission-policy.entity';

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
    private readonly policies: AdmissionPolicyRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The rules that apply to a facility: its own, else its region's, else the nearest region's above, else the defaults. */
  async effective(facilityId: string, manager: EntityManager): Promise<EffectivePolicy> {
    const regionCode = orNotFound(await this.policies.regionOfFacility(facilityId, null, manager), 'Facility', facilityId);
    const chain = regionAncestry(regionCode);
    const rows = await this.policies.candidates(facilityId, chain, manager);
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
    const manager = this.dataSource.manager;
    await this.facilityRegion(facilityId, scope, manager);
    return mapAdmissionPolicy(await this.effective(facilityId, manager));
  }

  /** Sets a facility's own rules: administrators, and civil-affairs officers whose region holds the facility. */
  async setForFacility(facilityId: string, input: AdmissionPolicyInputDto, scope: AccessScope): Promise<AdmissionPolicyDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertSetsFacilityRules(facilityId, scope, manager);
      await this.save(manager, { facilityId }, input);
    });
    return mapAdmissionPolicy(await this.effective(facilityId, this.dataSource.manager));
  }

  /** Sets the rules of every facility in a region's subtree that has none of its own or nearer. */
  async setForRegion(regionCode: string, input: AdmissionPolicyInputDto, scope: AccessScope): Promise<AdmissionPolicyDto> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.regions.findByCode(regionCode, manager, 'keyShare'))) throw new NotFoundError('Region', regionCode);
      if (!scope.covers({ regionCode })) throw new ForbiddenError('That region is not yours');
      await this.save(manager, { regionCode }, input);
    });
    return mapAdmissionPolicy({ requiresAssessment: input.requiresAssessment, waitlist: input.waitlist, source: 'region', sourceRegionCode: regionCode });
  }

  /** Drops a facility's own rules; its region's apply again. */
  async clearForFacility(facilityId: string, scope: AccessScope): Promise<AdmissionPolicyDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.assertSetsFacilityRules(facilityId, scope, manager);
      const removed = await this.policies.clearForFacility(facilityId, manager);
      if (removed) await this.audit.record(manager, FacilityPolicyCleared, { entityId: facilityId, before: removed });
    });
    return mapAdmissionPolicy(await this.effective(facilityId, this.dataSource.manager));
  }

  /** Administrators, and civil-affairs officers whose region holds the facility; checked in the write's transaction. */
  private async assertSetsFacilityRules(facilityId: string, scope: AccessScope, manager: EntityManager): Promise<void> {
    const regionCode = await this.facilityRegion(facilityId, scope, manager, 'keyShare');
    if (!scope.unrestricted && !scope.covers({ regionCode })) throw new ForbiddenError('Admission rules are set by the civil-affairs office of the region');
  }

  private async save(manager: EntityManager, target: PolicyTarget, input: AdmissionPolicyInputDto): Promise<void> {
    const codes = input.waitlist.groups.map((group) => group.code);
    const repeated = codes.findIndex((code, index) => codes.indexOf(code) !== index);
    if (repeated !== -1) throw InvalidInputError.of([{ field: `waitlist.groups[${repeated}].code`, message: `the group code ${codes[repeated]} is used twice` }]);
    const before = await this.policies.save(
      target,
      { requiresAssessment: input.requiresAssessment, waitlist: input.waitlist, updatedBy: requestContext.current()?.userId ?? null },
      manager,
    );
    const after = { requiresAssessment: input.requiresAssessment, waitlistVersion: input.waitlist.version };
    if ('facilityId' in target) await this.audit.record(manager, FacilityPolicySet, { entityId: target.facilityId, before, after });
    else await this.audit.record(manager, RegionPolicySet, { entityId: target.regionCode, before, after });
  }

  /** The facility's region, if the caller may see the facility (404 otherwise); `keyShare` holds the row until the transaction ends. */
  private async facilityRegion(facilityId: string, scope: AccessScope, manager: EntityManager, lock?: 'keyShare'): Promise<string> {
    return orNotFound(await this.policies.regionOfFacility(facilityId, scope, manager, lock), 'Facility', facilityId);
  }

  private distance(policy: AdmissionPolicy, chain: string[]): number {
    return policy.facilityId ? -1 : chain.indexOf(policy.regionCode!);
  }
}
