import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { ApiErrors, NotFoundError, offsetOf, toPage, uuidParam } from '@yiyang/core';
import type { Response } from 'express';
import {
  BreakdownDto,
  IndicatorDto,
  KpiMatrixDto,
  KpiOverviewDto,
  KpiQuery,
  KpiSeriesSetDto,
  PutTargetDto,
  RollupDto,
  RollupListQuery,
  RollupPageDto,
  SeriesDto,
  SeriesQuery,
  StartRollupDto,
  TargetDto,
  TargetListQuery,
} from './dto/kpi.dto';
import { KpiRollupService } from './kpi-rollup.service';
import { KpiSeriesService } from './kpi-series.service';
import { KpiService } from './kpi.service';

/** Plan indicators are the offices' view: administrators and civil-affairs officers within their region. */
const OFFICES = [Role.Admin, Role.CivilAffairs] as const;

@ApiTags('kpi 规划指标')
@ApiBearerAuth()
@Controller('kpi')
export class KpiController {
  constructor(
    private readonly kpi: KpiService,
    private readonly series: KpiSeriesService,
  ) {}

  @Get('indicators')
  @ApiOperation({ summary: '指标目录 · The indicators Yiyang computes', description: 'Every plan indicator computed from the records: unit, direction, stock or flow, what it divides by.' })
  @ApiOkResponse({ type: [IndicatorDto] })
  indicators(): IndicatorDto[] {
    return this.kpi.indicators().map((definition) => ({
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
    }));
  }

  @Get('targets')
  @Roles(...OFFICES)
  @ApiOperation({ summary: '规划目标 · Targets', description: 'The targets set for regions in the caller’s scope, with their plan quotes.' })
  @ApiOkResponse({ type: [TargetDto] })
  targets(@Query() query: TargetListQuery, @Scope() scope: AccessScope): Promise<TargetDto[]> {
    return this.kpi.listTargets(query.regionCode, scope);
  }

  @Put('targets')
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '设定目标 · Set a target',
    description: 'Region, indicator, year, comparator, value, 约束性/预期性 and the plan’s words; replaces the same region, indicator and year. Audited.',
  })
  @ApiOkResponse({ type: TargetDto })
  putTarget(@Body() input: PutTargetDto, @Scope() scope: AccessScope): Promise<TargetDto> {
    return this.kpi.putTarget(input, scope);
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
    return this.kpi.overview(query.regionCode, query.month, scope);
  }

  @Get('report.xlsx')
  @Roles(...OFFICES)
  @ApiOperation({ summary: '月报 · The monthly report (XLSX)', description: 'One sheet for the region, one per level below: indicators × regions, targets and status, in Chinese.' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'XLSX workbook', schema: { type: 'string', format: 'binary' } })
  async report(@Query() query: KpiQuery, @Scope() scope: AccessScope, @Res() response: Response): Promise<void> {
    const { file, fileName } = await this.kpi.report(query.regionCode, query.month, scope);
    response
      .status(200)
      .set({
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="kpi-${query.regionCode}-${query.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      })
      .send(file);
  }

  @Get(':indicator/breakdown')
  @Roles(...OFFICES)
  @ApiOperation({ summary: '下级分解 · The region’s children, ranked', description: 'Worst first: the children that hold the number down head the list.' })
  @ApiOkResponse({ type: BreakdownDto })
  breakdown(@Param('indicator') indicator: string, @Query() query: KpiQuery, @Scope() scope: AccessScope): Promise<BreakdownDto> {
    return this.kpi.breakdown(indicator, query.regionCode, query.month, scope);
  }

  @Get('series')
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '全部指标月度趋势 · Months of every indicator',
    description:
      'Every indicator’s value, numerator, denominator and status per month, for a board of sparklines in one request. Rolled-up months from snapshots; the current month and closed months never rolled up are computed live, all months in one pass.',
  })
  @ApiOkResponse({ type: KpiSeriesSetDto })
  allSeries(@Query() query: SeriesQuery, @Scope() scope: AccessScope): Promise<KpiSeriesSetDto> {
    return this.series.allSeries(query.regionCode, query.from, query.to, scope);
  }

  @Get(':indicator/series')
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '月度趋势 · Months of one indicator',
    description: 'Rolled-up months from snapshots; the current month and closed months never rolled up are computed live, all months in one pass.',
  })
  @ApiOkResponse({ type: SeriesDto })
  indicatorSeries(@Param('indicator') indicator: string, @Query() query: SeriesQuery, @Scope() scope: AccessScope): Promise<SeriesDto> {
    return this.series.series(indicator, query.regionCode, query.from, query.to, scope);
  }

  @Get(':indicator/matrix')
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '下级 × 月份 · The region’s children over months',
    description: 'A heat map’s cells: each child region’s value, numerator, denominator and status (against its own targets) per month.',
  })
  @ApiOkResponse({ type: KpiMatrixDto })
  matrix(@Param('indicator') indicator: string, @Query() query: SeriesQuery, @Scope() scope: AccessScope): Promise<KpiMatrixDto> {
    return this.series.matrix(indicator, query.regionCode, query.from, query.to, scope);
  }
}

@ApiTags('kpi 规划指标')
@ApiBearerAuth()
@Controller('rollups')
export class RollupsController {
  constructor(private readonly rollups: KpiRollupService) {}

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
  async start(@Body() input: StartRollupDto, @Scope() scope: AccessScope): Promise<RollupDto> {
    // An officer rolls up their own region (or below); everything at once is for administrators.
    const regionCode = input.regionCode ?? (scope.unrestricted ? null : scope.user.regionCode);
    if (regionCode && !scope.covers({ regionCode })) throw new NotFoundError('Region', regionCode);
    const { rollup, created } = await this.rollups.start(input.month, regionCode ?? null, scope.user.id);
    return { ...rollup, created };
  }

  @Get()
  @Roles(...OFFICES)
  @ApiOperation({
    summary: '汇总记录 · Rollup runs',
    description: 'Newest first, with what each stored (values revised, unchanged). Officers see the runs of their region and below; runs of everything are for administrators.',
  })
  @ApiOkResponse({ type: RollupPageDto })
  async list(@Query() query: RollupListQuery, @Scope() scope: AccessScope): Promise<RollupPageDto> {
    if (query.regionCode && !scope.covers({ regionCode: query.regionCode })) throw new NotFoundError('Region', query.regionCode);
    const within = (params: unknown[]) => (scope.unrestricted ? 'TRUE' : `region_code IS NOT NULL AND ${scope.sql({ regionCode: 'region_code' }, params)}`);
    const { items, total } = await this.rollups.list({ regionCode: query.regionCode, month: query.month, within }, { limit: query.limit, offset: offsetOf(query) });
    return toPage(items, total, query);
  }

  @Get(':id')
  @Roles(...OFFICES)
  @ApiOperation({ summary: '汇总进度 · A rollup and its progress' })
  @ApiOkResponse({ type: RollupDto })
  async get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<RollupDto> {
    const rollup = await this.rollups.get(id);
    if (!scope.unrestricted && !(rollup.regionCode && scope.covers({ regionCode: rollup.regionCode }))) throw new NotFoundError('Rollup', id);
    return rollup;
  }
}
