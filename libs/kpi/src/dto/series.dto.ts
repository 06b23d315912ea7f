import { ApiProperty } from '@nestjs/swagger';
import { IsMonth, REGION_CODE_PATTERN } from '@yiyang/core';
import { Matches } from 'class-validator';
import { STATUSES, type AttainmentStatus, type RegionValue } from '../domain/attainment';

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
