import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMonth, REGION_CODE_PATTERN } from '@yiyang/core';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { CIRCLE_FACILITY_KINDS } from '../circle.sql';
import { CircleFacilityDto } from './place.dto';

/** Sites a proposal may hold at most. */
export const SITING_MAX_SITES = 20;

export class SitingQuery {
  @ApiProperty({ description: '乡镇（街道）或县（区）代码 · Code of a township or a county (12 digits)', example: '500112100000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({
    enum: CIRCLE_FACILITY_KINDS,
    description: '新设施类型（计入服务圈的类型） · Kind of the new facilities: one the service circle counts; the existing ones of this kind draw the circles already there',
    example: 'community_station',
  })
  @IsIn(CIRCLE_FACILITY_KINDS)
  facilityKind: (typeof CIRCLE_FACILITY_KINDS)[number];

  @ApiProperty({ description: `最多选址个数 · Sites to propose at most (1–${SITING_MAX_SITES})`, type: 'integer', minimum: 1, maximum: SITING_MAX_SITES, example: 3 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SITING_MAX_SITES)
  k: number;

  @ApiProperty({ description: '月份 · Month (YYYY-MM): the facilities open on its last day (today for the month in progress)', example: '2025-06' })
  @IsMonth()
  month: string;
}

export class SitingSiteDto {
  @ApiProperty({ description: '顺序 · Order of the pick, from 1' }) rank: number;
  @ApiProperty({ description: '候选点（村/社区）代码 · The community whose point is the site' }) regionCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '所在乡镇（街道） · Township it lies in' }) townshipCode: string;
  @ApiProperty() townshipName: string;
  @ApiProperty({ description: 'WGS-84' }) lat: number;
  @ApiProperty({ description: 'WGS-84' }) lng: number;
  @ApiProperty({ description: '新增覆盖老年人 · Older people this site brings into a circle that the sites before it did not' }) addedOlderPopulation: number;
  @ApiProperty({ description: '累计新增 · Older people brought in so far, this site included' }) cumulativeOlderPopulation: number;
  @ApiProperty({ nullable: true, type: Number, description: '此站点后的覆盖率（%） · Coverage after this site, per cent' }) shareAfter: number | null;
  @ApiProperty({ type: [String], description: '新覆盖的村/社区 · Communities it brings in' }) brings: string[];
}

export class SitingCommunityDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'WGS-84' }) lat: number;
  @ApiProperty({ description: 'WGS-84' }) lng: number;
  @ApiProperty() olderPopulation: number;
  @ApiProperty({ description: '服务圈直线半径（米） · Straight-line radius of its circle, metres' }) radiusMetres: number;
}

export class SitingCoverageDto {
  @ApiProperty({ description: '服务圈内老年人 · Older people within a circle of the kind' }) coveredOlderPopulation: number;
  @ApiProperty({ nullable: true, type: Number, description: '覆盖率（%） · Their share of the older people on the map, per cent; null when none' })
  share: number | null;
}

/** A change of a what-if scenario, as POST /kpi/scenarios/evaluate takes it. */
export class SitingScenarioChangeDto {
  @ApiProperty({ enum: ['add_centre', 'open_facility'], description: 'add_centre: 新增综合养老服务中心 (township centres); open_facility: 新开设施 (other kinds)' })
  kind: 'add_centre' | 'open_facility';

  @ApiProperty() townshipCode: string;
  @ApiProperty({ format: 'date', description: '生效日期：所选月份的下一月首日 · From the first day of the month after `month`' }) from: string;
  @ApiPropertyOptional({ enum: CIRCLE_FACILITY_KINDS }) facilityKind?: string;
  @ApiPropertyOptional({ description: '床位（0） · Beds (none)' }) beds?: number;
  @ApiPropertyOptional({ description: '护理型床位（0） · Care-type beds (none)' }) careBeds?: number;
  @ApiPropertyOptional({ description: '名称 · Name, after the community it stands in' }) name?: string;
}

export class SitingDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() month: string;
  @ApiProperty({ description: '读取日期 · The day the facilities are read' }) day: string;
  @ApiProperty({ enum: CIRCLE_FACILITY_KINDS }) facilityKind: string;
  @ApiProperty({ description: '最多选址个数 · Sites asked for at most' }) k: number;
  @ApiProperty({ description: '步行速度（米/分钟） · Walking speed, metres a minute' }) walkingMetresPerMinute: number;
  @ApiProperty({ description: '绕行系数 · Detour factor' }) detourFactor: number;
  @ApiProperty({ description: '本区划的服务圈分钟数 · Minutes of the circle that apply to the region' }) minutes: number;
  @ApiProperty({ description: '服务圈直线半径（米）= 分钟 × 步速 ÷ 绕行系数 · Radius used, metres (a community under a region setting other minutes keeps its own)' })
  radiusMetres: number;
  @ApiProperty({ description: '地图上的老年人合计 · Older people of the communities on the map' }) olderPopulation: number;
  @ApiProperty({ type: SitingCoverageDto, description: '选址前 · Before the proposal' }) before: SitingCoverageDto;
  @ApiProperty({ type: SitingCoverageDto, description: '选址后 · After the proposal' }) after: SitingCoverageDto;
  @ApiProperty({ type: [SitingSiteDto], description: '建议站点，按选取顺序 · Proposed sites in the order picked (greedy)' }) sites: SitingSiteDto[];
  @ApiProperty({ type: [CircleFacilityDto], description: '该类型的现有设施 · Existing facilities of the kind drawing a circle here' }) facilities: CircleFacilityDto[];
  @ApiProperty({ type: [SitingCommunityDto], description: '选址后仍不在服务圈内的村/社区，人口多者在前 · Communities still outside every circle afterwards, heaviest first' })
  leftOut: SitingCommunityDto[];
  @ApiProperty({ type: [SitingScenarioChangeDto], description: '转为情景的变更 · The proposal as what-if scenario changes' }) changes: SitingScenarioChangeDto[];
}
