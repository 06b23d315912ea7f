import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMonth, Omittable, PageDtoOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { Matches } from 'class-validator';
import type { RollupRow } from '../kpi-rollups.repository';

export class StartRollupDto {
  @ApiProperty({ description: '月份 · A closed month', example: '2026-10' })
  @IsMonth()
  month: string;

  @ApiPropertyOptional({ description: '行政区划代码 · Province, city or county to roll up (default: every region)', example: '500112000000' })
  @Omittable()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;
}

export class StartCorrectionDto {
  @ApiPropertyOptional({ description: '行政区划代码 · Correct the marked counties of this region (default: the caller’s region; every region for administrators)', example: '500112000000' })
  @Omittable()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;
}

export class RollupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'rollup-2026-10-500112' }) jobId: string;
  @ApiProperty({
    enum: ['rollup', 'correction'],
    description: 'rollup: a month rolled up; correction: the counties marked stale re-rolled with their ancestors (month: the earliest month corrected; counties: county-months)',
  })
  kind: string;
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
    kind: row.kind,
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
