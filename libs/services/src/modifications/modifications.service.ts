import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ForbiddenError, InvalidInputError, mapPage, orNotFound, type Page, registerConstraintMeanings, requestContext, RuleViolationError } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { HomeModificationCompleted, HomeModificationRecorded } from '../audit-events';
import { type CompleteModificationDto, type HomeModificationDto, type HomeModificationInputDto, type HomeModificationQuery, mapHomeModification } from './modification.dto';
import { ModificationsRepository } from './modifications.repository';

registerConstraintMeanings({
  home_modification_period_check: { field: 'completedOn', message: 'completedOn is on or after appliedOn' },
  home_modification_subsidy_check: { field: 'subsidyYuan', message: 'a subsidy amount needs subsidised = true' },
  home_modification_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  home_modification_resident_id_fkey: { field: 'residentId', message: 'no such person' },
});

/** Where a household lives: a township (乡镇/街道) or the village or community (村/社区) below it. */
const HOUSEHOLD_LEVELS = ['township', 'village'];

/**
 * Age-friendly home modifications (适老化改造) of older people's households: applied, subsidised, completed. The
 * officers of the household's region keep them; the completed hardship ones are a plan indicator.
 */
@Injectable()
export class ModificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly modifications: ModificationsRepository,
    private readonly regions: RegionsRepository,
    private readonly residents: ResidentsRepository,
    private readonly periods: ReportingLockService,
    private readonly audit: AuditService,
  ) {}

  async create(input: HomeModificationInputDto, scope: AccessScope): Promise<HomeModificationDto> {
    this.checkInput(input);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.checkTargets(input, scope, manager, '');
      await this.periods.assertOpen(manager, input.completedOn ?? input.appliedOn, input.completedOn ? 'completedOn' : 'appliedOn');
      const modificationId = await this.modifications.insert(this.row(input), manager);
      await this.audit.record(manager, HomeModificationRecorded, { entityId: modificationId, after: { ...input } });
      return modificationId;
    });
    return mapHomeModification((await this.modifications.findInScope(id, scope, this.dataSource.manager))!);
  }

  async list(query: HomeModificationQuery, scope: AccessScope): Promise<Page<HomeModificationDto>> {
    const page = await this.modifications.list(query, query, scope, this.dataSource.manager);
    return mapPage(page, mapHomeModification);
  }

  async complete(id: string, input: CompleteModificationDto, scope: AccessScope): Promise<HomeModificationDto> {
    const row = await this.dataSource.transaction(async (manager) => {
      const modification = orNotFound(await this.modifications.findInScope(id, scope, manager, 'update'), 'Home modification', id);
      if (modification.completedOn) throw new RuleViolationError(`The modification was completed on ${modification.completedOn}`);
      if (input.on < modification.appliedOn) throw InvalidInputError.of([{ field: 'on', message: `the household applied on ${modification.appliedOn}` }]);
      await this.periods.assertOpen(manager, input.on, 'on');
      await this.modifications.complete(id, input.on, manager);
      await this.audit.record(manager, HomeModificationCompleted, { entityId: id, before: { completedOn: null }, after: { completedOn: input.on } });
      return { ...modification, completedOn: input.on };
    });
    return mapHomeModification(row);
  }

  /** Imported rows, all in one transaction: each is checked as a single record would be (field names prefixed by the row). */
  async createMany(inputs: HomeModificationInputDto[], scope: AccessScope, manager: EntityManager): Promise<number> {
    for (const [index, input] of inputs.entries()) {
      this.checkInput(input, `rows[${index}].`);
      await this.checkTargets(input, scope, manager, `rows[${index}].`);
    }
    const earliest = inputs.map((input) => input.appliedOn).sort()[0];
    if (earliest) await this.periods.assertOpen(manager, earliest, 'appliedOn');
    await this.modifications.insertMany(inputs.map((input) => this.row(input)), manager);
    return inputs.length;
  }

  private row(input: HomeModificationInputDto) {
    return {
      regionCode: input.regionCode,
      residentId: input.residentId ?? null,
      applicantName: input.applicantName.trim(),
      hardship: input.hardship,
      subsidised: input.subsidised,
      subsidyYuan: input.subsidyYuan === undefined ? null : String(input.subsidyYuan),
      appliedOn: input.appliedOn,
      completedOn: input.completedOn ?? null,
      createdBy: requestContext.current()?.userId ?? null,
    };
  }

  private checkInput(input: HomeModificationInputDto, prefix = ''): void {
    const problems: { field: string; message: string }[] = [];
    if (input.completedOn && input.completedOn < input.appliedOn) problems.push({ field: `${prefix}completedOn`, message: 'completedOn is on or after appliedOn' });
    if (input.subsidyYuan !== undefined && !input.subsidised) problems.push({ field: `${prefix}subsidyYuan`, message: 'a subsidy amount needs subsidised = true' });
    if (problems.length) throw InvalidInputError.of(problems);
  }

  /** The region must be the caller's (403) and a township, village or community (400); the person one they may see (400). */
  private async checkTargets(input: HomeModificationInputDto, scope: AccessScope, manager: EntityManager, prefix: string): Promise<void> {
    if (!scope.covers({ regionCode: input.regionCode })) throw new ForbiddenError(`Region ${input.regionCode} lies outside your region`);
    const region = await this.regions.findByCode(input.regionCode, manager, 'keyShare');
    if (!region) throw InvalidInputError.of([{ field: `${prefix}regionCode`, message: 'no such region' }]);
    if (!HOUSEHOLD_LEVELS.includes(region.level)) {
      throw InvalidInputError.of([{ field: `${prefix}regionCode`, message: 'a household lives in a township, village or community' }]);
    }
    if (input.residentId && !(await this.residents.findInScope(input.residentId, scope, manager, 'share'))) {
      throw InvalidInputError.of([{ field: `${prefix}residentId`, message: 'no such person in your scope' }]);
    }
  }
}
