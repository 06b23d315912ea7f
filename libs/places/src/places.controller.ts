import { Body, Controller, Param, Put, Query, UploadedFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportList, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, RecordImportResultDto, uuidParam, type UploadedFile as TabularFile } from '@yiyang/core';
import { RegionCodeParam } from '@yiyang/regions';
import {
  CircleMinutesDto,
  COMMUNITY_PLACES_IMPORT,
  CircleMinutesInputDto,
  CommunityPlaceDto,
  CommunityPlaceInputDto,
  CommunityPlacePageDto,
  CommunityPlacesQuery,
  FacilityLocationDto,
  FacilityLocationInputDto,
  ServiceCircleDto,
  ServiceCircleQuery,
} from './dto/place.dto';
import { PlacesService } from './places.service';

const EDITORS = [Role.Admin, Role.CivilAffairs, Role.Operator] as const;
const OFFICIALS = [Role.Admin, Role.CivilAffairs] as const;

@ApiTags('facilities 养老机构与设施')
@ApiBearerAuth()
@Controller('facilities')
export class FacilityLocationController {
  constructor(private readonly places: PlacesService) {}

  @Put(':id/location')
  @ApiErrors(400)
  @Roles(...EDITORS)
  @ApiOperation({
    summary: '设施位置 · Set where a facility stands',
    description: 'lat/lng in WGS-84 or GCJ-02 (高德/腾讯地图), stored as WGS-84; the facility\'s operators and the officers over it.',
  })
  @ApiOkResponse({ type: FacilityLocationDto })
  putLocation(@Param('id', uuidParam('id')) id: string, @Body() body: FacilityLocationInputDto, @Scope() scope: AccessScope): Promise<FacilityLocationDto> {
    return this.places.putFacilityLocation(id, body, scope);
  }

  @Read(':id/location', FacilityLocationDto, { summary: '设施位置 · Where a facility stands (WGS-84)', description: '404 when no point is recorded yet.' })
  location(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<FacilityLocationDto> {
    return this.places.facilityLocation(id, scope);
  }
}

@ApiTags('regions 行政区划')
@ApiBearerAuth()
@Controller('regions')
export class CommunityPlacesController {
  constructor(private readonly places: PlacesService) {}

  @ImportList('places/import', COMMUNITY_PLACES_IMPORT, {
    roles: OFFICIALS,
    summary: '导入社区位置与老年人口 · Import community points with their older population (CSV or XLSX)',
    description: 'One row per 村/社区 of the caller\'s subtree: its point (WGS-84 or GCJ-02, stored as WGS-84) and 60+ population; a listed community\'s point is replaced.',
  })
  importPlaces(@UploadedFile() file: TabularFile | undefined, @Scope() scope: AccessScope): Promise<RecordImportResultDto> {
    return this.places.importCommunityPlaces(file, scope);
  }

  @Put(':code/place')
  @ApiErrors(400)
  @Roles(...OFFICIALS)
  @ApiOperation({
    summary: '社区位置与老年人口 · Set a community\'s point and older population',
    description: 'For a 村/社区 (village-level region): lat/lng in WGS-84 or GCJ-02, stored as WGS-84, and its 60+ population.',
  })
  @ApiOkResponse({ type: CommunityPlaceDto })
  putPlace(@Param() { code }: RegionCodeParam, @Body() body: CommunityPlaceInputDto, @Scope() scope: AccessScope): Promise<CommunityPlaceDto> {
    return this.places.putCommunityPlace(code, body, scope);
  }

  @Read(':code/places', CommunityPlacePageDto, { roles: OFFICIALS, summary: '社区位置列表 · Community points of a region and below' })
  communityPlaces(@Param() { code }: RegionCodeParam, @Query() query: CommunityPlacesQuery, @Scope() scope: AccessScope): Promise<CommunityPlacePageDto> {
    return this.places.communityPlaces(code, query, scope);
  }

  @Read(':code/service-circle-minutes', CircleMinutesDto, {
    roles: OFFICIALS,
    summary: '服务圈分钟数 · Minutes of the service circle that apply',
    description: 'The region\'s own setting or the nearest above it; 15 where none is set.',
  })
  circleMinutes(@Param() { code }: RegionCodeParam, @Scope() scope: AccessScope): Promise<CircleMinutesDto> {
    return this.places.circleMinutes(code, scope);
  }

  @Put(':code/service-circle-minutes')
  @ApiErrors(400)
  @Roles(...OFFICIALS)
  @ApiOperation({ summary: '设定服务圈分钟数 · Set the plan\'s service-circle minutes', description: 'For the region and everything below it that sets none (渝北 15, 舟山 20).' })
  @ApiOkResponse({ type: CircleMinutesDto })
  putCircleMinutes(@Param() { code }: RegionCodeParam, @Body() body: CircleMinutesInputDto, @Scope() scope: AccessScope): Promise<CircleMinutesDto> {
    return this.places.putCircleMinutes(code, body.minutes, scope);
  }
}

@ApiTags('kpi 规划指标')
@ApiBearerAuth()
@Controller('kpi')
export class ServiceCircleController {
  constructor(private readonly places: PlacesService) {}

  @Read('service-circle', ServiceCircleDto, {
    roles: OFFICIALS,
    summary: '养老服务圈 · The service circle of a region in a month',
    description: 'Every community on the map with its circle, older population and whether it is covered, and the facilities drawing circles: what service_circle_coverage counts.',
  })
  serviceCircle(@Query() query: ServiceCircleQuery, @Scope() scope: AccessScope): Promise<ServiceCircleDto> {
    return this.places.serviceCircle(query.regionCode, query.month, scope);
  }
}
