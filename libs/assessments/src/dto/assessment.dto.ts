import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, LabelDto, Omittable, OmittableBoolean, OptionalDate, OptionalUuid, PageQueryDto, REGION_CODE_PATTERN, today } from '@yiyang/core';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, registerDecorator, ValidateNested } from 'class-validator';
import type { Assessment } from '../assessment.entity';
import { ASSESSMENT_REASON_LABELS, ASSESSMENT_REASONS, type AssessmentReason } from '../domain/safety-risks';
import { conditionProblems } from '../domain/scoring';
import { findInstrument, INSTRUMENT_CODES } from '../instruments';

/**
 * The conditions the assessment's instrument needs, all of them (conditionProblems()). An unknown instrument or
 * version is left to the fields that name it.
 */
function RecordsInstrumentConditions(): PropertyDecorator {
  const problem = (value: unknown, object: object) => {
    const { instrument, version } = object as Partial<CreateAssessmentDto>;
    const known = typeof instrument === 'string' ? findInstrument(instrument, typeof version === 'string' ? version : undefined) : undefined;
    return known ? conditionProblems(known, value)[0]?.message : undefined;
  };
  return (target, property) =>
    registerDecorator({
      name: 'recordsInstrumentConditions',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (value, args) => !problem(value, args!.object),
        defaultMessage: (args) => problem(args!.value, args!.object) ?? 'conditions are incomplete',
      },
    });
}

/** Each condition is optional here; which ones an assessment needs, its instrument says (GET /assessment-instruments). */
export class ConditionsDto {
  @OmittableBoolean('昏迷 · In a coma')
  coma?: boolean;

  @OmittableBoolean('确诊痴呆（F00–F03）· Diagnosed dementia')
  dementiaDiagnosis?: boolean;

  @OmittableBoolean('经精神科确诊的其他精神和行为障碍 · Other psychiatric diagnosis')
  psychiatricDiagnosis?: boolean;

  @ApiProperty({ required: false, description: '近 30 天照护风险事件次数 · Care-risk events in the last 30 days', minimum: 0 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(99)
  riskEvents30d?: number;
}

export class CreateAssessmentDto {
  @ApiProperty({ format: 'uuid', description: '被评估老年人 · The person assessed' })
  @IsUUID()
  residentId: string;

  @ApiProperty({ enum: INSTRUMENT_CODES, description: '评估工具 · Instrument' })
  @IsIn(INSTRUMENT_CODES)
  instrument: string;

  @ApiProperty({ required: false, description: '工具版本（默认现行版本）· Instrument version, default the current one' })
  @Omittable()
  @IsString()
  @Length(1, 20)
  version?: string;

  @ApiProperty({ enum: ASSESSMENT_REASONS, description: '评估类型：首次/常规/即时/复评 · Reason' })
  @IsIn(ASSESSMENT_REASONS)
  reason: AssessmentReason;

  @ApiProperty({ description: '评估日期（不得晚于今天）· Assessed on, not in the future' })
  @IsDateOnly()
  assessedOn: string;

  @ApiProperty({
    description: '各项目得分：键为 GET /assessment-instruments 中的 item code · Item scores keyed by item code',
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { eating: 4, grooming: 3 },
  })
  @IsObject()
  items: Record<string, number>;

  @ApiProperty({
    type: ConditionsDto,
    description:
      '附加情况：评估工具所需的每一项都必须填写 · Conditions: every one the instrument lists in `conditions` (GB/T 42195 and MZ/T 039: all four; Barthel: none)',
  })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ConditionsDto)
  @RecordsInstrumentConditions()
  conditions: ConditionsDto;

  @ApiProperty({ required: false, format: 'uuid', description: '更正的评估 · The assessment this one corrects' })
  @Omittable()
  @IsUUID()
  corrects?: string;

  @ApiProperty({ required: false, description: '备注 · Notes' })
  @Omittable()
  @IsString()
  @Length(1, 2000)
  notes?: string;
}

export class AdjustmentDto {
  @ApiProperty({ enum: ['coma', 'diagnosis', 'risk_events', 'judgement_card_gap'] }) rule: string;
  @ApiProperty({ type: LabelDto }) reason: LabelDto;
  @ApiProperty() from: number;
  @ApiProperty() to: number;
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() instrument: string;
  @ApiProperty() instrumentVersion: string;
  @ApiProperty({ enum: ASSESSMENT_REASONS }) reason: AssessmentReason;
  @ApiProperty({ type: LabelDto }) reasonLabel: LabelDto;
  @ApiProperty() assessedOn: string;
  @ApiProperty({ nullable: true, type: String }) assessorId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: '项目得分 · Item scores' }) items: Record<string, number>;
  @ApiProperty({ type: ConditionsDto }) conditions: ConditionsDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: '一级指标得分 · Domain scores' }) domainScores: Record<string, number>;
  @ApiProperty() total: number;
  @ApiProperty({ description: '初步等级 · Preliminary level' }) preliminaryLevel: number;
  @ApiProperty({ type: [AdjustmentDto], description: '等级变更及依据 · Adjustments with their reasons' }) adjustments: AdjustmentDto[];
  @ApiProperty({ description: '最终等级 · Final level' }) finalLevel: number;
  @ApiProperty({ type: LabelDto }) finalLevelLabel: LabelDto;
  @ApiProperty({ description: '下次评估日期 · Next due on' }) nextDueOn: string;
  @ApiProperty({ nullable: true, type: String, description: '所更正的评估 · Corrects' }) correctsId: string | null;
  @ApiProperty({ nullable: true, type: String, description: '被此评估更正 · Corrected by' }) correctedById: string | null;
  @ApiProperty({ type: String, format: 'date-time', description: '签署时间 · Signed at' }) signedAt: string;
}

