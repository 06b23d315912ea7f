import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import {
  AppConfig,
  InvalidInputError,
  mapPage,
  orNotFound,
  type Page,
  readImportRecords,
  type RecordImportResultDto,
  type RegionLevel,
  registerConstraintMeanings,
  requestContext,
  RuleViolationError,
  type UploadedFile,
} from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { HomeModificationCompleted, HomeModificationRecorded, HomeModificationsImported } from '../audit-events';
import { type CompleteModificationDto, HOME_MODIFICATION_IMPORT, type HomeModificationDto, type HomeModificationInputDto, type HomeModificationQuery, mapHomeModification } from './modification.dto';
import { ModificationsRepository } from './modifications.repository';

registerConstraintMeanings({
  home_modification_period_check: { field: 'completedOn', message: 'completedOn is on or after appliedOn' },
  home_modification_subsidy_check: { field: 'subsidyYuan', message: 'a subsidy amount needs subsidised = true' },
  home_modification_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  home_modification_resident_id_fkey: { field: 'residentId', message: 'no such person' },
});

/** Where a household lives: a township (乡镇/街道) or the village or community (村/社区) below it. */
const HOUSEHOLD_LEVELS: readonly RegionLevel[] = ['township', 'village'];

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
    private readonly config: AppConfig,
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

  /**
   * Imports the list an office keeps: every row read into the create endpoint's DTO and checked as one record would
   * be, then each row's region (the caller's, a township, village or community) and person (one the caller sees).
   * Any bad row refuses the whole file (400 by line); otherwise all rows go in one transaction.
   */
  async import(file: UploadedFile | undefined, scope: AccessScope): Promise<RecordImportResultDto> {
    const { rows, problems } = await readImportRecords(file, HOME_MODIFICATION_IMPORT, this.config.tabularLimits);
    const manager = this.dataSource.manager;
    const regions = await this.regions.existing([...new Set(rows.map(({ record }) => record.regionCode))], manager);
    const visible = new Set<string>();
    for (const residentId of new Set(rows.map(({ record }) => record.residentId).filter((id): id is string => Boolean(id)))) {
      if (await this.residents.findInScope(residentId, scope, manager)) visible.add(residentId);
    }
    for (const { line, record } of rows) {
      for (const { field, message } of this.problemsOf(record, scope, regions.get(record.regionCode)?.level)) problems.add({ line, field, message });
      if (record.residentId && !visible.has(record.residentId)) problems.add({ line, field: 'resident_id', message: 'no such person in your scope' });
    }
    problems.refuseIfAny();
    await this.dataSource.transaction(async (tx) => {
      const earliest = rows.map(({ record }) => record.appliedOn).sort()[0];
      if (earliest) await this.periods.assertOpen(tx, earliest, 'applied_on');
      await this.modifications.insertMany(rows.map(({ record }) => this.row(record)), tx);
      await this.audit.record(tx, HomeModificationsImported, { after: { rows: rows.length, file: file?.originalname ?? '' } });
    });
    return { rows: rows.length, inserted: rows.length };
  }

  /** What an imported row may not hold beyond its DTO's rules, by the template's column. */
  private problemsOf(record: HomeModificationInputDto, scope: AccessScope, level: RegionLevel | undefined): { field: string; message: string }[] {
    const problems: { field: string; message: string }[] = [];
    if (!level) problems.push({ field: 'region_code', message: 'no such region' });
    else if (!scope.covers({ regionCode: record.regionCode })) problems.push({ field: 'region_code', message: 'lies outside your region' });
    else if (!HOUSEHOLD_LEVELS.includes(level)) problems.push({ field: 'region_code', message: 'a household lives in a township, village or community' });
    if (record.completedOn && record.completedOn < record.appliedOn) problems.push({ field: 'completed_on', message: 'completedOn is on or after appliedOn' });
    if (record.subsidyYuan !== undefined && !record.subsidised) problems.push({ field: 'subsidy_yuan', message: 'a subsidy amount needs subsidised = true' });
    return problems;
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
    scope.assertCoversRegion(input.regionCode);
    await this.regions.placeOf(input.regionCode, manager, {
      field: `${prefix}regionCode`,
      levels: HOUSEHOLD_LEVELS,
      message: 'a household lives in a township, village or community',
    });
    if (input.residentId && !(await this.residents.findInScope(input.residentId, scope, manager, 'share'))) {
      throw InvalidInputError.of([{ field: `${prefix}residentId`, message: 'no such person in your scope' }]);
    }
  }
}
