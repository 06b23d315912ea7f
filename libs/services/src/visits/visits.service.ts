import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { addDays, ForbiddenError, InvalidInputError, NotFoundError, requestContext, today } from '@yiyang/core';
import { RegionsRepository } from '@yiyang/regions';
import { ResidentsRepository } from '@yiyang/residents';
import type { DataSource, EntityManager } from 'typeorm';
import { ResidentVisited, VisitPlanSet } from '../audit-events';
import { periodOf } from '../domain/visit-period';
import {
  type DueVisitDto,
  type DueVisitsQuery,
  mapDueVisit,
  mapVisit,
  mapVisitRate,
  type VisitDto,
  type VisitInputDto,
  type VisitListQuery,
  type VisitPlanInputDto,
  type VisitRateDto,
  type VisitRateQuery,
} from './visit.dto';
import { VisitsRepository } from './visits.repository';

/**
 * 探访关爱: visit plans and records for older people living alone, empty-nest or left behind, the visits due, and
 * the visit rate of a region for a week or month — the data of the visit-rate indicator.
 */
@Injectable()
export class VisitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly visits: VisitsRepository,
    private readonly residents: ResidentsRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Sets who visits a person and how often. The plan stays with the facility that holds it: another facility serving
   * the person may not take it over (officers of the person's region and administrators may).
   */
  async setPlan(residentId: string, input: VisitPlanInputDto, scope: AccessScope): Promise<VisitPlanInputDto> {
    const facilityId = await this.dataSource.transaction(async (manager) => {
      await this.assertInScope(residentId, scope, manager);
      const visitingFacility = await this.residents.recordingFacility(residentId, input.facilityId, scope, manager);
      const before = await this.visits.lockPlan(residentId, manager);
      const written = await this.visits.upsertPlan({ residentId, frequency: input.frequency, facilityId: visitingFacility, updatedBy: requestContext.current()?.userId ?? null }, scope, manager);
      if (!written) throw new ForbiddenError("The person's visit plan is another facility's");
      await this.audit.record(manager, VisitPlanSet, {
        entityId: residentId,
        before: before && { frequency: before.frequency, facilityId: before.facilityId },
        after: { ...input, facilityId: visitingFacility },
      });
      return visitingFacility;
    });
    return { frequency: input.frequency, facilityId };
  }

  async record(residentId: string, input: VisitInputDto, scope: AccessScope): Promise<VisitDto> {
    const visitedAt = new Date(input.visitedAt);
    if (visitedAt.getTime() > Date.now()) throw InvalidInputError.of([{ field: 'visitedAt', message: 'a visit is recorded once it happened' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      await this.assertInScope(residentId, scope, manager);
      const facilityId = await this.residents.recordingFacility(residentId, input.facilityId, scope, manager);
      const visitId = await this.visits.insert(
        { residentId, visitedAt, mode: input.mode, outcome: input.outcome, notes: input.notes ?? null, facilityId, visitorId: requestContext.current()?.userId ?? null },
        manager,
      );
      await this.audit.record(manager, ResidentVisited, { entityId: residentId, after: { mode: input.mode, outcome: input.outcome } });
      return visitId;
    });
    return mapVisit((await this.visits.findById(id, this.dataSource.manager))!);
  }

  /** A person's visits, newest first: a facility serving them sees the visits it made, not those of other facilities. */
  async list(residentId: string, query: VisitListQuery, scope: AccessScope): Promise<VisitDto[]> {
    const manager = this.dataSource.manager;
    await this.assertInScope(residentId, scope, manager);
    await this.audit.recordReads(manager, 'resident', [residentId]);
    return (await this.visits.forResident(residentId, scope, query, manager)).map(mapVisit);
  }

  /** People on the roster in the caller's scope with no visit yet in their current period (week by default). */
  async due(query: DueVisitsQuery, scope: AccessScope): Promise<DueVisitDto[]> {
    const manager = this.dataSource.manager;
    const on = today();
    const filter = { on, weekFrom: periodOf('week', on).from, monthFrom: periodOf('month', on).from, regionCode: query.regionCode, facilityId: query.facilityId };
    const rows = await this.visits.due(filter, scope, query, manager);
    await this.audit.recordReads(manager, 'resident', rows.map((row) => row.residentId));
    return rows.map(mapDueVisit);
  }

  /**
   * The visit rate of a region over a week or month: people on the roster at the period's end, and how many of
   * them had a visit in it; per township too (numerators and denominators add up the tree, as KPIs need).
   */
  async rate(query: VisitRateQuery, scope: AccessScope): Promise<VisitRateDto> {
    const manager = this.dataSource.manager;
    const { from, to } = periodOf(query.period, query.on);
    const last = addDays(to, -1);
    const end = last < today() ? last : today();
    const townships = await this.visits.rateByTownship(query.regionCode, { from, to, end }, scope, manager);
    const region = await this.regions.findByCode(query.regionCode, manager);
    return mapVisitRate({ regionCode: query.regionCode, regionName: region?.name ?? null }, { period: query.period, from, to }, townships);
  }

  private async assertInScope(residentId: string, scope: AccessScope, manager: EntityManager): Promise<void> {
    if (!(await this.residents.findInScope(residentId, scope, manager))) throw new NotFoundError('Resident', residentId);
  }
}
