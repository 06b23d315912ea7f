import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMonth, Omittable, PageDtoOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BINDING_LABELS, STATUS_LABELS, type Attainment, type AttainmentStatus, type Binding, type Comparator, type RegionValue } from '../domain/attainment';
import type { IndicatorDefinition } from '../domain/indicators';
import type { RollupRow } from '../kpi-rollups.repository';
import type { TargetRow } from '../kpi-targets.repository';

const COMPARATORS = ['>=', '<=', '=', '>', '<'] as const;
const BINDINGS = ['binding', 'expected', 'not_stated'] as const;
const STATUSES = ['met', 'on_track', 'at_risk', 'off_track', 'no_target', 'no_data'] as const;

export class KpiQuery {
  @ApiProperty({ description: '行政区划代码 · Region code (12 digits)', example: '500112000000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ description: '月份 · Month (YYYY-MM); the current month is computed live, closed months come from snapshots', example: '2020-12' })
  @IsMonth()
  month: string;
}

export class SeriesQuery {
  @ApiProperty({ description: '行政区划代码 · Region code', example: '500112000000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ description: '起始月份 · First month', example: '2020-12' })
  @IsMonth()
  from: string;

  @ApiProperty({ description: '截止月份 · Last month (at most the current one)', example: '2026-11' })
  @IsMonth()
  to: string;
}

export class TargetSourceDto {
  @ApiPropertyOptional({ description: '规划文件 · Plan document (file name or title)', example: '002_16b7f2ef274e45db.txt' })
  @Omittable()
  @IsString()
  @Length(1, 200)
  file?: string;

  @ApiProperty({ description: '规划原文 · The plan sentence, verbatim', example: '养老机构护理型床位占比不低于60%' })
  @IsString()
  @Length(1, 2000)
  quote: string;
}

export class PutTargetDto {
  @ApiProperty({ description: '行政区划代码 · Region whose plan sets the target', example: '500112000000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ description: '指标 · Indicator id (GET /api/v1/kpi/indicators)', example: 'care_type_bed_share' })
  @IsString()
  @Length(1, 100)
  indicator: string;

  @ApiProperty({ description: '目标年份 · Target year', example: 2025 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ enum: COMPARATORS, description: '比较 · Comparator', example: '>=' })
  @IsIn(COMPARATORS)
  comparator: Comparator;

  @ApiProperty({ description: '目标值 · Target value in the indicator unit (60 for 60 %)', example: 60 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-1_000_000_000)
  @Max(1_000_000_000)
  value: number;

  @ApiProperty({ enum: BINDINGS, description: '指标属性 · 约束性 binding, 预期性 expected, or not stated', example: 'binding' })
  @IsIn(BINDINGS)
  binding: Binding;

  @ApiPropertyOptional({ type: TargetSourceDto, description: '出处 · Where the plan says it' })
  @Omittable()
  @IsObject()
  @ValidateNested()
  @Type(() => TargetSourceDto)
  source?: TargetSourceDto;

  @ApiPropertyOptional({ description: '备注 · Note' })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class TargetDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() indicator: string;
  @ApiProperty() year: number;
  @ApiProperty({ enum: COMPARATORS }) comparator: Comparator;
  @ApiProperty() value: number;
  @ApiProperty({ enum: BINDINGS }) binding: Binding;
  @ApiProperty({ example: '约束性' }) bindingZh: string;
  @ApiProperty({ nullable: true, type: String }) sourceFile: string | null;
  @ApiProperty({ nullable: true, type: String }) sourceQuote: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) setAt: Date;
}

export function mapTarget(row: TargetRow): TargetDto {
  return {
    regionCode: row.regionCode,
    indicator: row.indicator,
    year: row.year,
    comparator: row.comparator,
    value: row.value,
    binding: row.binding,
    bindingZh: BINDING_LABELS[row.binding].zh,
    sourceFile: row.sourceFile,
    sourceQuote: row.sourceQuote,
    note: row.note,
    setAt: row.setAt,
  };
}

export class TargetListQuery {
  @ApiPropertyOptional({ description: '行政区划代码 · Only this region’s targets' })
  @Omittable()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;
}

export class IndicatorDto {
  @ApiProperty({ example: 'care_type_bed_share' }) id: string;
  @ApiProperty({ description: 'kpi-catalog.yaml id this measures (a segment of it when the id has a suffix)' }) catalogId: string;
  @ApiProperty({ example: '养老机构护理型床位占比' }) nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty({ example: '%' }) unitZh: string;
  @ApiProperty() unitEn: string;
  @ApiProperty({ enum: ['at_least', 'at_most', 'exact', 'grow'] }) direction: string;
  @ApiProperty({ enum: ['stock', 'flow'], description: 'stock: state on the month’s last day (月末存量); flow: events in the month (当月流量)' }) rollup: string;
  @ApiProperty({ enum: ['facilities', 'beds', 'staff', 'tekun', 'roster', 'orders', 'townships', 'villages'] }) source: string;
  @ApiProperty({ enum: ['none', 'sum', 'population', 'days'], description: 'What the numerator is divided by' }) denominatorKind: string;
  @ApiProperty() scale: number;
  @ApiProperty() decimals: number;
  @ApiProperty({ description: 'Targets hold for every county-level unit' }) perCounty: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'Cumulative targets add the months from this one' }) cumulativeFrom: string | null;
}

export function mapIndicator(definition: IndicatorDefinition): IndicatorDto {
  return {
    id: definition.id,
    catalogId: definition.catalogId,
    nameZh: definition.nameZh,
    nameEn: definition.nameEn,
    unitZh: definition.unitZh,
    unitEn: definition.unitEn,
    direction: definition.direction,
    rollup: definition.rollup,
    source: definition.source,
    denominatorKind: definition.denominator.kind,
    scale: definition.scale,
    decimals: definition.decimals,
    perCounty: Boolean(definition.perCounty),
    cumulativeFrom: definition.cumulativeFrom ?? null,
  };
}

class AttainmentTargetDto {
  @ApiProperty() year: number;
  @ApiProperty({ enum: COMPARATORS }) comparator: Comparator;
  @ApiProperty() value: number;
  @ApiProperty({ enum: BINDINGS }) binding: Binding;
  @ApiProperty() bindingZh: string;
  @ApiProperty({ nullable: true, type: String }) sourceFile: string | null;
  @ApiProperty({ nullable: true, type: String }) sourceQuote: string | null;
}

class BaselineDto {
  @ApiProperty() year: number;
  @ApiProperty() value: number;
  @ApiProperty({ description: 'Published in the plan (else the computed December value)' }) published: boolean;
  @ApiProperty({ nullable: true, type: String }) sourceQuote: string | null;
}

class GapRegionDto {
  @ApiProperty() code: string;
  @ApiProperty({ nullable: true, type: String }) name: string | null;
  @ApiProperty() units: number;
}

class GapDto {
  @ApiProperty({ description: 'Whole units that close the gap (beds, townships, people…)' }) units: number;
  @ApiProperty({ example: '再将 312 张机构床位转为护理型床位' }) zh: string;
  @ApiProperty({ example: 'convert 312 more institution beds to care-type' }) en: string;
  @ApiPropertyOptional({ type: [GapRegionDto], description: 'The regions that hold it back (townships lacking, counties short)' })
  regions?: GapRegionDto[];
}

class CumulativeDto {
  @ApiProperty({ example: '2021-01' }) from: string;
  @ApiProperty() value: number;
}

export class AttainmentDto {
  @ApiProperty() indicator: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() unitZh: string;
  @ApiProperty() unitEn: string;
  @ApiProperty() direction: string;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ nullable: true, type: Number }) numerator: number | null;
  @ApiProperty({ nullable: true, type: Number }) denominator: number | null;
  @ApiProperty({ nullable: true, enum: ['registered', 'resident'], description: 'Population basis of a per-1,000 / per-10,000 value' })
  populationBasis: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Per-county indicators: the smallest county' }) countyMin: number | null;
  @ApiProperty({ nullable: true, type: CumulativeDto }) cumulative: CumulativeDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Snapshot revision (null when computed live)' }) revision: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) computedAt: Date | null;
  @ApiProperty({ nullable: true, type: AttainmentTargetDto }) target: AttainmentTargetDto | null;
  @ApiProperty({ nullable: true, type: BaselineDto }) baseline: BaselineDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Where the straight line from baseline to target stands this month' })
  expected: number | null;
  @ApiProperty({ enum: STATUSES }) status: AttainmentStatus;
  @ApiProperty({ example: '进度正常' }) statusZh: string;
  @ApiProperty({ nullable: true, type: GapDto }) gap: GapDto | null;
}

export function mapAttainment(attainment: Attainment): AttainmentDto {
  const { definition, parts, target, status } = attainment;
  return {
    indicator: definition.id,
    nameZh: definition.nameZh,
    nameEn: definition.nameEn,
    unitZh: definition.unitZh,
    unitEn: definition.unitEn,
    direction: definition.direction,
    value: attainment.value,
    numerator: parts?.numerator ?? null,
    denominator: parts?.denominator ?? null,
    populationBasis: parts?.populationBasis ?? null,
    countyMin: definition.perCounty ? (parts?.countyMin ?? null) : null,
    cumulative: attainment.cumulative,
    revision: parts?.revision ?? null,
    computedAt: parts?.computedAt ?? null,
    target: target
      ? {
          year: target.year,
          comparator: target.comparator,
          value: target.value,
          binding: target.binding,
          bindingZh: BINDING_LABELS[target.binding].zh,
          sourceFile: target.sourceFile,
          sourceQuote: target.sourceQuote,
        }
      : null,
    baseline: attainment.baseline,
    expected: attainment.expected,
    status,
    statusZh: STATUS_LABELS[status].zh,
    gap: attainment.gap,
  };
}

export class KpiOverviewDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() level: string;
  @ApiProperty() month: string;
  @ApiProperty({ enum: ['snapshot', 'live'] }) source: 'snapshot' | 'live';
  @ApiProperty({ type: [AttainmentDto] }) items: AttainmentDto[];
}

class BreakdownItemDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() level: string;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ nullable: true, type: Number }) numerator: number | null;
  @ApiProperty({ nullable: true, type: Number }) denominator: number | null;
  @ApiProperty({ description: '1 = holds the number down most' }) rank: number;
}

