import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import {
  AppConfig,
  ConflictError,
  InvalidInputError,
  isInRegionSubtree,
  mapPage,
  NotFoundError,
  orNotFound,
  regionLevelOf,
  registerConstraintMeanings,
  requestContext,
  RuleViolationError,
  today,
} from '@yiyang/core';
import { FacilitiesService, StayLedger } from '@yiyang/facilities';
import { ReportingLockService } from '@yiyang/reporting';
import QRCode from 'qrcode';
import type { DataSource, EntityManager } from 'typeorm';
import { BedBackInService, BedClosed, BedOutOfService, BedRebuilt, BedReclassified, BedsCreated, BedsImported } from './audit-events';
import type { BedCreationOrigin } from './bed-commissioning.entity';
import { BoardCache, unchangedBoardTag } from './board-cache';
import { BedsRepository, type NewBed } from './beds.repository';
import type { BedInputDto, BulkBedsDto, CloseBedDto, ListBedsQuery, OutOfServiceDto, RebuildBedDto, ReclassifyBedDto } from './dto/bed.dto';
import { type BedClassificationDto, type BedDto, type BedPageDto, type BedSummaryDto, type BulkBedsResultDto, mapBed, mapBedClassification } from './dto/bed-view.dto';

registerConstraintMeanings({
  bed_facility_code_key: { field: 'code', message: 'this bed code is already used in the facility' },
  bed_closed_after_opened: { field: 'on', message: 'a bed closes after it opened' },
  bed_classification_dementia_check: { field: 'dementiaCare', message: 'a dementia-care bed is also a care-type bed' },
  bed_classification_no_overlap: { field: 'effectiveFrom', message: 'overlaps another classification period' },
  bed_out_of_service_no_overlap: { field: 'from', message: 'the bed is already out of service for part of that period' },
  bed_home_region_code_fkey: { field: 'homeRegionCode', message: 'no such region' },
  bed_commissioning_bed_date_key: { field: 'commissionedOn', message: 'the bed already has a commissioning on this date' },
});

interface Window {
  openedOn: string;
  closedOn: string | null;
}

const covers = (window: Window, date: string) => date >= window.openedOn && (!window.closedOn || date < window.closedOn);

/**
 * The checks a bed needs before the facility is read — a room or a home region as its setting wants, a dementia-care
 * bed also care-type, each code once — reporting each problem by the bed's index; returns the beds as inserted.
 */
export function bedsToCreate(
  input: BedInputDto[],
  defaults: { openedOn?: string; origin?: BedCreationOrigin },
  report: (index: number, field: string, message: string) => void,
): NewBed[] {
  const seen = new Map<string, number>();
  return input.map((bed, index) => {
    const problem = (field: string, message: string) => report(index, field, message);
    const setting = bed.setting ?? 'institution';
    const openedOn = bed.openedOn ?? defaults.openedOn;
    if (!openedOn) problem('openedOn', 'openedOn is required (on the bed or for the whole request)');
    const origin = bed.origin ?? defaults.origin ?? 'existing';
    const commissionedOn = origin === 'existing' ? null : (bed.commissionedOn ?? openedOn ?? null);
    if (origin === 'existing' && bed.commissionedOn !== undefined) problem('commissionedOn', 'only a new or rebuilt bed has a commissioning date');
    if (commissionedOn && openedOn && commissionedOn < openedOn) {
      problem('commissionedOn', `a bed is commissioned on or after it opened (${openedOn})`);
    }
    if (setting === 'home') {
      if (!bed.homeRegionCode) problem('homeRegionCode', 'a home bed (家庭养老床位) needs the region of the home');
      else if (!['township', 'village'].includes(regionLevelOf(bed.homeRegionCode))) {
        problem('homeRegionCode', 'the home region is a township (乡镇/街道) or a village (村/社区)');
      }
      if (bed.room !== undefined) problem('room', 'a home bed has no room');
    } else {
      if (!bed.room) problem('room', `a ${setting} bed needs a room`);
      if (bed.homeRegionCode !== undefined) problem('homeRegionCode', 'only home beds have a home region');
    }
    if (bed.dementiaCare && !bed.careType) problem('dementiaCare', 'a dementia-care bed is also a care-type bed');
    if (seen.has(bed.code)) problem('code', `code ${bed.code} is given twice (also beds[${seen.get(bed.code)}])`);
    seen.set(bed.code, index);
    return {
      code: bed.code,
      room: bed.room ?? null,
      floor: bed.floor ?? null,
      setting,
      homeRegionCode: bed.homeRegionCode ?? null,
      openedOn: openedOn ?? '',
      careType: bed.careType,
      dementiaCare: bed.dementiaCare ?? false,
      origin,
      commissionedOn,
    };
  });
}

