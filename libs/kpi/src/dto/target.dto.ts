import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Omittable, REGION_CODE_PATTERN } from '@yiyang/core';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsObject, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { BINDING_LABELS, BINDINGS, COMPARATORS, type Binding, type Comparator } from '../domain/attainment';
import type { TargetRow } from '../kpi-targets.repository';

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
