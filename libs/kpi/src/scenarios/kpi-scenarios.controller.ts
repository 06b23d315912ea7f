import { Body, Controller, Delete, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Create, Read, Role, Roles, Scope, type AccessScope } from '@yiyang/auth';
import { uuidParam } from '@yiyang/core';
import {
  EvaluateScenarioDto,
  InverseDto,
  InverseQuery,
  SavedScenarioEvaluationDto,
  SaveScenarioDto,
  ScenarioDto,
  ScenarioEvaluationDto,
  ScenarioListQuery,
  UpdateScenarioDto,
} from './dto/scenario.dto';
import { KpiScenariosService } from './kpi-scenarios.service';
import { ScenarioEvaluationService } from './scenario-evaluation.service';

/** Plan indicators are the offices' view: administrators and civil-affairs officers within their region. */
const OFFICES = [Role.Admin, Role.CivilAffairs] as const;

const EVALUATION =
  'Every indicator of the region and of each ancestor in the caller’s scope, before and after the changes, with the status as GET /kpi judges it. Computed by the KPI engine on the records plus the changes in one transaction that is always rolled back: nothing is written. 400 names the change and field at fault (changes[2].facilityId).';

@ApiTags('kpi 规划指标')
@ApiBearerAuth()
@Controller('kpi')
export class KpiScenariosController {
  constructor(
    private readonly evaluation: ScenarioEvaluationService,
    private readonly scenarios: KpiScenariosService,
  ) {}

  @Post('scenarios/evaluate')
  @HttpCode(200)
  @Roles(...OFFICES)
  @ApiOperation({ summary: '情景推演 · Evaluate a what-if scenario', description: EVALUATION })
  @ApiOkResponse({ type: ScenarioEvaluationDto })
  evaluate(@Body() input: EvaluateScenarioDto, @Scope() scope: AccessScope): Promise<ScenarioEvaluationDto> {
    return this.evaluation.evaluate(input.regionCode, input.month, input.changes, scope);
  }

  @Create('scenarios', ScenarioDto, { roles: OFFICES, summary: '保存情景 · Save a scenario', description: 'Named; its changes must apply (they are evaluated first). Audited.' })
  create(@Body() input: SaveScenarioDto, @Scope() scope: AccessScope): Promise<ScenarioDto> {
    return this.scenarios.create(input, scope);
  }

  @Read('scenarios', [ScenarioDto], { roles: OFFICES, summary: '情景列表 · Saved scenarios', description: 'Those of the regions in the caller’s scope, most recently changed first.' })
  list(@Query() query: ScenarioListQuery, @Scope() scope: AccessScope): Promise<ScenarioDto[]> {
    return this.scenarios.list(query.regionCode, scope);
  }

  @Read('scenarios/:id', ScenarioDto, { roles: OFFICES, summary: '情景 · A saved scenario', description: '404 for a scenario outside the caller’s scope.' })
  get(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<ScenarioDto> {
    return this.scenarios.get(id, scope);
  }

  @Patch('scenarios/:id')
  @Roles(...OFFICES)
  @ApiOperation({ summary: '修改情景 · Rename or change a scenario', description: 'New changes or month are evaluated first. Audited.' })
  @ApiOkResponse({ type: ScenarioDto })
  update(@Param('id', uuidParam('id')) id: string, @Body() input: UpdateScenarioDto, @Scope() scope: AccessScope): Promise<ScenarioDto> {
    return this.scenarios.update(id, input, scope);
  }

  @Delete('scenarios/:id')
  @HttpCode(204)
  @Roles(...OFFICES)
  @ApiOperation({ summary: '删除情景 · Delete a scenario', description: 'Audited.' })
  @ApiNoContentResponse({ description: 'Deleted' })
  delete(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<void> {
    return this.scenarios.delete(id, scope);
  }

  @Action('scenarios/:id/evaluate', SavedScenarioEvaluationDto, {
    roles: OFFICES,
    summary: '推演已保存情景 · Evaluate a saved scenario',
    description: `The saved changes on today’s records. ${EVALUATION}`,
  })
  evaluateSaved(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<SavedScenarioEvaluationDto> {
    return this.scenarios.evaluate(id, scope);
  }

  @Read(':indicator/inverse', InverseDto, {
    roles: OFFICES,
    summary: '需转换多少张床位 · Beds to convert or open to meet the target',
    description:
      'For a share of beds with a floor target (护理型床位占比…): the fewest beds to convert (⌈pT − N⌉) or to open all in the numerator (⌈(pT − N)/(1 − p)⌉), exact at the indicator’s published precision and comparator, from the records as they stand; for the care-type share the institutions with general beds on the month’s day, most first, and convert_beds changes that reach the target with the fewest of them.',
  })
  inverse(@Param('indicator') indicator: string, @Query() query: InverseQuery, @Scope() scope: AccessScope): Promise<InverseDto> {
    return this.evaluation.inverse(indicator, query.regionCode, query.month, scope);
  }
}
