import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { AppConfig, InvalidInputError, maskIdNumber, type Page, PersonalDataCipher, readImportRecords, type RecordImportResultDto, registerConstraintMeanings, today, type UploadedFile } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import { readIdNumber } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { TrainingRecorded, TrainingsImported } from './audit-events';
import { assertPlace } from './community-social-workers.service';
import { TRAINEE_PURPOSE, traineeBoundTo } from './domain/course-types';
import { mapTraining, TRAINING_IMPORT, type TrainingDto, type TrainingInputDto, type TrainingQuery, type TrainingRow } from './dto/training.dto';
import { type NewTraining, TrainingsRepository } from './trainings.repository';

registerConstraintMeanings({
  training_record_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  training_record_region_level_check: { field: 'regionCode', message: 'a training counts in a township (乡镇/街道) or a village (村/社区)' },
  training_record_staff_id_fkey: { field: 'staffId', message: 'no such staff member' },
  training_record_hours_check: { field: 'hours', message: 'hours are more than 0' },
});

/**
 * Trainings of caregivers, institution managers and family caregivers, one record per trainee and course day, in
 * their officials' regions. The trainee's ID number is encrypted before it reaches SQL, found by a keyed hash (so
 * a manager trained twice is one person) and masked on the way out; it is never logged or audited whole.
 */
