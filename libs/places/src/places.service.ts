import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type AccessScope } from '@yiyang/auth';
import { createHash } from 'node:crypto';
import {
  AppConfig,
  InvalidInputError,
  lastDayOf,
  mapPage,
  monthOf,
  NotFoundError,
  orNotFound,
  readImportRecords,
  regionSubtreePrefix,
  today,
  type Page,
  type RecordImportResultDto,
  type UploadedFile,
} from '@yiyang/core';
import { FacilitiesRepository } from '@yiyang/facilities';
import { RegionsRepository } from '@yiyang/regions';
import type { DataSource, EntityManager } from 'typeorm';
import { CircleMinutesSet, CommunityPlaceSet, CommunityPlacesImported, FacilityLocationSet } from './audit-events';
import { DEFAULT_CIRCLE_MINUTES, inChina, toWgs84, type LatLng } from './domain/geo';
import {
  COMMUNITY_PLACES_IMPORT,
  mapCommunityPlace,
  mapFacilityLocation,
  type CircleMinutesDto,
  type CommunityPlaceDto,
  type CommunityPlaceInputDto,
  type FacilityLocationDto,
  type FacilityLocationInputDto,
  type PointInputDto,
  type ServiceCircleDto,
} from './dto/place.dto';
import { PlacesRepository, type NewCommunityPlace } from './places.repository';