export class BreakdownDto {
  @ApiProperty() indicator: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() month: string;
  @ApiProperty({ enum: ['snapshot', 'live'] }) source: 'snapshot' | 'live';
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ type: [BreakdownItemDto] }) items: BreakdownItemDto[];
}

export class SeriesItemDto {
  @ApiProperty({ example: '2025-06' }) month: string;
  @ApiProperty({ nullable: true, type: Number, example: 52.5 }) value: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 210 }) numerator: number | null;
  @ApiProperty({ nullable: true, type: Number, example: 400 }) denominator: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Snapshot revision (null when computed live)' }) revision: number | null;
  @ApiProperty({ enum: STATUSES, description: 'Against the target that applies to the month (no_target when none does), as GET /kpi judges it' })
  status: AttainmentStatus;
  @ApiProperty({ enum: ['snapshot', 'live'], description: 'snapshot: the rollup’s stored value; live: computed now (the current month, or a closed month never rolled up)' })
  source: 'snapshot' | 'live';
}

/** A month of a series: the region's values as stored or computed, and its status that month. */
export function mapSeriesItem(month: string, parts: RegionValue | undefined, value: number | null, status: AttainmentStatus, source: 'snapshot' | 'live'): SeriesItemDto {
  return {
    month,
    value,
    numerator: parts?.numerator ?? null,
    denominator: parts?.denominator ?? null,
    revision: parts?.revision ?? null,
    status,
    source,
  };
}

