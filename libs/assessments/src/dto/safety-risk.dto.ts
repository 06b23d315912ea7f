import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, Omittable } from '@yiyang/core';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsString, Length, registerDecorator, ValidateNested } from 'class-validator';
import { RISK_ASSESSMENT_REASONS, RISK_LEVELS, unassessedSafetyRisks, unassessedSafetyRisksMessage, type RiskLevel } from '../domain/safety-risks';
import type { SafetyRiskAssessment } from '../safety.entity';

export class RiskEntryDto {
  @ApiProperty({ enum: RISK_LEVELS, description: '风险等级 · Level' })
  @IsIn(RISK_LEVELS)
  level: RiskLevel;

  @ApiProperty({ required: false, description: '防范措施 · Measures' })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  measures?: string;
}

/**
 * All nine risks of GB 38600, each with a level. Each entry's form is checked here; that none is missing, by
 * NineRisks() on the field that holds them, so a missing risk is named once.
 */
export class NineRisksDto {
  @ApiProperty({ type: RiskEntryDto, description: '噎食' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) choking: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '食品药品误食' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) wrong_intake: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '压疮' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) pressure_sore: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '烫伤' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) scald: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '坠床' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) bed_fall: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '跌倒' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) fall: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '走失' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) wandering: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '他伤和自伤' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) harm: RiskEntryDto;
  @ApiProperty({ type: RiskEntryDto, description: '文体活动意外' }) @Omittable() @ValidateNested() @Type(() => RiskEntryDto) activity_accident: RiskEntryDto;
}

/** A field holding the nine risks: each entry's form, and all nine there with a level (unassessedSafetyRisks()). */
export function NineRisks(): PropertyDecorator {
  const completeSet: PropertyDecorator = (target, property) =>
    registerDecorator({
      name: 'nineRisks',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (value) => unassessedSafetyRisks(value).length === 0,
        defaultMessage: (args) => unassessedSafetyRisksMessage(unassessedSafetyRisks(args!.value)),
      },
    });
  return applyDecorators(ValidateNested(), Type(() => NineRisksDto), completeSet);
}

export class SafetyRiskAssessmentInputDto {
  @ApiProperty({ description: '评估日期 · Assessed on' })
  @IsDateOnly()
  assessedOn: string;

  @ApiProperty({ enum: RISK_ASSESSMENT_REASONS, description: '入院/变化/常规 · Admission, change, routine' })
  @IsIn(RISK_ASSESSMENT_REASONS)
  reason: 'admission' | 'change' | 'routine';

  @ApiProperty({ type: NineRisksDto, description: '九防：九项齐全，每项有等级 · The nine risks, all of them, each with a level' })
  @IsDefined()
  @NineRisks()
  risks: NineRisksDto;
}

export class SafetyRiskAssessmentDto extends SafetyRiskAssessmentInputDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ nullable: true, type: String }) assessorId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export function mapSafetyRiskAssessment(row: SafetyRiskAssessment): SafetyRiskAssessmentDto {
  return {
    id: row.id,
    residentId: row.residentId,
    assessedOn: row.assessedOn,
    reason: row.reason,
    risks: row.risks as unknown as SafetyRiskAssessmentDto['risks'],
    assessorId: row.assessorId,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