/** Points on the map of facilities and communities, and the plan's service-circle minutes. */
@Injectable()
export class PlacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly places: PlacesRepository,
    private readonly facilities: FacilitiesRepository,
    private readonly regions: RegionsRepository,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  /** Sets where a facility stands: operators of the facility and officers over it. GCJ-02 is stored as WGS-84. */
  async putFacilityLocation(id: string, input: FacilityLocationInputDto, scope: AccessScope): Promise<FacilityLocationDto> {
    const point = storedPoint(input);
    return this.dataSource.transaction(async (manager) => {
      orNotFound(await this.facilities.lockInScope(id, scope, manager), 'Facility', id);
      const before = await this.facilities.location(id, manager);
      const saved = await this.facilities.setLocation(id, point, manager);
      await this.audit.record(manager, FacilityLocationSet, {
        entityId: id,
        before: before ? { lat: before.lat, lng: before.lng } : null,
        after: { ...point, given: { lat: input.lat, lng: input.lng, crs: input.crs } },
      });
      return mapFacilityLocation(saved);
    });
  }

  async facilityLocation(id: string, scope: AccessScope): Promise<FacilityLocationDto> {
    const manager = this.dataSource.manager;
    orNotFound(await this.facilities.findInScope(id, today(), scope, manager), 'Facility', id);
    return mapFacilityLocation(orNotFound(await this.facilities.location(id, manager), 'Facility location', id));
  }

  /** Sets a community's (村/社区) point and older population: officers over it. */
  async putCommunityPlace(code: string, input: CommunityPlaceInputDto, scope: AccessScope): Promise<CommunityPlaceDto> {
    const point = storedPoint(input);
    return this.dataSource.transaction(async (manager) => {
      await this.village(code, scope, manager);
      const before = (await this.places.communityPlaces([code], manager)).get(code);
      const place = { regionCode: code, ...point, olderPopulation: input.olderPopulation, populationYear: input.populationYear ?? null };
      await this.places.putCommunityPlaces([place], manager);
      await this.audit.record(manager, CommunityPlaceSet, {
        entityId: code,
        before: before ? { lat: before.lat, lng: before.lng, olderPopulation: before.olderPopulation } : null,
        after: { ...point, olderPopulation: place.olderPopulation, populationYear: place.populationYear },
      });
      return mapCommunityPlace((await this.places.communityPlace(code, manager))!);
    });
  }

  /**
   * Imports community points with their older population (CSV or XLSX), all or nothing: each row is checked as
   * PUT /regions/:code/place checks it, and its region must be a village or community in the caller's scope, once
   * in the file.
   */
  async importCommunityPlaces(file: UploadedFile | undefined, scope: AccessScope): Promise<RecordImportResultDto> {
    const { rows, problems } = await readImportRecords(file, COMMUNITY_PLACES_IMPORT, this.config.tabularLimits);
    return this.dataSource.transaction(async (manager) => {
      const regions = await this.regions.existing([...new Set(rows.map((row) => row.record.regionCode))], manager);
      const seen = new Set<string>();
      const places: NewCommunityPlace[] = [];
      for (const { line, record } of rows) {
        const code = record.regionCode;
        const problem = (field: string, message: string) => problems.add({ line, field, message });
        const region = regions.get(code);
        if (!region || !scope.covers({ regionCode: code })) problem('region_code', `region ${code} not found`);
        else if (region.level !== 'village') problem('region_code', `region ${code} is a ${region.level}, not a village or community (村/社区)`);
        else if (seen.has(code)) problem('region_code', `region ${code} is listed twice`);
        seen.add(code);
        const point = toWgs84({ lat: record.lat, lng: record.lng }, record.crs);
        if (!inChina(point)) problem('lat', 'the point must lie in China (lat 3–54, lng 73–136)');
        places.push({ regionCode: code, ...point, olderPopulation: record.olderPopulation, populationYear: record.populationYear ?? null });
      }
      problems.refuseIfAny();
      const before = await this.places.communityPlaces([...seen], manager);
      await this.places.putCommunityPlaces(places, manager);
      const result = { rows: rows.length, inserted: places.length - before.size };
      await this.audit.record(manager, CommunityPlacesImported, {
        after: { file: file?.originalname ?? null, sha256: file?.buffer ? createHash('sha256').update(file.buffer).digest('hex') : null, ...result, updated: before.size },
      });
      return result;
    });
  }

  /** The community points of a region in the caller's scope and below. */
  async communityPlaces(code: string, query: { page: number; limit: number }, scope: AccessScope): Promise<Page<CommunityPlaceDto>> {
    const manager = this.dataSource.manager;
    await this.region(code, scope, manager);
    return mapPage(await this.places.listCommunityPlaces(`${regionSubtreePrefix(code)}%`, query, manager), mapCommunityPlace);
  }

  async circleMinutes(code: string, scope: AccessScope): Promise<CircleMinutesDto> {
    const manager = this.dataSource.manager;
    await this.region(code, scope, manager);
    const applied = await this.places.circleMinutes(code, manager);
    return { regionCode: code, minutes: applied?.minutes ?? DEFAULT_CIRCLE_MINUTES, setAt: applied?.setAt ?? null };
  }

  /** Sets the plan's service-circle minutes of a region and below: officers over it. */
  async putCircleMinutes(code: string, minutes: number, scope: AccessScope): Promise<CircleMinutesDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.region(code, scope, manager, 'keyShare');
      const before = await this.places.ownCircleMinutes(code, manager);
      await this.places.putCircleMinutes(code, minutes, scope.user.id, manager);
      await this.audit.record(manager, CircleMinutesSet, { entityId: code, before: before === null ? null : { minutes: before }, after: { minutes } });
    });
    return this.circleMinutes(code, scope);
  }

  /**
   * The service circle of a region in a month, as the indicator service_circle_coverage reads it: every community on
   * the map with its circle and whether it is covered, and the facilities drawing circles, on the month's last day
   * (today for the month in progress).
   */
  async serviceCircle(code: string, month: string, scope: AccessScope): Promise<ServiceCircleDto> {
    const day = circleDayOf(month);
    const manager = this.dataSource.manager;
    await this.region(code, scope, manager);
    const prefix = `${regionSubtreePrefix(code)}%`;
    const speed = this.config.serviceCircleWalkingSpeed;
    const detour = this.config.serviceCircleDetourFactor;
    const circle = { speed, detour, minutes: DEFAULT_CIRCLE_MINUTES };
    const communities = await this.places.circleCommunities(prefix, day, circle, manager);
    const facilities = await this.places.circleFacilities(prefix, day, circle, manager);
    const older = (covered?: boolean) => communities.filter((c) => covered === undefined || c.covered === covered).reduce((sum, c) => sum + Number(c.olderPopulation), 0);
    return {
      regionCode: code,
      month,
      day,
      walkingMetresPerMinute: speed,
      detourFactor: detour,
      coveredOlderPopulation: older(true),
      olderPopulation: older(),
      communities: communities.map((c) => ({ ...mapCommunityPlace(c), minutes: Number(c.minutes), radiusMetres: Math.round(Number(c.radius) * 10) / 10, covered: c.covered })),
      facilities: facilities.map((f) => ({ ...f, lat: Number(f.lat), lng: Number(f.lng) })),
    };
  }

  /** A region the caller may see (its subtree): not in scope is 404. */
  private async region(code: string, scope: AccessScope, manager: EntityManager, lock?: 'keyShare') {
    if (!scope.covers({ regionCode: code })) throw new NotFoundError('Region', code);
    return orNotFound(await this.regions.findByCode(code, manager, lock), 'Region', code);
  }

  /** A village-level region (村/社区) the caller may see, locked against deletion. */
  private async village(code: string, scope: AccessScope, manager: EntityManager) {
    const region = await this.region(code, scope, manager, 'keyShare');
    if (region.level !== 'village') throw InvalidInputError.of([{ field: 'code', message: `region ${code} is a ${region.level}, not a village or community (村/社区)` }]);
    return region;
  }
}

/** The day a month's circle is read: its last (today for the month in progress); a month to come is refused. */
export function circleDayOf(month: string): string {
  const now = today();
  if (month > monthOf(now)) throw InvalidInputError.of([{ field: 'month', message: 'month must not be after the current month' }]);
  return month === monthOf(now) ? now : lastDayOf(month);
}

/** The point to store: converted to WGS-84 and inside China once converted. */
export function storedPoint(input: PointInputDto): LatLng {
  const point = toWgs84({ lat: input.lat, lng: input.lng }, input.crs);
  if (!inChina(point)) throw InvalidInputError.of([{ field: 'lat', message: 'the point must lie in China (lat 3–54, lng 73–136)' }]);
  return point;
}
