import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { addMonths, InvalidInputError, mapPage, orNotFound, type Page, registerConstraintMeanings, requestContext, today } from '@yiyang/core';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { Assessment } from './assessment.entity';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentCorrected, AssessmentCreated, IncidentRecorded, SafetyRisksAssessed } from './audit-events';
import { safetyRiskRegister } from './domain/safety-risks';
import { itemProblems, scoreAssessment } from './domain/scoring';
import { mapAssessment, mapDue, type AssessmentDto, type CreateAssessmentDto, type DueDto, type DueQuery } from './dto/assessment.dto';
import { mapIncident, type IncidentDto, type IncidentInputDto } from './dto/incident.dto';
import { mapSafetyRiskAssessment, type SafetyRiskAssessmentDto, type SafetyRiskAssessmentInputDto } from './dto/safety-risk.dto';
import { findInstrument } from './instruments';
import { Incident, SafetyRiskAssessment } from './safety.entity';

registerConstraintMeanings({
  assessment_corrects_key: { field: 'corrects', message: 'that assessment has already been corrected' },
  incident_notified_after_check: { field: 'familyNotifiedAt', message: 'the family is told after the incident' },
});

/** Capability assessments (scored by the pure engine), the safety-risk register and incidents. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assessments: AssessmentsRepository,
    private readonly residents: ResidentsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Scores and signs an assessment; a correction names the assessment it replaces. */
  async create(input: CreateAssessmentDto, scope: AccessScope): Promise<AssessmentDto> {
    const instrument = findInstrument(input.instrument, input.version);
    if (!instrument) throw InvalidInputError.of([{ field: 'version', message: `${input.instrument} has no version ${input.version}` }]);
    const problems = itemProblems(instrument, input.items);
    if (input.assessedOn > today()) problems.push({ field: 'assessedOn', message: 'an assessment cannot be dated in the future' });
    if (problems.length) throw InvalidInputError.of(problems);
    const result = scoreAssessment(instrument, input.items, input.conditions);
    const id = await this.dataSource.transaction(async (manager) => {
      const resident = await this.residentInScope(input.residentId, scope, manager, 'share');
      if (input.assessedOn < resident.birthDate) throw InvalidInputError.of([{ field: 'assessedOn', message: 'the person was not born yet' }]);
      if (input.corrects) {
        if ((await this.assessments.lockAssessmentResident(input.corrects, manager)) !== input.residentId) {
          throw InvalidInputError.of([{ field: 'corrects', message: 'no such assessment of this person' }]);
        }
      }
      const assessment = manager.create(Assessment, {
        residentId: input.residentId,
        instrumentCode: instrument.code,
        instrumentVersion: instrument.version,
        reason: input.reason,
        assessedOn: input.assessedOn,
        assessorId: requestContext.current()?.userId ?? null,
        items: input.items,
        conditions: { ...input.conditions },
        ...result,
        nextDueOn: addMonths(input.assessedOn, instrument.validityMonths),
        correctsId: input.corrects ?? null,
        notes: input.notes ?? null,
      });
      await this.assessments.insertAssessment(assessment, manager);
      await this.audit.record(manager, input.corrects ? AssessmentCorrected : AssessmentCreated, {
        entityId: assessment.id,
        after: { residentId: input.residentId, instrument: instrument.code, finalLevel: result.finalLevel, corrects: input.corrects },
      });
      return assessment.id;
    });
    return (await this.history(input.residentId, scope, false)).find((assessment) => assessment.id === id)!;
  }

  /**
   * A person's assessments, newest first, with corrections. Officers of the person's regions and the family see the
   * whole history; a facility that sees the person only because it serves them sees the assessment in force — the
   * level it cares for — not how the person was assessed before or elsewhere (PIPL data minimisation,
   * docs/security.md). An audited read.
   */
  async history(residentId: string, scope: AccessScope, auditRead = true): Promise<AssessmentDto[]> {
    await this.residentInScope(residentId, scope, this.dataSource.manager);
    const { rows, wholeHistory } = await this.assessments.history(residentId, scope, this.dataSource.manager);
    const inForce = wholeHistory ? rows : rows.filter((row) => row.correctedById === null).slice(0, 1);
    if (auditRead) await this.audit.recordReads(this.dataSource.manager, 'resident_assessments', [residentId]);
    return inForce.map(mapAssessment);
  }

  /**
   * Who is due for (re-)assessment by `before`: people in scope whose latest standing assessment (one no later
   * assessment corrects) falls due by then, and people never assessed. Most overdue first.
   */
  async due(query: DueQuery, scope: AccessScope): Promise<Page<DueDto>> {
    const page = await this.assessments.due(
      { before: query.before ?? today(), facilityId: query.facilityId, regionCode: query.regionCode },
      query,
      scope,
      this.dataSource.manager,
    );
    await this.audit.recordReads(this.dataSource.manager, 'resident', page.items.map((row) => row.residentId));
    return mapPage(page, mapDue);
  }

  async addSafetyRisks(residentId: string, input: SafetyRiskAssessmentInputDto, scope: AccessScope): Promise<SafetyRiskAssessmentDto> {
    if (input.assessedOn > today()) throw InvalidInputError.of([{ field: 'assessedOn', message: 'an assessment cannot be dated in the future' }]);
    return this.dataSource.transaction(async (manager) => {
      await this.residentInScope(residentId, scope, manager, 'share');
      const row = manager.create(SafetyRiskAssessment, {
        residentId,
        assessedOn: input.assessedOn,
        reason: input.reason,
        risks: safetyRiskRegister(input.risks),
        assessorId: requestContext.current()?.userId ?? null,
      });
      await this.assessments.insertSafetyRisks(row, manager);
      await this.audit.record(manager, SafetyRisksAssessed, { entityId: row.id, after: { residentId, ...input } });
      return mapSafetyRiskAssessment(row);
    });
  }

  async safetyRisks(residentId: string, scope: AccessScope): Promise<SafetyRiskAssessmentDto[]> {
    await this.residentInScope(residentId, scope, this.dataSource.manager);
    const rows = await this.assessments.safetyRisks(residentId, this.dataSource.manager);
    await this.audit.recordReads(this.dataSource.manager, 'resident_safety_risks', [residentId]);
    return rows.map(mapSafetyRiskAssessment);
  }

  async addIncident(residentId: string, input: IncidentInputDto, scope: AccessScope): Promise<IncidentDto> {
    const future = (['occurredAt', 'familyNotifiedAt'] as const).filter((field) => input[field] && Date.parse(input[field]!) > Date.now());
    if (future.length) throw InvalidInputError.of(future.map((field) => ({ field, message: `${field} cannot lie in the future` })));
    return this.dataSource.transaction(async (manager) => {
      await this.residentInScope(residentId, scope, manager, 'share');
      const facilityId = await this.residents.recordingFacility(residentId, input.facilityId, scope, manager);
      const row = manager.create(Incident, {
        residentId,
        facilityId,
        occurredAt: new Date(input.occurredAt),
        risk: input.risk,
        description: input.description,
        handling: input.handling ?? null,
        familyNotifiedAt: input.familyNotifiedAt ? new Date(input.familyNotifiedAt) : null,
        notificationChannel: input.notificationChannel ?? null,
        notifiedPerson: input.notifiedPerson ?? null,
        recordedBy: requestContext.current()?.userId ?? null,
      });
      await this.assessments.insertIncident(row, manager);
      await this.audit.record(manager, IncidentRecorded, { entityId: row.id, after: { residentId, ...input, facilityId } });
      return mapIncident(row);
    });
  }

  async incidents(residentId: string, scope: AccessScope): Promise<IncidentDto[]> {
    await this.residentInScope(residentId, scope, this.dataSource.manager);
    // A facility serving the person sees the incidents it recorded, not those of the others.
    const rows = await this.assessments.incidents(residentId, scope, this.dataSource.manager);
    await this.audit.recordReads(this.dataSource.manager, 'resident_incidents', [residentId]);
    return rows.map(mapIncident);
  }

  private async residentInScope(residentId: string, scope: AccessScope, manager: EntityManager, lock?: 'share'): Promise<{ birthDate: string }> {
    // Inside a write's transaction the person's row is share-locked, so scope and existence hold until commit.
    return orNotFound(await this.residents.findInScope(residentId, scope, manager, lock), 'Resident', residentId);
  }
}
