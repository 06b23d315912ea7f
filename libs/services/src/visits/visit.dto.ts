import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, IsInstant, IsNotFutureDate, Omittable, OptionalUuid, PageQueryOf, REGION_CODE_PATTERN } from '@yiyang/core';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { VISIT_FREQUENCIES, VISIT_MODES, VISIT_OUTCOMES } from './visit.entity';
import type { DueVisitRow, VisitRateRow, VisitRow } from './visits.repository';

/** A person's visits a page holds, newest first, by default: four years of weekly visits, as the list always answered. */
export const VISITS_PAGE_SIZE = 200;
/** People due for a visit a page holds by default, as the list always answered: a day's work for a township's visitors. */
export const DUE_VISITS_PAGE_SIZE = 500;

/**
 * The visit lists answered one array of at most their page size before they paged: without `page` and `limit` they
 * answer that same first page, so older clients see no change.
 */
export class VisitListQuery extends PageQueryOf(VISITS_PAGE_SIZE, VISITS_PAGE_SIZE) {}

export class VisitPlanInputDto {
  @ApiProperty({ enum: VISIT_FREQUENCIES })
  @IsIn(VISIT_FREQUENCIES)
  frequency: (typeof VISIT_FREQUENCIES)[number];

  @ApiProperty({ required: false, type: String, nullable: true, format: 'uuid', description: '负责探访的机构 · Facility whose staff visit' })
  @Omittable()
  @IsUUID()
  facilityId?: string | null;
}

export class VisitInputDto {
  @ApiProperty({ description: '探访时间 · When', example: '2025-06-03T10:00:00+08:00' })
  @IsInstant()
  visitedAt: string;

  @ApiProperty({ enum: VISIT_MODES })
  @IsIn(VISIT_MODES)
  mode: (typeof VISIT_MODES)[number];

  @ApiProperty({ enum: VISIT_OUTCOMES })
  @IsIn(VISIT_OUTCOMES)
  outcome: (typeof VISIT_OUTCOMES)[number];

  @ApiProperty({ required: false })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  notes?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @Omittable()
  @IsUUID()
  facilityId?: string;
}

export class VisitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() visitedAt: Date;
  @ApiProperty({ enum: VISIT_MODES }) mode: string;
  @ApiProperty({ enum: VISIT_OUTCOMES }) outcome: string;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String }) facilityId: string | null;
  @ApiProperty({ nullable: true, type: String }) orderId: string | null;
}

export class VisitRateQuery {
  @ApiProperty({ description: '区划 · Region' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ enum: ['week', 'month'], description: '周（周一至周日）或自然月 · ISO week (Monday–Sunday) or calendar month' })
  @IsIn(['week', 'month'])
  period: 'week' | 'month';

  @ApiProperty({ description: '该周期内的任一日 · Any day of the period' })
  @IsDateOnly()
  @IsNotFutureDate()
  on: string;
}

class VisitRateRowDto {
  @ApiProperty() regionCode: string;
  @ApiProperty({ nullable: true, type: String }) regionName: string | null;
  @ApiProperty({ description: '名册人数（独居、空巢、留守）· On the roster' }) roster: number;
  @ApiProperty({ description: '已探访 · Visited' }) visited: number;
  @ApiProperty({ nullable: true, type: Number }) rate: number | null;
}

export class VisitRateDto extends VisitRateRowDto {
  @ApiProperty() period: string;
  @ApiProperty() from: string;
  @ApiProperty({ description: '止（不含）· Until, exclusive' }) to: string;
  @ApiProperty({ type: [VisitRateRowDto], description: '按乡镇（街道）· By township' }) townships: VisitRateRowDto[];
}

export class DueVisitDto {
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() residentName: string;
  @ApiProperty() livingArrangement: string;
  @ApiProperty({ enum: VISIT_FREQUENCIES }) frequency: string;
  @ApiProperty({ nullable: true, type: String, description: '上次探访 · The last visit the caller may see (a facility: its own)' }) lastVisitedAt: Date | null;
}

export class DueVisitsQuery extends PageQueryOf(DUE_VISITS_PAGE_SIZE, DUE_VISITS_PAGE_SIZE) {
  @ApiProperty({ required: false })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalUuid('该机构负责探访的人 · People this facility visits')
  facilityId?: string;
}

export function mapVisit(row: VisitRow): VisitDto {
  return {
    id: row.id,
    residentId: row.residentId,
    visitedAt: row.visitedAt,
    mode: row.mode,
    outcome: row.outcome,
    notes: row.notes,
    facilityId: row.facilityId,
    orderId: row.orderId,
  };
}

export function mapDueVisit(row: DueVisitRow): DueVisitDto {
  return { ...row };
}

/** A visit rate, null where nobody is on the roster, to four decimal places. */
function rateOf(visited: number, roster: number): number | null {
  return roster ? Math.round((visited / roster) * 10_000) / 10_000 : null;
}

/** A region's visit rate over a period, summed from its townships' rows (numerators and denominators add up the tree). */
export function mapVisitRate(
  region: { regionCode: string; regionName: string | null },
  period: { period: string; from: string; to: string },
  townships: VisitRateRow[],
): VisitRateDto {
  const roster = townships.reduce((n, row) => n + row.roster, 0);
  const visited = townships.reduce((n, row) => n + row.visited, 0);
  return {
    ...region,
    ...period,
    roster,
    visited,
    rate: rateOf(visited, roster),
    townships: townships.map((row) => ({ ...row, rate: rateOf(row.visited, row.roster) })),
  };
}
