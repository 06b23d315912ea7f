import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { InvalidInputError, orNotFound, type Page, registerConstraintMeanings, RuleViolationError, today } from '@yiyang/core';
import { FacilitiesRepository } from '@yiyang/facilities';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource, EntityManager } from 'typeorm';
import { ConsortiumCreated, ConsortiumDissolved, ConsortiumUpdated } from './audit-events';
import { ConsortiaRepository, type ConsortiumMembers } from './consortia.repository';
import type { CreateConsortiumDto, DissolveConsortiumDto, ListConsortiaQuery, UpdateConsortiumDto } from './dto/medical.dto';
import type { ConsortiumRow } from './dto/medical-view.dto';
import { MedicalInstitutionsRepository } from './medical-institutions.repository';

registerConstraintMeanings({
  kangyang_consortium_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  kangyang_consortium_region_level_check: { field: 'regionCode', message: 'a consortium is registered in a township (乡镇/街道) or a village (村/社区), not a county or above' },
  kangyang_consortium_dissolved_after_established: { field: 'on', message: 'a consortium is dissolved after it was established' },
});

/** Health-and-care consortia (康养联合体): officials register them with their members, change them and dissolve them. */
@Injectable()
export class ConsortiaService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consortia: ConsortiaRepository,
    private readonly institutions: MedicalInstitutionsRepository,
    private readonly facilities: FacilitiesRepository,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async create(input: CreateConsortiumDto, scope: AccessScope): Promise<ConsortiumRow> {
    scope.assertCoversRegion(input.regionCode);
    const id = await this.dataSource.transaction(async (manager) => {
      const members = await this.checkedMembers(input, scope, manager);
      await this.periods.assertOpen(manager, input.establishedOn, 'establishedOn');
      const consortium = await this.consortia.insert(
        { name: input.name, regionCode: input.regionCode, establishedOn: input.establishedOn, meetsFiveStandards: input.meetsFiveStandards ?? false },
        manager,
      );
      await this.consortia.replaceMembers(consortium.id, members, manager);
      await this.audit.record(manager, ConsortiumCreated, { entityId: consortium.id, after: { ...input, ...members } });
      return consortium.id;
    });
    return this.get(id, scope);
  }

  list(query: ListConsortiaQuery, scope: AccessScope): Promise<Page<ConsortiumRow>> {
    return this.consortia.list({ regionCode: query.regionCode }, scope, query, this.dataSource.manager);
  }

  async get(id: string, scope: AccessScope): Promise<ConsortiumRow> {
    return orNotFound(await this.consortia.findInScope(id, scope, this.dataSource.manager), 'Consortium', id);
  }

  /** Name and the 五有 flag change at once; a member list given replaces the one held. */
  async update(id: string, input: UpdateConsortiumDto, scope: AccessScope): Promise<ConsortiumRow> {
    await this.dataSource.transaction(async (manager) => {
      const consortium = orNotFound(await this.consortia.lockInScope(id, scope, manager), 'Consortium', id);
      scope.assertCoversRegion(consortium.regionCode);
      const members = await this.checkedMembers(input, scope, manager);
      const before = { ...consortium, ...(await this.consortia.members(id, manager)) };
      if (input.name !== undefined) consortium.name = input.name;
      if (input.meetsFiveStandards !== undefined) consortium.meetsFiveStandards = input.meetsFiveStandards;
      await this.consortia.save(consortium, manager);
      const replaced = {
        facilityIds: input.facilityIds && members.facilityIds,
        medicalInstitutionIds: input.medicalInstitutionIds && members.medicalInstitutionIds,
      };
      await this.consortia.replaceMembers(id, replaced, manager);
      const after = { ...consortium, ...(await this.consortia.members(id, manager)) };
      await this.audit.record(manager, ConsortiumUpdated, { entityId: id, before, after });
    });
    return this.get(id, scope);
  }

  async dissolve(id: string, input: DissolveConsortiumDto, scope: AccessScope): Promise<ConsortiumRow> {
    await this.dataSource.transaction(async (manager) => {
      const consortium = orNotFound(await this.consortia.lockInScope(id, scope, manager), 'Consortium', id);
      scope.assertCoversRegion(consortium.regionCode);
      if (consortium.dissolvedOn) throw new RuleViolationError(`Consortium ${id} is already dissolved from ${consortium.dissolvedOn}`);
      if (input.on <= consortium.establishedOn) {
        throw InvalidInputError.of([{ field: 'on', message: `a consortium is dissolved after it was established (${consortium.establishedOn})` }]);
      }
      await this.periods.assertOpen(manager, input.on, 'on');
      const before = { ...consortium };
      consortium.dissolvedOn = input.on;
      await this.consortia.save(consortium, manager);
      await this.audit.record(manager, ConsortiumDissolved, { entityId: id, before, after: { ...consortium } });
    });
    return this.get(id, scope);
  }

  /**
   * The members named, each once: facilities and institutions the caller can see (unknown and unseen ids get the same
   * answer), held by a key share until the write ends.
   */
  private async checkedMembers(
    input: { facilityIds?: string[]; medicalInstitutionIds?: string[] },
    scope: AccessScope,
    manager: EntityManager,
  ): Promise<ConsortiumMembers> {
    const facilityIds = [...new Set(input.facilityIds ?? [])];
    const medicalInstitutionIds = [...new Set(input.medicalInstitutionIds ?? [])];
    for (const facilityId of facilityIds) {
      if (!(await this.facilities.findInScope(facilityId, today(), scope, manager, 'keyShare'))) {
        throw InvalidInputError.of([{ field: 'facilityIds', message: `no facility ${facilityId} in your scope` }]);
      }
    }
    for (const institutionId of medicalInstitutionIds) {
      if (!(await this.institutions.findInScope(institutionId, scope, manager, 'keyShare'))) {
        throw InvalidInputError.of([{ field: 'medicalInstitutionIds', message: `no medical institution ${institutionId} in your scope` }]);
      }
    }
    return { facilityIds, medicalInstitutionIds };
  }
}
