import { ApiProperty } from '@nestjs/swagger';
import { LabelDto, OptionalOneOf, PageDtoOf, PageQueryDto, REGION_CODE_PATTERN, REGION_LEVELS, type RegionLevel } from '@yiyang/core';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { REGION_KIND_LABELS, REGION_KINDS, REGION_LEVEL_LABELS, type RegionKind } from '../domain/region-rules';
import { POPULATION_BASES, type PopulationBasis } from '../region-population.entity';
import type { Region } from '../region.entity';
import type { EffectivePopulation } from '../regions.repository';

const CODE_DOC = '12 位统计用区划代码 · 12-digit statistical division code';

/** A region code in a URL path. */
export class RegionCodeParam {
  @ApiProperty({ description: CODE_DOC, example: '500112000000' })
  @Matches(REGION_CODE_PATTERN, { message: 'code must be a 12-digit statistical division code' })
  code: string;
}

export class CreateRegionDto {
  @ApiProperty({ description: CODE_DOC, example: '500112002000' })
  @IsString()
  @Matches(REGION_CODE_PATTERN, { message: 'code must be a 12-digit statistical division code' })
  code: string;

  @ApiProperty({ description: '名称 · Name', example: '双龙湖街道' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: REGION_LEVELS, description: '层级 · Level' })
  @IsIn(REGION_LEVELS)
  level: RegionLevel;

  @ApiProperty({ description: `上级区划代码（省级为空）· Parent's code (none for a province). ${CODE_DOC}`, required: false, type: String, nullable: true, example: '500112000000' })
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @Matches(REGION_CODE_PATTERN, { message: 'parentCode must be a 12-digit statistical division code' })
  parentCode?: string | null;

  @ApiProperty({ enum: REGION_KINDS, required: false, description: '类型：乡镇级 street/town/township/other，村级 village/community/other · Kind' })
  @ValidateIf((_object, value) => value !== undefined && value !== null)
  @IsIn(REGION_KINDS)
  kind?: RegionKind | null;
}

export class ListRegionsQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: `直接下级：上级代码 · Children of this region. ${CODE_DOC}` })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'parentCode must be a 12-digit statistical division code' })
  parentCode?: string;

  @ApiProperty({ required: false, description: `该区划及其全部下级 · This region and its whole subtree. ${CODE_DOC}` })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'within must be a 12-digit statistical division code' })
  within?: string;

  @OptionalOneOf(REGION_LEVELS, '层级 · Level')
  level?: RegionLevel;

  @ApiProperty({ required: false, description: '名称包含 · Part of the name' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class RegionDto {
  @ApiProperty({ description: CODE_DOC }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: REGION_LEVELS }) level: RegionLevel;
  @ApiProperty({ type: LabelDto }) levelLabel: LabelDto;
  @ApiProperty({ enum: REGION_KINDS, nullable: true }) kind: RegionKind | null;
  @ApiProperty({ type: LabelDto, nullable: true }) kindLabel: LabelDto | null;
  @ApiProperty({ nullable: true, type: String }) parentCode: string | null;
}

export function mapRegion(region: Region): RegionDto {
  return {
    code: region.code,
    name: region.name,
    level: region.level,
    levelLabel: REGION_LEVEL_LABELS[region.level],
    kind: region.kind,
    kindLabel: region.kind ? REGION_KIND_LABELS[region.kind] : null,
    parentCode: region.parentCode,
  };
}

export class RegionPageDto extends PageDtoOf(RegionDto) {}

export class PutPopulationDto {
  @ApiProperty({ description: '60 岁及以上人口 · People aged 60+', example: 208200, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(200_000_000)
  age60Plus: number;

  @ApiProperty({ description: '65 岁及以上人口 · People aged 65+', required: false, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200_000_000)
  age65Plus?: number;

  @ApiProperty({ description: '80 岁及以上人口 · People aged 80+', required: false, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200_000_000)
  age80Plus?: number;

  @ApiProperty({ enum: POPULATION_BASES, description: '口径：registered 户籍 / resident 常住 · Basis' })
  @IsIn(POPULATION_BASES)
  basis: PopulationBasis;

  @ApiProperty({ required: false, description: '来源 · Source (census table, 户籍 statistics…)' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  source?: string;
}

export class PopulationQuery {
  @ApiProperty({ enum: POPULATION_BASES, required: false, default: 'resident', description: '口径 · Basis' })
  @IsOptional()
  @IsIn(POPULATION_BASES)
  basis: PopulationBasis = 'resident';
}

export class PopulationImportQuery {
  @ApiProperty({ description: '年份（文件无 year 列时）· Year, when the file has no year column', required: false, example: 2020 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1949)
  @Max(2100)
  year?: number;

  @OptionalOneOf(POPULATION_BASES, '口径（文件无 basis 列时）· Basis, when the file has no basis column')
  basis?: PopulationBasis;
}

export class PopulationDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: POPULATION_BASES }) basis: PopulationBasis;
  @ApiProperty() age60Plus: number;
  @ApiProperty({ nullable: true, type: Number }) age65Plus: number | null;
  @ApiProperty({ nullable: true, type: Number }) age80Plus: number | null;
  @ApiProperty({ description: '是否为本区划自有数据；否则为下级合计 · Own figure, or the sum of the nearest regions below that have one' })
  own: boolean;
  @ApiProperty({ description: '计入的区划数 · Regions whose figures make up the value' })
  regionsCounted: number;
}

export function mapPopulation(regionCode: string, year: number, basis: PopulationBasis, value: EffectivePopulation): PopulationDto {
  return { regionCode, year, basis, ...value };
}

export class ImportResultDto {
  @ApiProperty({ description: '文件数据行数 · Data rows in the file' }) rows: number;
  @ApiProperty({ description: '新增 · Inserted' }) inserted: number;
  @ApiProperty({ description: '修改 · Updated' }) updated: number;
  @ApiProperty({ description: '未变 · Unchanged' }) unchanged: number;
}
