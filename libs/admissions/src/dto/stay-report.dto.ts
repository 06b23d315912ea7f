import { ApiProperty } from '@nestjs/swagger';
import { GBT_42195_2022 } from '@yiyang/assessments';
import { IsMonth, LabelDto, OptionalDate, OptionalUuid, REGION_CODE_PATTERN } from '@yiyang/core';
import { IsOptional, Matches } from 'class-validator';
import type { MismatchRow, OccupancyRow } from '../stay-reports.repository';

export class ReportQuery {
  @OptionalUuid()
  facilityId?: string;

  @ApiProperty({ required: false, description: '区划及下级 · Region subtree' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;
}

export class MismatchQuery extends ReportQuery {
  @OptionalDate('日期（默认今天）· Date')
  date?: string;
}

export class OccupancyQuery extends ReportQuery {
  @ApiProperty({ description: '月份 · Month', example: '2025-06' })
  @IsMonth()
  month: string;
}

export class MismatchDto {
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ description: '脱敏姓名 · Masked name' }) residentName: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty() bedCode: string;
  @ApiProperty({ description: '评估等级（≥ 2 中度失能）· Assessed level' }) level: number;
  @ApiProperty({ type: LabelDto }) levelLabel: LabelDto;
}

export class OccupancyDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ description: '可用床日（在用床位的天数，扣除暂停使用）· Available bed-days' }) availableBedDays: number;
  @ApiProperty({ description: '占用床日 · Occupied bed-days' }) occupiedBedDays: number;
  @ApiProperty({ description: '入住率 · Occupancy rate (0–1)', nullable: true, type: Number }) occupancyRate: number | null;
  @ApiProperty({ description: '按等级加权的占用床位数（运营补贴基数）· Level-weighted occupied beds' }) levelWeightedOccupiedBeds: number;
}

export function mapMismatch(row: MismatchRow): MismatchDto {
  return {
    residentId: row.residentId,
    residentName: row.residentName,
    facilityId: row.facilityId,
    facilityName: row.facilityName,
    bedCode: row.bedCode,
    level: row.level,
    levelLabel: GBT_42195_2022.levels[row.level],
  };
}

export function mapOccupancy(row: OccupancyRow): OccupancyDto {
  return {
    facilityId: row.facilityId,
    facilityName: row.facilityName,
    availableBedDays: row.availableBedDays,
    occupiedBedDays: row.occupiedBedDays,
    occupancyRate: row.occupancyRate,
    levelWeightedOccupiedBeds: row.levelWeightedOccupiedBeds,
  };
}
