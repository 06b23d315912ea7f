import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMonth, REGION_CODE_PATTERN } from '@yiyang/core';
import { Matches } from 'class-validator';
import { BINDING_LABELS, BINDINGS, COMPARATORS, STATUS_LABELS, STATUSES, type Attainment, type AttainmentStatus, type Binding, type Comparator } from '../domain/attainment';
import { AttainmentForecastDto, mapAttainmentForecast } from './forecast.dto';

export class KpiQuery {
  @ApiProperty({ description: '行政区划代码 · Region code (12 digits)', example: '500112000000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ description: '月份 · Month (YYYY-MM); the current month is computed live, closed months come from snapshots', example: '2020-12' })
  @IsMonth()
  month: string;
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
  @ApiProperty({ nullable: true, type: AttainmentForecastDto, description: '达标预测: when the target is expected to be met (indicators with a target; GET /kpi/{indicator}/forecast has the whole projection)' })
  forecast: AttainmentForecastDto | null;
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
    forecast: attainment.forecast ? mapAttainmentForecast(attainment.forecast) : null,
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
