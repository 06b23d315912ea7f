import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, Role, type AccessScope } from '@yiyang/auth';
import { ConflictError, ForbiddenError, InvalidInputError, orNotFound, type Page, registerConstraintMeanings, requestContext, RuleViolationError, today, toSnakeCase } from '@yiyang/core';
import { ReportingLockService } from '@yiyang/reporting';
import type { DataSource, EntityManager } from 'typeorm';
import { FacilityClosed, FacilityCreated, FacilityProfileChanged, FacilityUpdated, InspectionRecorded, StarRatingRecorded } from './audit-events';
import { DESCRIPTION_FIELDS, OFFICIAL_FIELDS, PROFILE_FIELDS } from './domain/profile-fields';
import { GBT_37276_2018, starLevel, starScoreProblems } from './domain/star-rating';
import type { CloseFacilityDto, CreateFacilityDto, InspectionDto, ListFacilitiesQuery, StarRatingInputDto, UpdateFacilityDto } from './dto/facility.dto';
import { type FacilityRow, mapStarRating, type ProfileRow, type StarRatingViewDto } from './dto/facility-view.dto';
import { FacilitiesRepository } from './facilities.repository';
import type { FacilityInspection } from './facility-inspection.entity';
import type { Facility } from './facility.entity';
import { StayLedger } from './stay-ledger';

registerConstraintMeanings({
  facility_region_code_fkey: { field: 'regionCode', message: 'no such region' },
  facility_region_level_check: { field: 'regionCode', message: 'a facility stands in a township (乡镇/街道) or a village (村/社区), not a county or above' },
  facility_closed_after_opened: { field: 'on', message: 'a facility closes after it opened' },
  facility_profile_no_overlap: { field: 'effectiveFrom', message: 'overlaps another version of the profile' },
  facility_profile_private_operation_check: { field: 'operation', message: 'a private facility is operated socially' },
  facility_profile_managed_by_fkey: { field: 'managedByFacilityId', message: 'no such facility' },
  facility_inspection_year_key: { field: 'year', message: 'this year\'s inspection is already recorded' },
  facility_star_rating_date_key: { field: 'ratedOn', message: 'a rating on this date is already recorded' },
});