export class SeriesDto {
  @ApiProperty() indicator: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ type: [SeriesItemDto] }) items: SeriesItemDto[];
}

export class IndicatorSeriesDto {
  @ApiProperty({ example: 'care_type_bed_share' }) indicator: string;
  @ApiProperty({ type: [SeriesItemDto], description: 'One per month from `from` to `to`' }) items: SeriesItemDto[];
}

export class KpiSeriesSetDto {
  @ApiProperty({ example: '500112000000' }) regionCode: string;
  @ApiProperty({ example: '渝北区' }) regionName: string;
  @ApiProperty({ example: 'county' }) level: string;
  @ApiProperty({ example: '2025-01' }) from: string;
  @ApiProperty({ example: '2025-12' }) to: string;
  @ApiProperty({ type: [IndicatorSeriesDto], description: 'Every indicator of GET /kpi/indicators, in that order' }) indicators: IndicatorSeriesDto[];
}

export class MatrixRowDto {
  @ApiProperty({ example: '500112001000' }) regionCode: string;
  @ApiProperty({ example: '双龙湖街道' }) regionName: string;
  @ApiProperty({ example: 'township' }) level: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '500112000000',
    description: 'Whose targets the cells are judged against: the child’s own, else (none of its own) the region’s; null when neither has one',
  })
  targetRegionCode: string | null;
  @ApiProperty({ type: [SeriesItemDto], description: 'One per month, judged against the targets of targetRegionCode' }) cells: SeriesItemDto[];
}

