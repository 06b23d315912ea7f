import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsMonth, REGION_CODE_PATTERN } from '@yiyang/core';
import { IsOptional, Matches } from 'class-validator';
import { COMPARATORS, type Comparator } from '../domain/attainment';
import {
  FORECAST_METHOD_LABELS,
  FORECAST_METHODS,
  FORECAST_STATUS_LABELS,
  FORECAST_STATUSES,
  INTERVAL_LEVEL,
  type Forecast,
  type ForecastMethod,
  type ForecastStatus,
} from '../domain/forecast';

export class ForecastQuery {
  @ApiProperty({ description: '行政区划代码 · Region code (12 digits)', example: '500112000000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiPropertyOptional({ description: '历史截止月份 · The last month of history (YYYY-MM); by default the last closed month', example: '2026-11' })
  @IsOptional()
  @IsMonth()
  month?: string;
}

export class ForecastHistoryPointDto {
  @ApiProperty({ example: '2026-06' }) month: string;
  @ApiProperty({ nullable: true, type: Number }) numerator: number | null;
  @ApiProperty({ nullable: true, type: Number }) denominator: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The value the target is judged on: the month’s value, or for a cumulative indicator the months since its start added up',
  })
  value: number | null;
}

export class ForecastProjectionPointDto {
  @ApiProperty({ example: '2027-01' }) month: string;
  @ApiProperty({ description: 'Projected value, from the projected parts' }) value: number;
  @ApiProperty({ description: `Lower bound of the ${INTERVAL_LEVEL * 100} % prediction interval` }) low: number;
  @ApiProperty({ description: `Upper bound of the ${INTERVAL_LEVEL * 100} % prediction interval` }) high: number;
  @ApiProperty({ description: 'A projected part was held to its bounds (a count at zero, a share’s rows at their base)' }) capped: boolean;
}

export class ForecastBackTestDto {
  @ApiProperty({ description: 'Months held out at the end of the history: 12, or half the history when it is shorter than 24 months', example: 12 })
  holdout: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Root mean squared error of time-weighted regression over the held-out months' })
  regressionRmse: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Root mean squared error of damped Holt over the held-out months' })
  holtRmse: number | null;
}

export class ForecastTargetDto {
  @ApiProperty() year: number;
  @ApiProperty({ enum: COMPARATORS }) comparator: Comparator;
  @ApiProperty() value: number;
}

export class ForecastRangeDto {
  @ApiProperty({ nullable: true, type: String, description: 'When the interval’s favourable bound first meets the target' }) earliest: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When its unfavourable bound first meets it (null: not within the horizon)' }) latest: string | null;
}

/** The forecast of one indicator as GET /kpi carries it beside the attainment. */
export class AttainmentForecastDto {
  @ApiProperty({ enum: FORECAST_STATUSES }) status: ForecastStatus;
  @ApiProperty({ example: '按此速度无法达标' }) statusZh: string;
  @ApiProperty({ nullable: true, type: String, example: '2027-07', description: 'The first projected month whose value meets the target' }) expectedMetOn: string | null;
  @ApiProperty({ nullable: true, type: ForecastRangeDto }) range: ForecastRangeDto | null;
  @ApiProperty({ nullable: true, enum: FORECAST_METHODS, description: 'The method the back-test chose' }) method: ForecastMethod | null;
}

export class ForecastDto {
  @ApiProperty() indicator: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ description: 'The last month of history', example: '2026-11' }) month: string;
  @ApiProperty({
    enum: FORECAST_STATUSES,
    description: 'met (already, in the last month) / expected (a projected month meets the target) / not_at_pace (none within the horizon) / too_little_history (fewer than 6 months) / no_target',
  })
  status: ForecastStatus;
  @ApiProperty({ example: '按此速度无法达标' }) statusZh: string;
  @ApiProperty({ example: 'not at this pace' }) statusEn: string;
  @ApiProperty({ nullable: true, enum: FORECAST_METHODS, description: 'The method the back-test chose: time-weighted linear regression or damped Holt' })
  method: ForecastMethod | null;
  @ApiProperty({ nullable: true, type: String }) methodZh: string | null;
  @ApiProperty({ nullable: true, type: String }) methodEn: string | null;
  @ApiProperty({ nullable: true, type: ForecastBackTestDto }) backTest: ForecastBackTestDto | null;
  @ApiProperty({ description: 'Level of the prediction interval', example: INTERVAL_LEVEL }) intervalLevel: number;
  @ApiProperty({ nullable: true, type: String, description: 'The projection’s last month: December of the target’s year, or 60 months past the history when that is not ahead' })
  horizon: string | null;
  @ApiProperty({ nullable: true, type: ForecastTargetDto }) target: ForecastTargetDto | null;
  @ApiProperty({ nullable: true, type: String, example: '2027-07' }) expectedMetOn: string | null;
  @ApiProperty({ nullable: true, type: ForecastRangeDto }) expectedMetRange: ForecastRangeDto | null;
  @ApiProperty({ type: [ForecastHistoryPointDto], description: 'From the indicator’s earliest month available (at most 120)' }) history: ForecastHistoryPointDto[];
  @ApiProperty({ type: [ForecastProjectionPointDto], description: 'Empty unless the status is expected or not_at_pace' }) projection: ForecastProjectionPointDto[];
  @ApiPropertyOptional({ description: 'Per-county indicators above the county level: the series forecast is the smallest county’s value' }) note?: string;
}

export function mapAttainmentForecast(forecast: Forecast): AttainmentForecastDto {
  return {
    status: forecast.status,
    statusZh: FORECAST_STATUS_LABELS[forecast.status].zh,
    expectedMetOn: forecast.expectedMetOn,
    range: forecast.expectedMetRange,
    method: forecast.method,
  };
}

export function mapForecast(
  forecast: Forecast,
  head: { indicator: string; regionCode: string; regionName: string; month: string; note?: string },
  history: ForecastHistoryPointDto[],
): ForecastDto {
  const finite = (value: number) => (Number.isFinite(value) ? value : null);
  return {
    ...head,
    status: forecast.status,
    statusZh: FORECAST_STATUS_LABELS[forecast.status].zh,
    statusEn: FORECAST_STATUS_LABELS[forecast.status].en,
    method: forecast.method,
    methodZh: forecast.method ? FORECAST_METHOD_LABELS[forecast.method].zh : null,
    methodEn: forecast.method ? FORECAST_METHOD_LABELS[forecast.method].en : null,
    backTest: forecast.backTest
      ? { holdout: forecast.backTest.holdout, regressionRmse: finite(forecast.backTest.rmse.regression), holtRmse: finite(forecast.backTest.rmse.holt) }
      : null,
    intervalLevel: INTERVAL_LEVEL,
    horizon: forecast.horizon,
    target: forecast.target ? { year: forecast.target.year, comparator: forecast.target.comparator, value: forecast.target.value } : null,
    expectedMetOn: forecast.expectedMetOn,
    expectedMetRange: forecast.expectedMetRange,
    history,
    projection: forecast.projection,
  };
}
