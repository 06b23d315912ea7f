import { Body, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Create, Read, Role, Scope, type AccessScope } from '@yiyang/auth';
import { LabelDto, PageDtoOf, uuidParam } from '@yiyang/core';
import { AssessmentsService } from './assessments.service';
import { ASSESSMENT_CONDITIONS, type AssessmentCondition, type Instrument } from './domain/instrument';
import { SAFETY_RISK_LABELS } from './domain/safety-risks';
import { AssessmentDto, CreateAssessmentDto, DueDto, DueQuery } from './dto/assessment.dto';
import { IncidentDto, IncidentInputDto } from './dto/incident.dto';
import { SafetyRiskAssessmentDto, SafetyRiskAssessmentInputDto } from './dto/safety-risk.dto';
import { INSTRUMENT_CODES, INSTRUMENTS } from './instruments';

class InstrumentItemDto {
  @ApiProperty() code: string;
  @ApiProperty() domain: string;
  @ApiProperty({ type: LabelDto }) text: LabelDto;
  @ApiProperty({ type: [Number], description: '可取分值 · Allowed scores' }) allowed: number[];
}

class InstrumentDomainDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: LabelDto }) text: LabelDto;
}

class LevelBandDto {
  @ApiProperty() level: number;
  @ApiProperty({ description: '总分下限（含）· Lowest total, inclusive' }) min: number;
  @ApiProperty({ description: '总分上限（含）· Highest total, inclusive' }) max: number;
}

class AdjustmentRulesDto {
  @ApiProperty({ required: false, description: '昏迷直接评定的等级 · Level a coma sets directly' }) comaLevel?: number;
  @ApiProperty({ description: '确诊痴呆或精神障碍提高一级 · A dementia or psychiatric diagnosis raises one level' }) diagnosisRaises: boolean;
  @ApiProperty({ required: false, description: '近 30 天照护风险事件达此次数提高一级 · This many care-risk events in 30 days raise one level' }) riskEventsRaiseAt?: number;
  @ApiProperty({ enum: ['at_most_one', 'each'], description: '两条提级规则同时适用时：只提一级，或各提一级 · When both raises apply: one level, or one each' })
  stacking: 'at_most_one' | 'each';
}

class InstrumentDto {
  @ApiProperty({ enum: INSTRUMENT_CODES, example: 'gbt-42195-2022' }) code: string;
  @ApiProperty() version: string;
  @ApiProperty({ type: LabelDto }) title: LabelDto;
  @ApiProperty({ type: [InstrumentDomainDto] }) domains: InstrumentDomainDto[];
  @ApiProperty({ type: [InstrumentItemDto] }) items: InstrumentItemDto[];
  @ApiProperty({
    enum: ['total_bands', 'mzt_039_combination'],
    description: '初步等级的判定方式：按总分分段，或按 MZ/T 039 判定卡组合 · How items become the preliminary level: total bands, or the MZ/T 039 judgement card',
  })
  scoring: Instrument['scoring'];
  @ApiProperty({ description: '最重等级 · The most severe level' }) maxLevel: number;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(LabelDto) }, description: '等级名称，键为等级 · Level labels keyed by level' }) levels: Record<number, LabelDto>;
  @ApiProperty({ nullable: true, type: [LevelBandDto], description: '按总分划分等级 · Level bands by total' }) bands: LevelBandDto[] | null;
  @ApiProperty({ nullable: true, type: AdjustmentRulesDto, description: '等级调整规则 · Adjustment rules' }) adjustments: AdjustmentRulesDto | null;
  @ApiProperty({
    type: [String],
    enum: ASSESSMENT_CONDITIONS,
    description: '每次评估必须填写的附加情况 · Conditions every assessment with this instrument must record',
  })
  conditions: AssessmentCondition[];
  @ApiProperty({ description: '有效期（月）· Months a result counts' }) validityMonths: number;
}

class DuePageDto extends PageDtoOf(DueDto) {}

const ASSESSORS = [Role.Admin, Role.Assessor] as const;
const CARERS = [Role.Admin, Role.Operator, Role.Assessor] as const;

