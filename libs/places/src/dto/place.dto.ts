import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDecimal, IsMonth, Omittable, PageDtoOf, PageQueryOf, REGION_CODE_PATTERN, type RecordImportSpec } from '@yiyang/core';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { CIRCLE_MINUTES_RANGE, CRS_LIST, type Crs } from '../domain/geo';
import type { FacilityPoint } from '@yiyang/facilities';
import type { CommunityPlace } from '../community-place.entity';

const CRS_DOC = '坐标系 · Coordinate system of lat/lng: wgs84 (GPS) or gcj02 (高德/腾讯地图); stored as WGS-84';

/** A point as given: latitude and longitude in one of the accepted coordinate systems. */
export class PointInputDto {
  @ApiProperty({ description: '纬度 · Latitude (China: 3–54)', example: 29.7178 })
  @IsDecimal(8)
  @Min(3)
  @Max(54)
  lat: number;

  @ApiProperty({ description: '经度 · Longitude (China: 73–136)', example: 106.6313 })
  @IsDecimal(8)
  @Min(73)
  @Max(136)
  lng: number;

  @ApiProperty({ enum: CRS_LIST, description: CRS_DOC, example: 'gcj02' })
  @IsIn(CRS_LIST)
  crs: Crs;
}

export class FacilityLocationInputDto extends PointInputDto {}

export class CommunityPlaceInputDto extends PointInputDto {
  @ApiProperty({ description: '60 岁及以上人口 · People aged 60 and over living there', example: 1240 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  olderPopulation: number;

  @ApiPropertyOptional({ description: '人口统计年份 · Year the older population was counted', example: 2025 })
  @Omittable()
  @IsInt()
  @Min(2000)
  @Max(2100)
  populationYear?: number;
}

/** A row of the community points import: the region code and what PUT /regions/:code/place takes. */
export class CommunityPlaceImportRowDto extends CommunityPlaceInputDto {
  @ApiProperty({ description: '村/社区区划代码 · Code of the village or community (12 digits)', example: '500112002001' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;
}

/** The columns of the community points list (区划代码, 纬度, 经度, 坐标系, 60岁以上人口, 年份). */
export const COMMUNITY_PLACES_IMPORT: RecordImportSpec<CommunityPlaceImportRowDto> = {
  dto: CommunityPlaceImportRowDto,
  columns: [
    { column: 'region_code', aliases: ['区划代码', '统计用区划代码', 'code'], field: 'regionCode', required: true },
    { column: 'lat', aliases: ['纬度', 'latitude'], field: 'lat', kind: 'number', required: true },
    { column: 'lng', aliases: ['经度', 'longitude', 'lon'], field: 'lng', kind: 'number', required: true },
    {
      column: 'crs',
      aliases: ['坐标系'],
      field: 'crs',
      required: true,
      words: { WGS84: 'wgs84', 'WGS-84': 'wgs84', 'wgs-84': 'wgs84', GPS: 'wgs84', gps: 'wgs84', GCJ02: 'gcj02', 'GCJ-02': 'gcj02', 'gcj-02': 'gcj02', 高德: 'gcj02', 腾讯: 'gcj02', 火星坐标: 'gcj02' },
    },
    { column: 'older_population', aliases: ['60岁以上人口', '老年人口', '60岁及以上人口'], field: 'olderPopulation', kind: 'number', required: true },
    { column: 'population_year', aliases: ['年份', '人口年份'], field: 'populationYear', kind: 'number' },
  ],
};

export class CircleMinutesInputDto {
  @ApiProperty({ description: '服务圈分钟数 · Walking minutes of the service circle for the region and below (5–60)', example: 15 })
  @IsInt()
  @Min(CIRCLE_MINUTES_RANGE.min)
  @Max(CIRCLE_MINUTES_RANGE.max)
  minutes: number;
}

export class ServiceCircleQuery {
  @ApiProperty({ description: '行政区划代码 · Region code (12 digits)', example: '500112000000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ description: '月份 · Month (YYYY-MM): facilities open on its last day (today for the month in progress)', example: '2025-06' })
  @IsMonth()
  month: string;
}

export class CommunityPlacesQuery extends PageQueryOf(50, 500) {}

export class FacilityLocationDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty({ description: 'WGS-84' }) lat: number;
  @ApiProperty({ description: 'WGS-84' }) lng: number;
  @ApiProperty() updatedAt: string;
}

export function mapFacilityLocation(row: FacilityPoint): FacilityLocationDto {
  return { facilityId: row.facilityId, lat: row.lat, lng: row.lng, updatedAt: new Date(row.updatedAt).toISOString() };
}

export interface CommunityPlaceRow {
  regionCode: string;
  name: string;
  kind: string | null;
  lat: number;
  lng: number;
  olderPopulation: number;
  populationYear: number | null;
}

export class CommunityPlaceDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, description: 'village 村 or community 社区' }) kind: string | null;
  @ApiProperty({ description: 'WGS-84' }) lat: number;
  @ApiProperty({ description: 'WGS-84' }) lng: number;
  @ApiProperty() olderPopulation: number;
  @ApiProperty({ nullable: true, type: Number }) populationYear: number | null;
}

export function mapCommunityPlace(row: CommunityPlaceRow | (CommunityPlace & { name: string; kind: string | null })): CommunityPlaceDto {
  return {
    regionCode: row.regionCode,
    name: row.name,
    kind: row.kind,
    lat: Number(row.lat),
    lng: Number(row.lng),
    olderPopulation: Number(row.olderPopulation),
    populationYear: row.populationYear === null ? null : Number(row.populationYear),
  };
}

export class CommunityPlacePageDto extends PageDtoOf(CommunityPlaceDto) {}

export class CircleMinutesDto {
  @ApiProperty() regionCode: string;
  @ApiProperty({ description: '本区划适用的分钟数 · Minutes that apply to the region' }) minutes: number;
  @ApiProperty({ nullable: true, type: String, description: '设定分钟数的区划（自身或上级），null 为默认 · Region that sets them (itself or above); null: the default' })
  setAt: string | null;
}

export class CircleCommunityDto extends CommunityPlaceDto {
  @ApiProperty({ description: '服务圈分钟数 · Minutes of its circle' }) minutes: number;
  @ApiProperty({ description: '服务圈直线半径（米） · Straight-line radius of its circle, metres' }) radiusMetres: number;
  @ApiProperty({ description: '在服务圈内 · Within reach of a counting facility' }) covered: boolean;
}

export class CircleFacilityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ description: 'WGS-84' }) lat: number;
  @ApiProperty({ description: 'WGS-84' }) lng: number;
}

export class ServiceCircleDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() month: string;
  @ApiProperty({ description: '读取日期 · The day the state is read' }) day: string;
  @ApiProperty({ description: '步行速度（米/分钟） · Walking speed, metres a minute' }) walkingMetresPerMinute: number;
  @ApiProperty({ description: '绕行系数 · Detour factor' }) detourFactor: number;
  @ApiProperty({ description: '服务圈内老年人 · Older people within a circle' }) coveredOlderPopulation: number;
  @ApiProperty({ description: '老年人合计 · Older people of the communities on the map' }) olderPopulation: number;
  @ApiProperty({ type: [CircleCommunityDto] }) communities: CircleCommunityDto[];
  @ApiProperty({ type: [CircleFacilityDto], description: '计入的设施 · Facilities drawing a circle (open, of a counting kind, located) in the region or reaching one of its communities' })
  facilities: CircleFacilityDto[];
}
