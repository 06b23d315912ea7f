import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import {
  AppConfig,
  InvalidInputError,
  orNotFound,
  type Page,
  readImportRecords,
  type RecordImportResultDto,
  registerConstraintMeanings,
  RuleViolationError,
  type UploadedFile,
} from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource } from 'typeorm';
import { MedicalInstitutionClosed, MedicalInstitutionCreated, MedicalInstitutionImported, MedicalInstitutionUpdated } from './audit-events';
import type { CloseMedicalInstitutionDto, CreateMedicalInstitutionDto, ListMedicalInstitutionsQuery, UpdateMedicalInstitutionDto } from './dto/medical.dto';
import type { MedicalInstitutionRow } from './dto/medical-view.dto';
import { MEDICAL_INSTITUTION_IMPORT } from './medical-institution-import';
import { MedicalInstitutionsRepository } from './medical-institutions.repository';

registerConstraintMeanings({
  medical_institution_name_key: { field: 'name', message: 'an institution of this name is already registered in this region' },
  medical_institution_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  medical_institution_region_level_check: { field: 'regionCode', message: 'a medical institution stands in a township (乡镇/街道) or a village (村/社区), not a county or above' },
  medical_institution_closed_after_opened: { field: 'openedOn', message: 'an institution closes after it opened' },
});

/** The medical-institution registry: officials register, change and close; operators read those of their county. */
@Injectable()
export class MedicalInstitutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly institutions: MedicalInstitutionsRepository,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
    private readonly regions: RegionsRepository,
    private readonly config: AppConfig,
  ) {}

  async create(input: CreateMedicalInstitutionDto, scope: AccessScope): Promise<MedicalInstitutionRow> {
    scope.assertCoversRegion(input.regionCode);
    const id = await this.dataSource.transaction(async (manager) => {
      if (input.openedOn) await this.periods.assertOpen(manager, input.openedOn, 'openedOn');
      const institution = await this.institutions.insert(
        { name: input.name, kind: input.kind, level: input.level ?? 'unrated', regionCode: input.regionCode, openedOn: input.openedOn ?? null },
        manager,
      );
      await this.audit.record(manager, MedicalInstitutionCreated, { entityId: institution.id, after: { ...input } });
      return institution.id;
    });
    return this.get(id, scope);
  }

  list(query: ListMedicalInstitutionsQuery, scope: AccessScope): Promise<Page<MedicalInstitutionRow>> {
    return this.institutions.list({ regionCode: query.regionCode, kind: query.kind, text: query.q }, scope, query, this.dataSource.manager);
  }

  async get(id: string, scope: AccessScope): Promise<MedicalInstitutionRow> {
    return orNotFound(await this.institutions.findInScope(id, scope, this.dataSource.manager), 'MedicalInstitution', id);
  }

  async update(id: string, input: UpdateMedicalInstitutionDto, scope: AccessScope): Promise<MedicalInstitutionRow> {
    if (input.regionCode) scope.assertCoversRegion(input.regionCode);
    await this.dataSource.transaction(async (manager) => {
      const institution = orNotFound(await this.institutions.lockInScope(id, scope, manager), 'MedicalInstitution', id);
      // Operators may read an institution of their county but not change it.
      scope.assertCoversRegion(institution.regionCode);
      const before = { ...institution };
      if (input.openedOn !== undefined && input.openedOn !== institution.openedOn) {
        const earliest = [input.openedOn, institution.openedOn].filter((date): date is string => Boolean(date)).sort()[0];
        if (earliest) await this.periods.assertOpen(manager, earliest, 'openedOn');
      }
      for (const field of ['name', 'kind', 'level', 'regionCode', 'openedOn'] as const) {
        if (input[field] !== undefined) (institution as unknown as Record<string, unknown>)[field] = input[field];
      }
      await this.institutions.save(institution, manager);
      await this.audit.record(manager, MedicalInstitutionUpdated, { entityId: id, before, after: { ...institution } });
    });
    return this.get(id, scope);
  }

  async close(id: string, input: CloseMedicalInstitutionDto, scope: AccessScope): Promise<MedicalInstitutionRow> {
    await this.dataSource.transaction(async (manager) => {
      const institution = orNotFound(await this.institutions.lockInScope(id, scope, manager), 'MedicalInstitution', id);
      scope.assertCoversRegion(institution.regionCode);
      if (institution.closedOn) throw new RuleViolationError(`Medical institution ${id} is already closed from ${institution.closedOn}`);
      if (institution.openedOn && input.on <= institution.openedOn) {
        throw InvalidInputError.of([{ field: 'on', message: `an institution closes after it opened (${institution.openedOn})` }]);
      }
      await this.periods.assertOpen(manager, input.on, 'on');
      const before = { ...institution };
      institution.closedOn = input.on;
      await this.institutions.save(institution, manager);
      await this.audit.record(manager, MedicalInstitutionClosed, { entityId: id, before, after: { ...institution } });
    });
    return this.get(id, scope);
  }

  /**
   * A list of institutions from CSV or XLSX, all or nothing: every row checked as the create endpoint checks it, its
   * region in the caller's region at township level or below, no name twice in one region. Institutions already
   * registered under the same name and region are left as they are, so the office's list may be uploaded again.
   */
  async importList(file: UploadedFile | undefined, scope: AccessScope): Promise<RecordImportResultDto> {
    const { rows, problems } = await readImportRecords(file, MEDICAL_INSTITUTION_IMPORT, this.config.tabularLimits);
    const firstLine = new Map<string, number>();
    for (const { line, record } of rows) {
      if (!scope.covers({ regionCode: record.regionCode })) problems.add({ line, field: 'region_code', message: `${record.regionCode} lies outside your region` });
      const key = `${record.name}|${record.regionCode}`;
      if (firstLine.has(key)) problems.add({ line, field: 'name', message: `the same institution as line ${firstLine.get(key)}` });
      else firstLine.set(key, line);
    }
    return this.dataSource.transaction(async (manager) => {
      const levels = new Map<string, string | undefined>();
      for (const code of new Set(rows.map(({ record }) => record.regionCode))) {
        levels.set(code, (await this.regions.findByCode(code, manager, 'keyShare'))?.level);
      }
      for (const { line, record } of rows) {
        const level = levels.get(record.regionCode);
        if (!level) problems.add({ line, field: 'region_code', message: `no region ${record.regionCode}` });
        else if (level !== 'township' && level !== 'village') {
          problems.add({ line, field: 'region_code', message: 'a medical institution stands in a township (乡镇/街道) or a village (村/社区)' });
        }
      }
      problems.refuseIfAny();
      const existing = await this.institutions.existing(rows.map(({ record }) => record), manager);
      let inserted = 0;
      for (const { record } of rows) {
        if (existing.has(`${record.name}|${record.regionCode}`)) continue;
        if (record.openedOn) await this.periods.assertOpen(manager, record.openedOn, 'openedOn');
        const institution = await this.institutions.insert(
          { name: record.name, kind: record.kind, level: record.level ?? 'unrated', regionCode: record.regionCode, openedOn: record.openedOn ?? null },
          manager,
        );
        await this.audit.record(manager, MedicalInstitutionImported, { entityId: institution.id, after: { ...record } });
        inserted += 1;
      }
      return { rows: rows.length, inserted };
    });
  }
}