/** Facilities: registration, description and effective-dated profile, closing, inspections and star ratings. */
@Injectable()
export class FacilitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly facilities: FacilitiesRepository,
    private readonly stays: StayLedger,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
  ) {}

  async create(input: CreateFacilityDto, scope: AccessScope): Promise<FacilityRow> {
    scope.assertCoversRegion(input.regionCode);
    const id = await this.dataSource.transaction(async (manager) => {
      if (input.managedByFacilityId) await this.assertManagingCentre(input.managedByFacilityId, null, input.openedOn, scope, manager);
      await this.periods.assertOpen(manager, input.openedOn, 'openedOn');
      const facility = await this.facilities.insert(
        {
          name: input.name,
          regionCode: input.regionCode,
          address: input.address ?? null,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          phone: input.phone ?? null,
          openedOn: input.openedOn,
        },
        {
          validFrom: input.openedOn,
          validTo: null,
          changedBy: requestContext.current()?.userId ?? null,
          ...Object.fromEntries(PROFILE_FIELDS.filter((field) => input[field] !== undefined).map((field) => [field, input[field]])),
        },
        manager,
      );
      await this.audit.record(manager, FacilityCreated, { entityId: facility.id, after: { ...input } });
      return facility.id;
    });
    return (await this.facilities.findInScope(id, input.openedOn, scope, this.dataSource.manager))!;
  }

  list(query: ListFacilitiesQuery, scope: AccessScope): Promise<Page<FacilityRow>> {
    return this.facilities.list({ regionCode: query.regionCode, kind: query.kind, text: query.q }, query.date ?? today(), scope, query, this.dataSource.manager);
  }

  async get(id: string, date: string, scope: AccessScope): Promise<FacilityRow> {
    return orNotFound(await this.facilities.findInScope(id, date, scope, this.dataSource.manager), 'Facility', id);
  }

  /**
   * The facility, locked for the rest of the caller's transaction (`FacilitiesRepository.lockInScope`, the one
   * facility lock); 404 outside the caller's scope.
   */
  async lock(id: string, scope: AccessScope, manager: EntityManager): Promise<Facility> {
    return orNotFound(await this.facilities.lockInScope(id, scope, manager), 'Facility', id);
  }

  /**
   * Name, address, coordinates and phone change at once; profile attributes from `effectiveFrom` (default today),
   * splitting the profile version in force then, so the months before keep what they had.
   */
  async update(id: string, input: UpdateFacilityDto, scope: AccessScope): Promise<FacilityRow> {
    const profileChanges = PROFILE_FIELDS.filter((field) => input[field] !== undefined);
    const official = OFFICIAL_FIELDS.filter((field) => input[field] !== undefined);
    if (official.length && ![Role.Admin, Role.CivilAffairs].includes(scope.user.role)) {
      throw new ForbiddenError(`Only civil-affairs officers change ${official.join(', ')}`);
    }
    const effectiveFrom = input.effectiveFrom ?? today();
    await this.dataSource.transaction(async (manager) => {
      const facility = await this.lock(id, scope, manager);
      if (input.managedByFacilityId) await this.assertManagingCentre(input.managedByFacilityId, id, effectiveFrom, scope, manager);
      const descriptionChanges = DESCRIPTION_FIELDS.filter((field) => input[field] !== undefined);
      if (descriptionChanges.length) {
        const before = { ...facility };
        for (const field of descriptionChanges) (facility as unknown as Record<string, unknown>)[field] = input[field];
        await this.facilities.save(facility, manager);
        await this.audit.record(manager, FacilityUpdated, { entityId: id, before, after: { ...facility } });
      }
      if (profileChanges.length) {
        this.assertWithinOperation(facility, effectiveFrom, 'effectiveFrom');
        await this.periods.assertOpen(manager, effectiveFrom, 'effectiveFrom');
        const values = Object.fromEntries(profileChanges.map((field) => [toSnakeCase(field), input[field]]));
        const { before, after } = await this.facilities.changeProfileFrom(id, effectiveFrom, values, requestContext.current()?.userId ?? null, manager);
        await this.audit.record(manager, FacilityProfileChanged, { entityId: `${id}/${effectiveFrom}`, before, after });
      }
    });
    return this.get(id, profileChanges.length ? effectiveFrom : today(), scope);
  }

  async close(id: string, input: CloseFacilityDto, scope: AccessScope): Promise<FacilityRow> {
    await this.dataSource.transaction(async (manager) => {
      const facility = await this.lock(id, scope, manager);
      if (facility.closedOn) throw new RuleViolationError(`Facility ${id} is already closed from ${facility.closedOn}`);
      if (input.on <= facility.openedOn) throw InvalidInputError.of([{ field: 'on', message: `a facility closes after it opened (${facility.openedOn})` }]);
      await this.periods.assertOpen(manager, input.on, 'on');
      const staying = await this.stays.stayingFrom(id, input.on, manager);
      if (staying) throw new ConflictError(`${staying} person(s) still stay in the facility on ${input.on}: discharge or transfer them first`);
      const before = { ...facility };
      facility.closedOn = input.on;
      facility.closeReason = input.reason ?? null;
      await this.facilities.save(facility, manager);
      const droppedProfiles = await this.facilities.endProfilesOn(id, input.on, manager);
      await this.audit.record(manager, FacilityClosed, { entityId: id, before: { ...before, droppedProfiles }, after: { ...facility } });
    });
    return this.get(id, input.on, scope);
  }

  async history(id: string, scope: AccessScope): Promise<ProfileRow[]> {
    await this.get(id, today(), scope);
    return this.facilities.profiles(id, this.dataSource.manager);
  }

  async addInspection(id: string, input: InspectionDto, scope: AccessScope): Promise<FacilityInspection> {
    return this.dataSource.transaction(async (manager) => {
      await this.lock(id, scope, manager);
      const { inspectedOn } = input;
      await this.periods.assertOpen(manager, inspectedOn, 'inspectedOn');
      const inspection = await this.facilities.addInspection(
        { facilityId: id, year: input.year, passed: input.passed, score: input.score?.toString() ?? null, inspectedOn, notes: input.notes ?? null },
        manager,
      );
      await this.audit.record(manager, InspectionRecorded, { entityId: inspection.id, after: { facilityId: id, ...input } });
      return inspection;
    });
  }

  async inspections(id: string, scope: AccessScope): Promise<FacilityInspection[]> {
    await this.get(id, today(), scope);
    return this.facilities.inspections(id, this.dataSource.manager);
  }

  async addStarRating(id: string, input: StarRatingInputDto, scope: AccessScope): Promise<StarRatingViewDto> {
    const problems = starScoreProblems(input.scores);
    if (problems.length) {
      throw InvalidInputError.of(problems);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.lock(id, scope, manager);
      await this.periods.assertOpen(manager, input.ratedOn, 'ratedOn');
      const level = starLevel(input.scores);
      const rating = await this.facilities.addStarRating(
        {
          facilityId: id,
          ratedOn: input.ratedOn,
          edition: GBT_37276_2018.edition,
          environment: String(input.scores.environment),
          facilities: String(input.scores.facilities),
          operations: String(input.scores.operations),
          services: String(input.scores.services),
          starLevel: level,
        },
        manager,
      );
      await this.audit.record(manager, StarRatingRecorded, { entityId: rating.id, after: { facilityId: id, ...input, starLevel: level } });
      return mapStarRating(rating);
    });
  }

  async starRatings(id: string, scope: AccessScope): Promise<StarRatingViewDto[]> {
    await this.get(id, today(), scope);
    return (await this.facilities.starRatings(id, this.dataSource.manager)).map(mapStarRating);
  }

  /**
   * 中心带站: a station may be run by a township centre the caller can see, open as such on the date, and not by
   * itself. Unknown and out-of-scope ids get the same answer, so existence is not revealed. Checked in the write's
   * transaction, holding the centre until it ends.
   */
  private async assertManagingCentre(centreId: string, selfId: string | null, date: string, scope: AccessScope, manager: EntityManager): Promise<void> {
    const field = 'managedByFacilityId';
    if (centreId === selfId) throw InvalidInputError.of([{ field, message: 'a facility cannot run itself' }]);
    const centre = await this.facilities.findInScope(centreId, date, scope, manager, 'keyShare');
    if (centre?.kind !== 'township_centre') {
      throw InvalidInputError.of([{ field, message: `no township centre (乡镇综合养老服务中心) with this id is open in your scope on ${date}` }]);
    }
  }

  private assertWithinOperation(facility: Facility, date: string, field: string): void {
    if (date < facility.openedOn || (facility.closedOn && date >= facility.closedOn)) {
      throw InvalidInputError.of([{ field, message: `${date} lies outside the facility's operation (${facility.openedOn} – ${facility.closedOn ?? 'open'})` }]);
    }
  }
}