export class KpiMatrixDto {
  @ApiProperty({ example: 'care_type_bed_share' }) indicator: string;
  @ApiProperty({ example: '500112000000' }) regionCode: string;
  @ApiProperty({ example: '渝北区' }) regionName: string;
  @ApiProperty({ type: [String], example: ['2025-11', '2025-12'] }) months: string[];
  @ApiProperty({ type: [MatrixRowDto], description: 'The region’s children (not the townships another body administers), by code' }) rows: MatrixRowDto[];
}

export class StartRollupDto {
  @ApiProperty({ description: '月份 · A closed month', example: '2026-10' })
  @IsMonth()
  month: string;

  @ApiPropertyOptional({ description: '行政区划代码 · Province, city or county to roll up (default: every region)', example: '500112000000' })
  @Omittable()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;
}

export class RollupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'rollup-2026-10-500112' }) jobId: string;
  @ApiProperty() month: string;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({
    enum: ['queued', 'running', 'complete', 'failed', 'lost'],
    description: 'lost: its job vanished from Redis (restarted without its data, or removed) before it finished; asking for the month again starts a new run',
  })
  status: string;
  @ApiProperty() countiesTotal: number;
  @ApiProperty() countiesDone: number;
  @ApiProperty({ description: '0–100' }) progress: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Values stored as a new revision' }) valuesRevised: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Values that came out as before' }) valuesUnchanged: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) requestedAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) startedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) finishedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) error: string | null;
  @ApiPropertyOptional({ description: 'false when the same rollup was already queued or running (this is that run)' }) created?: boolean;
}

/** A run as the rollups list shows it; `created` only in the answer to a request to start one. */
export function mapRollup(row: RollupRow, created?: boolean): RollupDto {
  return {
    id: row.id,
    jobId: row.jobId,
    month: row.month,
    regionCode: row.regionCode,
    status: row.status,
    countiesTotal: row.countiesTotal,
    countiesDone: row.countiesDone,
    progress: row.progress,
    valuesRevised: row.valuesRevised,
    valuesUnchanged: row.valuesUnchanged,
    requestedAt: row.requestedAt,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    error: row.error,
    ...(created === undefined ? {} : { created }),
  };
}

export class RollupListQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: '行政区划代码 · Only the runs of this region', example: '500112000000' })
  @Omittable()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @ApiPropertyOptional({ description: '月份 · Only the runs of this month', example: '2026-10' })
  @Omittable()
  @IsMonth()
  month?: string;
}

export class RollupPageDto extends PageDtoOf(RollupDto) {}