/** Beds of facilities: created, reclassified, taken out of service and closed from a date, never rewriting the past. */
@Injectable()
export class BedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly beds: BedsRepository,
    private readonly facilities: FacilitiesService,
    private readonly stays: StayLedger,
    private readonly audit: AuditService,
    private readonly periods: ReportingLockService,
    private readonly config: AppConfig,
    private readonly boardCache: BoardCache,
  ) {}

  async createOne(facilityId: string, input: BedInputDto, scope: AccessScope): Promise<BedDto> {
    const { items } = await this.create(facilityId, { beds: [input] }, scope, (index, field) => field);
    return items[0];
  }

  /** Bulk creation: every bed is checked first; then rooms, beds and classifications go in as three statements. */
  async create(
    facilityId: string,
    input: BulkBedsDto,
    scope: AccessScope,
    fieldName: (index: number, field: string) => string = (index, field) => `beds[${index}].${field}`,
  ): Promise<BulkBedsResultDto> {
    const problems: { field: string; message: string }[] = [];
    const report = (index: number, field: string, message: string) => problems.push({ field: fieldName(index, field), message });
    const beds = bedsToCreate(input.beds, { openedOn: input.openedOn, origin: input.origin }, report);
    if (problems.length) throw InvalidInputError.of(problems);
    return this.dataSource.transaction(async (manager) => {
      const { ids, roomsCreated, earliest } = await this.insertChecked(facilityId, beds, scope, manager, report, (taken) => {
        if (problems.length) throw InvalidInputError.of(problems);
        if (taken.length) {
          throw new ConflictError(
            `Bed code(s) already used in the facility: ${taken.map((t) => t.code).join(', ')}`,
            taken.map(({ index }) => ({ field: fieldName(index, 'code'), messages: ['this bed code is already used in the facility'] })),
          );
        }
      });
      return { created: ids.length, roomsCreated, items: (await this.beds.bedsAsOf(ids, earliest, manager)).map(mapBed) };
    });
  }

  /**
   * Within the caller's transaction: locks the facility (404 outside the scope), checks what needs it — a home bed
   * in the facility's county, opening within its operation, the reporting lock, codes not yet used — reporting each
   * problem by the bed's index, lets `refuse` throw for them, then inserts the beds and records one audit entry.
   */
  async insertChecked(
    facilityId: string,
    beds: NewBed[],
    scope: AccessScope,
    manager: EntityManager,
    report: (index: number, field: string, message: string) => void,
    refuse: (taken: { index: number; code: string }[]) => void,
    source?: { file: string; sha256: string },
  ): Promise<{ ids: string[]; roomsCreated: number; earliest: string }> {
    const facility = await this.facilities.lock(facilityId, scope, manager);
    beds.forEach((bed, index) => {
      // A facility serves homes in its own county (区/县); that is where its home beds count.
      if (bed.homeRegionCode && !isInRegionSubtree(bed.homeRegionCode, `${facility.regionCode.slice(0, 6)}000000`)) {
        report(index, 'homeRegionCode', `a home bed lies in the facility's county (${facility.regionCode.slice(0, 6)}000000)`);
      }
      if (!covers(facility, bed.openedOn)) {
        report(index, 'openedOn', `${bed.openedOn} lies outside the facility's operation (${facility.openedOn} – ${facility.closedOn ?? 'open'})`);
      } else if (bed.commissionedOn && !covers(facility, bed.commissionedOn)) {
        const operation = `${facility.openedOn} – ${facility.closedOn ?? 'open'}`;
        report(index, 'commissionedOn', `${bed.commissionedOn} lies outside the facility's operation (${operation})`);
      }
    });
    const earliest = beds.map((b) => b.openedOn).sort()[0];
    const usedCodes = new Set(await this.beds.existingCodes(facilityId, beds.map((b) => b.code), manager));
    refuse(beds.flatMap((bed, index) => (usedCodes.has(bed.code) ? [{ index, code: bed.code }] : [])));
    await this.periods.assertOpen(manager, earliest, 'openedOn');
    const { ids, roomsCreated } = await this.beds.insertBeds(facilityId, beds, requestContext.current()?.userId ?? null, manager);
    const batch = { facilityId, beds: ids.length, codes: beds.map((b) => b.code), roomsCreated };
    if (source) await this.audit.record(manager, BedsImported, { after: { ...batch, ...source } });
    else if (ids.length === 1) await this.audit.record(manager, BedsCreated, { entityId: ids[0], after: { facilityId, ...beds[0] } });
    else await this.audit.record(manager, BedsCreated, { after: batch });
    return { ids, roomsCreated, earliest };
  }

  async get(id: string, date: string, scope: AccessScope): Promise<BedDto> {
    const bed = orNotFound(await this.beds.findInScope(id, date, scope, this.dataSource.manager), 'Bed', id);
    return mapBed(bed);
  }

  /** The facility's beds on a date, filtered and paged; 404 for a facility outside the caller's scope, as the board. */
  async list(facilityId: string, query: ListBedsQuery, scope: AccessScope): Promise<BedPageDto> {
    await this.assertFacilityVisible(facilityId, scope);
    return mapPage(await this.beds.list(facilityId, query.date ?? today(), query, scope, this.dataSource.manager), mapBed);
  }

  async history(id: string, date: string, scope: AccessScope): Promise<BedClassificationDto[]> {
    await this.get(id, date, scope);
    return (await this.beds.classifications(id, this.dataSource.manager)).map(mapBedClassification);
  }

  /** Reclassifies from `effectiveFrom`: the months before keep their classification (and their indicator values). */
  async reclassify(id: string, input: ReclassifyBedDto, scope: AccessScope): Promise<BedDto> {
    const values: Record<string, boolean> = {};
    if (input.careType !== undefined) values.care_type = input.careType;
    if (input.dementiaCare !== undefined) values.dementia_care = input.dementiaCare;
    if (!Object.keys(values).length) throw InvalidInputError.of([{ field: 'careType', message: 'give careType, dementiaCare or both' }]);
    await this.dataSource.transaction(async (manager) => {
      const bed = await this.lockBed(id, scope, manager);
      this.assertOpenOn(bed, input.effectiveFrom, 'effectiveFrom');
      await this.periods.assertOpen(manager, input.effectiveFrom, 'effectiveFrom');
      const { before, after } = await this.beds.changeClassificationFrom(id, input.effectiveFrom, values, requestContext.current()?.userId ?? null, manager);
      await this.audit.record(manager, BedReclassified, { entityId: id, before, after });
    });
    return this.get(id, input.effectiveFrom, scope);
  }

  /**
   * 改建 A rebuild in place: the same bed (its id, classification periods and stays untouched) is recorded as put back
   * into service as rebuilt on `commissionedOn`, a day within its open period and its facility's operation.
   */
  async rebuild(id: string, input: RebuildBedDto, scope: AccessScope): Promise<BedDto> {
    await this.dataSource.transaction(async (manager) => {
      const bed = await this.lockBed(id, scope, manager);
      this.assertOpenOn(bed, input.commissionedOn, 'commissionedOn');
      await this.periods.assertOpen(manager, input.commissionedOn, 'commissionedOn');
      await this.beds.addCommissioning(id, 'rebuild', input.commissionedOn, input.notes ?? null, manager);
      await this.audit.record(manager, BedRebuilt, { entityId: id, after: { ...input } });
    });
    return this.get(id, input.commissionedOn, scope);
  }

  async close(id: string, input: CloseBedDto, scope: AccessScope): Promise<BedDto> {
    await this.dataSource.transaction(async (manager) => {
      const bed = await this.lockBed(id, scope, manager);
      if (bed.closedOn) throw new RuleViolationError(`Bed ${id} is already closed from ${bed.closedOn}`);
      if (input.on <= bed.openedOn) throw InvalidInputError.of([{ field: 'on', message: `a bed closes after it opened (${bed.openedOn})` }]);
      await this.periods.assertOpen(manager, input.on, 'on');
      await this.assertUnoccupied(id, input.on, null, manager);
      const { droppedClassifications, droppedOutOfService } = await this.beds.close(id, input.on, input.reason ?? null, manager);
      await this.audit.record(manager, BedClosed, {
        entityId: id,
        before: { closedOn: null, droppedClassifications, droppedOutOfService },
        after: { closedOn: input.on, reason: input.reason },
      });
    });
    return this.get(id, input.on, scope);
  }

  async outOfService(id: string, input: OutOfServiceDto, scope: AccessScope): Promise<BedDto> {
    if (input.until && input.until <= input.from) throw InvalidInputError.of([{ field: 'until', message: 'until comes after from' }]);
    await this.dataSource.transaction(async (manager) => {
      const bed = await this.lockBed(id, scope, manager);
      this.assertOpenOn(bed, input.from, 'from');
      await this.periods.assertOpen(manager, input.from, 'from');
      await this.assertUnoccupied(id, input.from, input.until ?? null, manager);
      await this.beds.addOutOfService(id, input.from, input.until ?? null, input.reason, requestContext.current()?.userId ?? null, manager);
      await this.audit.record(manager, BedOutOfService, { entityId: id, after: { ...input } });
    });
    return this.get(id, input.from, scope);
  }

  async backInService(id: string, on: string, scope: AccessScope): Promise<BedDto> {
    await this.dataSource.transaction(async (manager) => {
      const bed = await this.lockBed(id, scope, manager);
      this.assertOpenOn(bed, on, 'on');
      await this.periods.assertOpen(manager, on, 'on');
      const period = await this.beds.outOfServiceOn(id, on, manager);
      if (!period) throw new RuleViolationError(`Bed ${id} is not out of service on ${on}`);
      // A period that starts on the day itself was a mistake put right the same day: it goes, as if never entered
      // (its row stays in the audit entry). An earlier one ends on the day.
      if (period.from === on) await this.beds.withdrawOutOfService(id, on, manager);
      else await this.beds.endOutOfService(id, period.from, on, manager);
      await this.audit.record(manager, BedBackInService, { entityId: id, before: { outOfService: period }, after: { on } });
    });
    return this.get(id, on, scope);
  }

  /**
   * The bed board as JSON text and its entity tag, or only the tag when `ifNoneMatch` names the board as it is now
   * (a 304: decided on the version lookup alone, nothing rendered). A board rendered before is served from the cache
   * when the facility's board version (bumped by triggers on any change it shows) is still the one it was rendered at;
   * otherwise one SQL statement renders it. The version lookup carries the caller's scope, so neither the cache nor a
   * 304 ever answers outside it: the board is the same text for everyone who may see it.
   */
  async board(facilityId: string, date: string, scope: AccessScope, ifNoneMatch?: string): Promise<{ etag: string; json?: string }> {
    const version = await this.beds.boardVersion(facilityId, scope, this.dataSource.manager);
    if (version === null) throw new NotFoundError('Facility', facilityId);
    const unchanged = unchangedBoardTag(ifNoneMatch, version, date);
    if (unchanged !== undefined) return { etag: unchanged };
    const cached = this.boardCache.get(facilityId, date, version);
    if (cached !== undefined) return cached;
    const json = await this.beds.board(facilityId, date, scope, this.dataSource.manager);
    if (json === null) throw new NotFoundError('Facility', facilityId);
    // Cache under the version the board was rendered at (a write in between bumps it past this entry), until the
    // first reservation on it ends.
    const { boardVersion, freshUntil } = JSON.parse(json) as { boardVersion: string; freshUntil: string | null };
    return this.boardCache.set(facilityId, date, boardVersion, json, freshUntil ? new Date(freshUntil) : null);
  }

  async summary(date: string, regionCode: string | undefined, scope: AccessScope): Promise<BedSummaryDto> {
    return { date, regionCode: regionCode ?? null, rows: await this.beds.summary(date, regionCode, scope, this.dataSource.manager) };
  }

  /** 一床一人一码: an SVG QR code of the bed's page URL. */
  async qrCode(id: string, date: string, scope: AccessScope): Promise<string> {
    await this.get(id, date, scope);
    return QRCode.toString(`${this.config.publicBaseUrl}/beds/${id}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  }

  /** 404 unless the facility lies in the caller's scope (one indexed lookup). */
  async assertFacilityVisible(facilityId: string, scope: AccessScope): Promise<void> {
    if ((await this.beds.boardVersion(facilityId, scope, this.dataSource.manager)) === null) throw new NotFoundError('Facility', facilityId);
  }

  /** A bed cannot close, or leave service, while someone lies in it: discharge or transfer them first (409). */
  private async assertUnoccupied(bedId: string, from: string, until: string | null, manager: EntityManager): Promise<void> {
    const stay = await this.stays.firstStayOnBed(bedId, from, until, manager);
    if (stay) {
      throw new ConflictError(`The bed is occupied from ${stay.admittedOn}${stay.dischargedOn ? ` to ${stay.dischargedOn}` : ''}: discharge or transfer first`);
    }
  }

  private async lockBed(id: string, scope: AccessScope, manager: EntityManager) {
    return orNotFound(await this.beds.lockInScope(id, scope, manager), 'Bed', id);
  }

  private assertOpenOn(bed: Window & { facilityOpenedOn: string; facilityClosedOn: string | null }, date: string, field: string): void {
    if (!covers(bed, date)) throw InvalidInputError.of([{ field, message: `${date} lies outside the bed's open period (${bed.openedOn} – ${bed.closedOn ?? 'open'})` }]);
    if (!covers({ openedOn: bed.facilityOpenedOn, closedOn: bed.facilityClosedOn }, date)) {
      throw InvalidInputError.of([{ field, message: `${date} lies outside the facility's operation` }]);
    }
  }
}
