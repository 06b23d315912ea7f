import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, uuidParam } from '@yiyang/core';
import type { Response } from 'express';
import { BreakdownDto, KpiOverviewDto, KpiQuery } from './dto/attainment.dto';
import { ForecastDto, ForecastQuery } from './dto/forecast.dto';
import { IndicatorDto, mapIndicator } from './dto/indicator.dto';
import { RollupDto, RollupListQuery, RollupPageDto, StartCorrectionDto, StartRollupDto } from './dto/rollup.dto';
import { KpiMatrixDto, KpiSeriesSetDto, SeriesDto, SeriesQuery } from './dto/series.dto';
import { PutTargetDto, TargetDto, TargetListQuery } from './dto/target.dto';
import { INDICATORS } from './domain/indicators';
import { KpiAttainmentService } from './kpi-attainment.service';
import { KpiForecastService } from './kpi-forecast.service';
import { KpiCorrectionsService } from './kpi-corrections.service';
import { KpiRollupService } from './kpi-rollup.service';
import { KpiSeriesService } from './kpi-series.service';
import { KpiTargetsService } from './kpi-targets.service';
import { KpiReportService } from './report/kpi-report.service';

/** Plan indicators are the offices' view: administrators and civil-affairs officers within their region. */
const OFFICES = [Role.Admin, Role.CivilAffairs] as const;

@ApiTags('kpi 规划指标')
@ApiBearerAuth()
@Controller('kpi')
export class KpiController {
  constructor(
    private readonly attainment: KpiAttainmentService,
    private readonly planTargets: KpiTargetsService,
    private readonly series: KpiSeriesService,
    private readonly reports: KpiReportService,
    private readonly forecasts: KpiForecastService,
  ) {}

  @Read('indicators', [IndicatorDto], { summary: '指标目录 · The indicators Yiyang computes', description: 'Every plan indicator computed from the records: unit, direction, stock or flow, what it divides by.' })
  indicators(): IndicatorDto[] {
    return INDICATORS.map(mapIndicator);
  }

  @Read('targets', [TargetDto], { roles: OFFICES, summary: '规划目标 · Targets', description: 'The targets set for regions in the caller’s scope, with their plan quotes.' })
  targets(@Query() query: TargetListQuery, @Scope() scope: AccessScope): Promise<TargetDto[]> {
    return this.planTargets.list(query.regionCode, scope);
  }

  @Put('targets')
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '设定目标 · Set a target',
    description: 'Region, indicator, year, comparator, value, 约束性/预期性 and the plan’s words; replaces the same region, indicator and year. Audited.',
  })
  @ApiOkResponse({ type: TargetDto })
  putTarget(@Body() input: PutTargetDto, @Scope() scope: AccessScope): Promise<TargetDto> {
    return this.planTargets.put(input, scope);
  }

  @Get()
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '指标达成情况 · Attainment of every indicator',
    description:
      'Per indicator: value, numerator, denominator, the target and its status (met / on track / at risk / off track against the straight line from baseline to target) and the gap as an action. The current month is computed live; closed months come from the rollup snapshots (computed live when a month was never rolled up).',
  })
  @ApiOkResponse({ type: KpiOverviewDto })
  overview(@Query() query: KpiQuery, @Scope() scope: AccessScope): Promise<KpiOverviewDto> {
    return this.attainment.overview(query.regionCode, query.month, scope);
  }

  @Get('report.xlsx')
  @Roles(...OFFICES)
  @ApiOperation({ summary: '月报 · The monthly report (XLSX)', description: 'One sheet for the region, one per level below: indicators × regions, targets and status, in Chinese.' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'XLSX workbook', schema: { type: 'string', format: 'binary' } })
  async report(@Query() query: KpiQuery, @Scope() scope: AccessScope, @Res() response: Response): Promise<void> {
    const { file, fileName } = await this.reports.report(query.regionCode, query.month, scope);
    response
      .status(200)
      .set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="kpi-${query.regionCode}-${query.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      })
      .send(file);
  }

  @Read(':indicator/breakdown', BreakdownDto, { roles: OFFICES, summary: '下级分解 · The region’s children, ranked', description: 'Worst first: the children that hold the number down head the list.' })
  breakdown(@Param('indicator') indicator: string, @Query() query: KpiQuery, @Scope() scope: AccessScope): Promise<BreakdownDto> {
    return this.attainment.breakdown(indicator, query.regionCode, query.month, scope);
  }

  @Read('series', KpiSeriesSetDto, {
    roles: OFFICES,
    summary: '全部指标月度趋势 · Months of every indicator',
    description:
      'Every indicator’s value, numerator, denominator and status per month, for a board of sparklines in one request. Rolled-up months from snapshots; the current month and closed months never rolled up are computed live, all months in one pass.',
  })
  allSeries(@Query() query: SeriesQuery, @Scope() scope: AccessScope): Promise<KpiSeriesSetDto> {
    return this.series.allSeries(query.regionCode, query.from, query.to, scope);
  }

  @Read(':indicator/series', SeriesDto, {
    roles: OFFICES,
    summary: '月度趋势 · Months of one indicator',
    description: 'Rolled-up months from snapshots; the current month and closed months never rolled up are computed live, all months in one pass.',
  })
  indicatorSeries(@Param('indicator') indicator: string, @Query() query: SeriesQuery, @Scope() scope: AccessScope): Promise<SeriesDto> {
    return this.series.series(indicator, query.regionCode, query.from, query.to, scope);
  }

  @Read(':indicator/forecast', ForecastDto, {
    roles: OFFICES,
    summary: '达标预测 · When the target is expected to be met',
    description:
      'The indicator’s monthly history of the region (from its earliest rolled-up month, at least 24 and at most 120 months up to `month`, by default the last closed month) projected to December of the target’s year (60 months past the history when that is not ahead): numerator and denominator are projected and divided, by time-weighted linear regression or damped Holt, whichever the back-test on the last 12 months erred less with. With an 80 % prediction interval, the first month the projection meets the target and the months the interval’s bounds do. Status: met / expected / not_at_pace (按此速度无法达标) / too_little_history (fewer than 6 months) / no_target.',
  })
  forecast(@Param('indicator') indicator: string, @Query() query: ForecastQuery, @Scope() scope: AccessScope): Promise<ForecastDto> {
    return this.forecasts.forecast(indicator, query.regionCode, query.month, scope);
  }

  @Read(':indicator/matrix', KpiMatrixDto, {
    roles: OFFICES,
    summary: '下级 × 月份 · The region’s children over months',
    description: 'A heat map’s cells: each child region’s value, numerator, denominator and status (against its own targets) per month.',
  })
  matrix(@Param('indicator') indicator: string, @Query() query: SeriesQuery, @Scope() scope: AccessScope): Promise<KpiMatrixDto> {
    return this.series.matrix(indicator, query.regionCode, query.from, query.to, scope);
  }
}

