import { Injectable } from '@nestjs/common';
import type { AccessScope } from '@yiyang/auth';
import { type Page, regionSubtreePrefix, selectPage, SqlConditions } from '@yiyang/core';
import { personRecordScope, RESIDENT_SCOPE } from '@yiyang/residents';
import type { EntityManager } from 'typeorm';
import { Assessment } from './assessment.entity';
import type { AssessmentRow, DueRow } from './dto/assessment.dto';
import { Incident, SafetyRiskAssessment } from './safety.entity';
import { STANDING_INSTRUMENT } from './standing.sql';

export interface DueFilter {
  /** Due on or before this date. */
  before: string;
  facilityId?: string;
  regionCode?: string;
}

/** The SQL of capability assessments, the safety-risk register and incidents. */
@Injectable()
export class AssessmentsRepository {
  async insertAssessment(assessment: Assessment, manager: EntityManager): Promise<Assessment> {
    return manager.save(assessment);
  }

  /** Whose assessment this is, share-locked so it cannot go while a correction of it is signed; null if none. */
  async lockAssessmentResident(id: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT resident_id FROM assessment WHERE id = $1 FOR SHARE`, [id]);
    return row?.resident_id ?? null;
  }

  /**
   * A person's assessments, newest first, each with the assessment that corrected it, and whether the caller sees the
   * whole history (officers of the person's regions, the family) rather than the facility's view of it.
   */
  async history(residentId: string, scope: AccessScope, manager: EntityManager): Promise<{ rows: AssessmentRow[]; wholeHistory: boolean }> {
    const wholeHistory = scope.where({ regionCode: RESIDENT_SCOPE.regionCode, residentId: RESIDENT_SCOPE.residentId });
    const { entities, raw } = await manager
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
    return { rows, wholeHistory: Boolean(raw[0]?.whole_history) };
  }

  /**
   * People in scope whose latest standing assessment (one no later assessment corrects) falls due by `before`, and
   * people never assessed. Most overdue first.
   */
  async due(filter: DueFilter, page: { page: number; limit: number }, scope: AccessScope, manager: EntityManager): Promise<Page<DueRow>> {
    const conditions = new SqlConditions();
    const before = conditions.bind(filter.before);
    const instruments = conditions.bind([STANDING_INSTRUMENT]);
    conditions.raw(scope.sql(RESIDENT_SCOPE, conditions.params));
    conditions.raw(`(latest.next_due_on IS NULL OR latest.next_due_on <= ${before})`);
    if (filter.facilityId) {
      conditions.add((p) => `EXISTS (SELECT 1 FROM resident_facility rf WHERE rf.resident_id = r.id AND rf.facility_id = ${p})`, filter.facilityId);
    }
    if (filter.regionCode) conditions.add((p) => `r.residence_region_code LIKE ${p}`, `${regionSubtreePrefix(filter.regionCode)}%`);
    const from = `FROM resident r
      LEFT JOIN LATERAL (
        SELECT a.assessed_on, a.final_level, a.next_due_on FROM assessment a
         WHERE a.resident_id = r.id AND a.instrument_code = ANY(${instruments}::text[])
           AND NOT EXISTS (SELECT 1 FROM assessment c WHERE c.corrects_id = a.id)
         ORDER BY a.assessed_on DESC, a.signed_at DESC LIMIT 1) latest ON true
      WHERE ${conditions.sql}`;
    return selectPage<DueRow>(
      manager,
      {
        count: from,
        rows: `SELECT r.id AS "residentId", r.name, latest.assessed_on AS "lastAssessedOn", latest.final_level AS "finalLevel",
                      latest.next_due_on AS "nextDueOn"
                 ${from}
                ORDER BY latest.next_due_on NULLS FIRST, r.name, r.id`,
        params: conditions.params,
      },
      page,
    );
  }

  async insertSafetyRisks(assessment: SafetyRiskAssessment, manager: EntityManager): Promise<SafetyRiskAssessment> {
    return manager.save(assessment);
  }

  /** A person's safety-risk assessments, newest first. */
  safetyRisks(residentId: string, manager: EntityManager): Promise<SafetyRiskAssessment[]> {
    return manager.find(SafetyRiskAssessment, { where: { residentId }, order: { assessedOn: 'DESC', createdAt: 'DESC' } });
  }

  async insertIncident(incident: Incident, manager: EntityManager): Promise<Incident> {
    return manager.save(incident);
  }

  /** A person's incidents the caller may see, newest first: a facility serving the person sees those it recorded. */
  incidents(residentId: string, scope: AccessScope, manager: EntityManager): Promise<Incident[]> {
    const visible = scope.where(personRecordScope({ facilityId: 'i.facility_id' }));
    return manager
      .createQueryBuilder(Incident, 'i')
      .innerJoin('resident', 'r', 'r.id = i.resident_id')
      .where('i.resident_id = :residentId', { residentId })
      .andWhere(visible.sql, visible.params)
      .orderBy('i.occurred_at', 'DESC')
      .getMany();
  }
}
