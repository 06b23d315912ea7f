import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { ForbiddenError, InvalidInputError, maskIdNumber, type Page, PersonalDataCipher, registerConstraintMeanings, today } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ReportingLockService } from '@yiyang/reporting';
import { readIdNumber } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { TrainingRecorded } from './audit-events';
import { assertPlace } from './community-social-workers.service';
import { TRAINEE_PURPOSE, traineeBoundTo } from './domain/course-types';
import { mapTraining, type TrainingDto, type TrainingInputDto, type TrainingQuery, type TrainingRow } from './dto/training.dto';
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
  ) {}

  async create(input: TrainingInputDto, scope: AccessScope): Promise<TrainingDto> {
    if (!scope.covers({ regionCode: input.regionCode })) throw new ForbiddenError(`Region ${input.regionCode} lies outside your region`);
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