@ApiTags('kpi 规划指标')
@ApiBearerAuth()
@Controller('rollups')
export class RollupsController {
  constructor(
    private readonly rollups: KpiRollupService,
    private readonly corrections: KpiCorrectionsService,
  ) {}

  @Post()
  @ApiErrors(422)
  @HttpCode(202)
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '月度汇总 · Roll up a closed month',
    description:
      'One job per county-level region, then the sum up the tree into the month’s snapshot. Asking again while the same month and region is queued or running returns that run, unless its job is gone from the queue: then that run is marked lost and a new one starts. A value that changed since the last rollup is stored as a new revision. 503 with Retry-After while the job queue (Redis) is down.',
  })
  @ApiAcceptedResponse({ type: RollupDto })
  @ApiServiceUnavailableResponse({ description: 'The job queue (Redis) is down; Retry-After says when to try again' })
  start(@Body() input: StartRollupDto, @Scope() scope: AccessScope): Promise<RollupDto> {
    return this.rollups.request(input.month, input.regionCode, scope);
  }

  @Post('corrections')
  @HttpCode(202)
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '更正重算 · Re-roll the counties whose rolled-up months changed',
    description:
      'A change to the records of a month already rolled up (a bed reclassified back-dated, a stay corrected, a late order) marks its county stale. A correction run re-rolls, month by month since each mark, only the marked counties and their ancestors, and stores the values that changed as new revisions. Officers correct their own region (or a region below it); without regionCode, administrators correct everything. The run is listed with the rollups (kind: correction; counties: county-months). Asking again while one runs returns it. Runs every night at 03:00 too. 503 with Retry-After while the job queue (Redis) is down.',
  })
  @ApiAcceptedResponse({ type: RollupDto })
  @ApiServiceUnavailableResponse({ description: 'The job queue (Redis) is down; Retry-After says when to try again' })
  correct(@Body() input: StartCorrectionDto, @Scope() scope: AccessScope): Promise<RollupDto> {
    return this.corrections.request(input.regionCode, scope);
  }

  @Get()
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '汇总记录 · Rollup runs',
    description: 'Newest first, with what each stored (values revised, unchanged). Officers see the runs of their region and below; runs of everything are for administrators.',
  })
  @ApiOkResponse({ type: RollupPageDto })
  list(@Query() query: RollupListQuery, @Scope() scope: AccessScope): Promise<RollupPageDto> {
    return this.rollups.list(query, scope);
  }

  @Read(':id', RollupDto, { roles: OFFICES, summary: '汇总进度 · A rollup and its progress' })
  get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<RollupDto> {
    return this.rollups.get(id, scope);
  }
}