export class DueQuery extends PageQueryDto {
  @OptionalUuid('服务机构 · Facility')
  facilityId?: string;

  @ApiProperty({ required: false, description: '居住区划及下级 · Region subtree' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalDate('截止日期（默认今天）：此前到期者列出 · Due on or before (default today)')
  before?: string;
}

export class DueDto {
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, description: '上次评估 · Last assessed on' }) lastAssessedOn: string | null;
  @ApiProperty({ nullable: true, type: Number }) finalLevel: number | null;
  @ApiProperty({ nullable: true, type: String, description: '到期日（从未评估则为空）· Due on (none: never assessed)' }) nextDueOn: string | null;
  @ApiProperty({ description: '已逾期 · Overdue today' }) overdue: boolean;
}

/** An assessment as stored, with the one that corrected it if any. */
export type AssessmentRow = Assessment & { correctedById: string | null };

export function mapAssessment(row: AssessmentRow): AssessmentDto {
  const instrument = findInstrument(row.instrumentCode, row.instrumentVersion);
  return {
    id: row.id,
    residentId: row.residentId,
    instrument: row.instrumentCode,
    instrumentVersion: row.instrumentVersion,
    reason: row.reason,
    reasonLabel: ASSESSMENT_REASON_LABELS[row.reason],
    assessedOn: row.assessedOn,
    assessorId: row.assessorId,
    items: row.items,
    conditions: row.conditions,
    domainScores: row.domainScores,
    total: row.total,
    preliminaryLevel: row.preliminaryLevel,
    adjustments: row.adjustments,
    finalLevel: row.finalLevel,
    finalLevelLabel: instrument?.levels[row.finalLevel] ?? { zh: String(row.finalLevel), en: String(row.finalLevel) },
    nextDueOn: row.nextDueOn,
    correctsId: row.correctsId,
    correctedById: row.correctedById,
    signedAt: new Date(row.signedAt).toISOString(),
  };
}

/** A person in the due list as the repository reads them: their latest standing assessment, if any. */
export interface DueRow {
  residentId: string;
  name: string;
  lastAssessedOn: string | null;
  finalLevel: number | null;
  nextDueOn: string | null;
}

/** Overdue is counted against today in China, whatever date the list was asked for. */
export function mapDue(row: DueRow): DueDto {
  return { ...row, overdue: row.nextDueOn === null || row.nextDueOn < today() };
}