@Injectable()
export class TrainingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trainings: TrainingsRepository,
    private readonly regions: RegionsRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
    private readonly config: AppConfig,
  ) {}

  async create(input: TrainingInputDto, scope: AccessScope): Promise<TrainingDto> {
    scope.assertCoversRegion(input.regionCode);
    const record = this.prepare(input);
    return this.dataSource.transaction(async (manager) => {
      await this.check([input], scope, manager);
      await this.trainings.insert([record], manager);
      await this.audit.record(manager, TrainingRecorded, { entityId: record.id, after: auditable(input) });
      return mapTraining((await this.trainings.findInScope(record.id, scope, manager))!, this.cipher);
    });
  }

  async list(query: TrainingQuery, scope: AccessScope): Promise<Page<TrainingDto>> {
    const manager = this.dataSource.manager;
    let idNumberHash: string | undefined;
    if (query.idNumber !== undefined) {
      const facts = readIdNumber(query.idNumber);
      if ('problem' in facts) throw InvalidInputError.of([{ field: 'idNumber', message: facts.problem }]);
      idNumberHash = this.cipher.hash(facts.normalised, TRAINEE_PURPOSE.idNumber);
    }
    const { idNumber: _omitted, ...filter } = query;
    const page = await this.trainings.list({ ...filter, idNumberHash }, scope, manager);
    return { ...page, items: page.items.map((row: TrainingRow) => mapTraining(row, this.cipher)) };
  }

  /**
   * An attendance list (CSV or XLSX), all or nothing: every row is checked as the create endpoint checks one (and its
   * place, staff member and date), the problems are listed by line and column, and only a clean file is written.
   */
  async import(file: UploadedFile | undefined, scope: AccessScope): Promise<RecordImportResultDto> {
    const { rows, problems } = await readImportRecords(file, TRAINING_IMPORT, this.config.tabularLimits);
    const records: NewTraining[] = [];
    const column = (field: string) => TRAINING_IMPORT.columns.find((c) => c.field === field)?.column ?? field;
    for (const { line, record } of rows) {
      if (!scope.covers({ regionCode: record.regionCode })) {
        problems.add({ line, field: 'region_code', message: `区划不在您的辖区内 · region ${record.regionCode} lies outside your region` });
        continue;
      }
      try {
        records.push(this.prepare(record));
      } catch (error) {
        if (!(error instanceof InvalidInputError)) throw error;
        for (const detail of error.details as { field: string; messages: string[] }[]) {
          for (const message of detail.messages) problems.add({ line, field: column(detail.field), message });
        }
      }
    }
    return this.dataSource.transaction(async (manager) => {
      const places = new Map<string, string | null>();
      for (const { record } of rows) {
        if (places.has(record.regionCode) || !scope.covers({ regionCode: record.regionCode })) continue;
        const region = await this.regions.findByCode(record.regionCode, manager, 'keyShare');
        places.set(record.regionCode, !region ? 'no such region' : region.level === 'township' || region.level === 'village' ? null : 'a township or a village, not a county or above');
      }
      const closedThrough = await this.periods.closedThroughIn(manager);
      for (const { line, record } of rows) {
        const place = places.get(record.regionCode);
        if (place) problems.add({ line, field: 'region_code', message: place });
        if (closedThrough && record.trainedOn <= closedThrough) {
          problems.add({ line, field: 'trained_on', message: `lies in a closed reporting period (closed through ${closedThrough})` });
        }
      }
      problems.refuseIfAny();
      if (!rows.length) throw InvalidInputError.of([{ field: 'file', message: 'the list has no rows' }]);
      await this.trainings.insert(records, manager);
      await this.audit.record(manager, TrainingsImported, { after: { file: file?.originalname ?? '', records: records.length } });
      return { rows: rows.length, inserted: records.length };
    });
  }

  /** The record to insert: the ID number checked, encrypted under the new record's id and hashed. Throws a 400 naming the field. */
  prepare(input: TrainingInputDto, field = (name: string) => name): NewTraining {
    const facts = readIdNumber(input.idNumber);
    if ('problem' in facts) throw InvalidInputError.of([{ field: field('idNumber'), message: facts.problem }]);
    if (input.trainedOn > today()) throw InvalidInputError.of([{ field: field('trainedOn'), message: 'a training is recorded once it took place' }]);
    const id = randomUUID();
    return {
      id,
      courseType: input.courseType,
      regionCode: input.regionCode,
      traineeName: input.traineeName.trim(),
      traineeIdNumberEncrypted: this.cipher.encrypt(facts.normalised, traineeBoundTo(id)),
      traineeIdNumberHash: this.cipher.hash(facts.normalised, TRAINEE_PURPOSE.idNumber),
      staffId: input.staffId ?? null,
      trainedOn: input.trainedOn,
      hours: String(input.hours),
      provider: input.provider?.trim() || null,
      free: input.free ?? true,
    };
  }

  /** Places exist at a township or below, staff members lie in the caller's scope, dates in open periods. */
  async check(inputs: readonly TrainingInputDto[], scope: AccessScope, manager: EntityManager, field = (_index: number, name: string) => name): Promise<void> {
    const checked = new Set<string>();
    for (const [index, input] of inputs.entries()) {
      if (checked.has(input.regionCode)) continue;
      await assertPlace(this.regions, input.regionCode, manager, field(index, 'regionCode'));
      checked.add(input.regionCode);
    }
    const staffIds = [...new Set(inputs.map((input) => input.staffId).filter((id): id is string => Boolean(id)))];
    const found = await this.trainings.staffInScope(staffIds, scope, manager);
    const missing = inputs.findIndex((input) => input.staffId && !found.has(input.staffId));
    if (missing >= 0) throw InvalidInputError.of([{ field: field(missing, 'staffId'), message: 'no such staff member in your scope' }]);
    const earliest = inputs.reduce((min, input) => (input.trainedOn < min ? input.trainedOn : min), inputs[0].trainedOn);
    await this.periods.assertOpen(manager, earliest, field(inputs.findIndex((input) => input.trainedOn === earliest), 'trainedOn'));
  }

  /** Inserts prepared records (an import's), after `check`. */
  async insert(records: NewTraining[], manager: EntityManager): Promise<void> {
    await this.trainings.insert(records, manager);
  }
}

/** What the audit trail keeps of a training: the ID number masked. */
export function auditable(input: TrainingInputDto): Omit<TrainingInputDto, 'idNumber'> & { idNumber: string } {
  const facts = readIdNumber(input.idNumber);
  return { ...input, idNumber: maskIdNumber('normalised' in facts ? facts.normalised : input.idNumber) };
}
