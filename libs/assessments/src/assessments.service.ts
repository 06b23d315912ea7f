import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { addMonths, InvalidInputError, NotFoundError, offsetOf, type Page, regionSubtreePrefix, registerConstraintMeanings, requestContext, today, toPage } from '@yiyang/core';
import { personRecordScope, RESIDENT_SCOPE, ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { Assessment } from './assessment.entity';
import { ASSESSMENT_REASON_LABELS, safetyRiskRegister } from './domain/safety-risks';
import { itemProblems, scoreAssessment } from './domain/scoring';
import type { AssessmentDto, CreateAssessmentDto, DueDto, DueQuery, IncidentDto, IncidentInputDto, SafetyRiskAssessmentDto, SafetyRiskAssessmentInputDto } from './dto/assessment.dto';
import { findInstrument } from './instruments';
import { Incident, SafetyRiskAssessment } from './safety.entity';

/** Which instruments' results count as a person's standing assessment for the due list (the current standard). */
const STANDING_INSTRUMENTS = ['gbt-42195-2022'];

registerConstraintMeanings({
  assessment_corrects_key: { field: 'corrects', message: 'that assessment has already been corrected' },
  incident_notified_after_check: { field: 'familyNotifiedAt', message: 'the family is told after the incident' },
});

/** Capability assessments (scored by the pure engine), the safety-risk register and incidents. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
        const [corrected] = await manager.query(`SELECT resident_id FROM assessment WHERE id = $1 FOR SHARE`, [input.corrects]);
        if (!corrected || corrected.resident_id !== input.residentId) {
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
      await manager.save(assessment);
      await this.audit.record(manager, {
        action: input.corrects ? 'correct' : 'create',
        entity: 'assessment',
        entityId: assessment.id,
        after: { residentId: input.residentId, instrument: instrument.code, finalLevel: result.finalLevel, corrects: input.corrects },
      });
      return assessment.id;
    });
    return (await this.history(input.residentId, scope, false)).find((assessment) => assessment.id === id)!;
  }

  /** A person's assessments, newest first; each says whether a later one corrected it. An audited read. */
  /**
   * A person's assessments, newest first, with corrections. Officers of the person's regions and the family see the
   * whole history; a facility that sees the person only because it serves them sees the assessment in force — the
   * level it cares for — not how the person was assessed before or elsewhere (PIPL data minimisation,
   * docs/security.md).
   */
  async history(residentId: string, scope: AccessScope, auditRead = true): Promise<AssessmentDto[]> {
    await this.residentInScope(residentId, scope, this.dataSource.manager);
    const wholeHistory = scope.where({ regionCode: RESIDENT_SCOPE.regionCode, residentId: RESIDENT_SCOPE.residentId });
    const { entities, raw } = await this.dataSource
      .createQueryBuilder(Assessment, 'a')
      .innerJoin('resident', 'r', 'r.id = a.resident_id')
      .addSelect((sub) => sub.select('c.id').from(Assessment, 'c').where('c.corrects_id = a.id'), 'corrected_by_id')
      .addSelect(wholeHistory.sql, 'whole_history')
      .where('a.resident_id = :residentId', { residentId })
      .setParameters(wholeHistory.params)
      .orderBy('a.assessed_on', 'DESC')
      .addOrderBy('a.signed_at', 'DESC')
      .getRawAndEntities();
    const rows = entities.map((entity, index) => ({ ...entity, correctedById: raw[index].corrected_by_id ?? null }));
    const inForce = raw[0]?.whole_history ? rows : rows.filter((row) => row.correctedById === null).slice(0, 1);
    if (auditRead) await this.audit.recordReads(this.dataSource.manager, 'resident_assessments', [residentId]);
    return inForce.map((row) => this.view(row));
  }

  /**
   * Who is due for (re-)assessment by `before`: people in scope whose latest standing assessment (one no later
   * assessment corrects) falls due by then, and people never assessed. Most overdue first.
   */
  async due(query: DueQuery, scope: AccessScope): Promise<Page<DueDto>> {
    const before = query.before ?? today();
    const params: unknown[] = [before, STANDING_INSTRUMENTS];
    const conditions = [scope.sql(RESIDENT_SCOPE, params), '(latest.next_due_on IS NULL OR latest.next_due_on <= $1)'];
    if (query.facilityId) {
      params.push(query.facilityId);
      conditions.push(`EXISTS (SELECT 1 FROM resident_facility rf WHERE rf.resident_id = r.id AND rf.facility_id = $${params.length})`);
    }
    if (query.regionCode) {
      params.push(`${regionSubtreePrefix(query.regionCode)}%`);
      conditions.push(`r.residence_region_code LIKE $${params.length}`);
    }
    const from = `FROM resident r
      LEFT JOIN LATERAL (
        SELECT a.assessed_on, a.final_level, a.next_due_on FROM assessment a
         WHERE a.resident_id = r.id AND a.instrument_code = ANY($2::text[])
           AND NOT EXISTS (SELECT 1 FROM assessment c WHERE c.corrects_id = a.id)
         ORDER BY a.assessed_on DESC, a.signed_at DESC LIMIT 1) latest ON true
      WHERE ${conditions.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows = await this.dataSource.query(
      `SELECT r.id AS "residentId", r.name, latest.assessed_on AS "lastAssessedOn", latest.final_level AS "finalLevel",
              latest.next_due_on AS "nextDueOn", (latest.next_due_on IS NULL OR latest.next_due_on < $${params.length + 1}::date) AS overdue
         ${from}
        ORDER BY latest.next_due_on NULLS FIRST, r.name, r.id
        LIMIT $${params.length + 2} OFFSET $${params.length + 3}`,
      [...params, today(), query.limit, offsetOf(query)],
    );
    await this.audit.recordReads(this.dataSource.manager, 'resident', rows.map((row: DueDto) => row.residentId));
    return toPage(rows, total, query);
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
      await manager.save(row);
      await this.audit.record(manager, { action: 'create', entity: 'safety_risk_assessment', entityId: row.id, after: { residentId, ...input } });
      return this.riskView(row);
    });
  }

  async safetyRisks(residentId: string, scope: AccessScope): Promise<SafetyRiskAssessmentDto[]> {
    await this.residentInScope(residentId, scope, this.dataSource.manager);
    const rows = await this.dataSource.getRepository(SafetyRiskAssessment).find({ where: { residentId }, order: { assessedOn: 'DESC', createdAt: 'DESC' } });
    await this.audit.recordReads(this.dataSource.manager, 'resident_safety_risks', [residentId]);
    return rows.map((row) => this.riskView(row));
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
      await manager.save(row);
      await this.audit.record(manager, { action: 'create', entity: 'incident', entityId: row.id, after: { residentId, ...input, facilityId } });
      return this.incidentView(row);
    });
  }

  async incidents(residentId: string, scope: AccessScope): Promise<IncidentDto[]> {
    await this.residentInScope(residentId, scope, this.dataSource.manager);
    // A facility serving the person sees the incidents it recorded, not those of the others.
    const visible = scope.where(personRecordScope({ facilityId: 'i.facility_id' }));
    const rows = await this.dataSource
      .createQueryBuilder(Incident, 'i')
      .innerJoin('resident', 'r', 'r.id = i.resident_id')
      .where('i.resident_id = :residentId', { residentId })
      .andWhere(visible.sql, visible.params)
      .orderBy('i.occurred_at', 'DESC')
      .getMany();
    await this.audit.recordReads(this.dataSource.manager, 'resident_incidents', [residentId]);
    return rows.map((row) => this.incidentView(row));
  }

  private async residentInScope(residentId: string, scope: AccessScope, manager: EntityManager, lock?: 'share'): Promise<{ birthDate: string }> {
    // Inside a write's transaction the person's row is share-locked, so scope and existence hold until commit.
    const resident = await this.residents.findInScope(residentId, scope, manager, lock);
    if (!resident) throw new NotFoundError('Resident', residentId);
    return resident;
  }

  private view(row: Assessment & { correctedById: string | null }): AssessmentDto {
    const instrument = findInstrument(row.instrumentCode, row.instrumentVersion);
    return {
      id: row.id,
      residentId: row.residentId,
      instrument: row.instrumentCode,
      instrumentVersion: row.instrumentVersion,
      reason: row.reason,
      reasonLabel: ASSESSMENT_REASON_LABELS[row.reason],
      assessedOn: row.assessedOn,
      assessorId: row.assessorId,
      items: row.items,
      conditions: row.conditions,
      domainScores: row.domainScores,
      total: row.total,
      preliminaryLevel: row.preliminaryLevel,
      adjustments: row.adjustments,
      finalLevel: row.finalLevel,
      finalLevelLabel: instrument?.levels[row.finalLevel] ?? { zh: String(row.finalLevel), en: String(row.finalLevel) },
      nextDueOn: row.nextDueOn,
      correctsId: row.correctsId,
      correctedById: row.correctedById,
      signedAt: new Date(row.signedAt).toISOString(),
    };
  }

  private riskView(row: SafetyRiskAssessment): SafetyRiskAssessmentDto {
    return {
      id: row.id,
      residentId: row.residentId,
      assessedOn: row.assessedOn,
      reason: row.reason,
      risks: row.risks as unknown as SafetyRiskAssessmentDto['risks'],
      assessorId: row.assessorId,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }

  private incidentView(row: Incident): IncidentDto {
    return {
      id: row.id,
      residentId: row.residentId,
      occurredAt: new Date(row.occurredAt).toISOString(),
      risk: row.risk,
      description: row.description,
      handling: row.handling ?? undefined,
      familyNotifiedAt: row.familyNotifiedAt ? new Date(row.familyNotifiedAt).toISOString() : undefined,
      notificationChannel: row.notificationChannel ?? undefined,
      notifiedPerson: row.notifiedPerson ?? undefined,
      facilityId: row.facilityId ?? undefined,
      reviewedAt: row.reviewedAt ? new Date(row.reviewedAt).toISOString() : null,
      reviewNotes: row.reviewNotes,
    };
  }
}