@ApiTags('assessments 能力评估')
@ApiBearerAuth()
@Controller()
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Read('assessment-instruments', [InstrumentDto], { summary: '评估工具 · Assessment instruments', description: 'Items with texts in zh and en, allowed scores, level bands and rules: enough to build a form.' })
  instruments(): InstrumentDto[] {
    return INSTRUMENTS.map((instrument) => ({
      code: instrument.code,
      version: instrument.version,
      title: instrument.title,
      domains: [...instrument.domains],
      items: instrument.items.map((item) => ({ ...item, allowed: [...item.allowed] })),
      scoring: instrument.scoring,
      maxLevel: instrument.maxLevel,
      levels: instrument.levels,
      bands: instrument.bands ? [...instrument.bands] : null,
      adjustments: instrument.adjustments ?? null,
      conditions: [...instrument.conditions],
      validityMonths: instrument.validityMonths,
    }));
  }

  @Create('assessments', AssessmentDto, {
    roles: ASSESSORS,
    summary: '能力评估 · Record a capability assessment',
    description: 'Items and conditions in; domain scores, total, preliminary level, each adjustment with its reason, final level and next due date out. Signed and immutable; correct with `corrects`.',
  })
  create(@Body() body: CreateAssessmentDto, @Scope() scope: AccessScope): Promise<AssessmentDto> {
    return this.assessments.create(body, scope);
  }

  @Read('residents/:id/assessments', [AssessmentDto], {
    summary: '评估记录 · A person\'s assessments, newest first',
    description:
      'Officers of the person\'s regions and family members see the whole history; a facility that serves the person sees the assessment in force only (PIPL data minimisation).',
  })
  history(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<AssessmentDto[]> {
    return this.assessments.history(id, scope);
  }

  @Read('assessments/due', DuePageDto, { roles: [Role.Admin, Role.CivilAffairs, Role.Operator, Role.Assessor], summary: '待评估 · Due or overdue for assessment', description: 'By facility or region; never-assessed people first, then the most overdue.' })
  due(@Query() query: DueQuery, @Scope() scope: AccessScope): Promise<DuePageDto> {
    return this.assessments.due(query, scope);
  }

  @Get('safety-risks')
  @ApiOperation({ summary: '九防风险项 · The nine risks of GB 38600' })
  safetyRiskKinds(): Record<string, LabelDto> {
    return SAFETY_RISK_LABELS;
  }

  @Create('residents/:id/safety-risks', SafetyRiskAssessmentDto, { roles: CARERS, summary: '安全风险评估 · Assess the nine safety risks (GB 38600)', description: 'At admission and on change; every risk with its level and measures.' })
  addSafetyRisks(@Param('id', uuidParam('id')) id: string, @Body() body: SafetyRiskAssessmentInputDto, @Scope() scope: AccessScope): Promise<SafetyRiskAssessmentDto> {
    return this.assessments.addSafetyRisks(id, body, scope);
  }

  @Read('residents/:id/safety-risks', [SafetyRiskAssessmentDto], { summary: '安全风险评估记录 · Safety-risk assessments, newest first' })
  safetyRisks(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<SafetyRiskAssessmentDto[]> {
    return this.assessments.safetyRisks(id, scope);
  }

  @Create('residents/:id/incidents', IncidentDto, { roles: [Role.Admin, Role.Operator], summary: '意外事件 · Record an incident', description: 'What happened, how it was handled, when and how the family was told.' })
  addIncident(@Param('id', uuidParam('id')) id: string, @Body() body: IncidentInputDto, @Scope() scope: AccessScope): Promise<IncidentDto> {
    return this.assessments.addIncident(id, body, scope);
  }

  @Read('residents/:id/incidents', [IncidentDto], {
    summary: '意外事件记录 · Incidents, newest first',
    description: 'Family members and officers of the person\'s region see all; a facility serving the person the incidents it recorded, not those of other facilities.',
  })
  incidents(@Param('id', uuidParam('id')) id: string, @Scope() scope: AccessScope): Promise<IncidentDto[]> {
    return this.assessments.incidents(id, scope);
  }
}
