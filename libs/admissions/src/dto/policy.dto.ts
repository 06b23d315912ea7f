import { ApiProperty } from '@nestjs/swagger';
import { NestedList, OmittableBoolean } from '@yiyang/core';
import { EligibilityConditionDto } from '@yiyang/residents';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsInt,
  IsObject,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { EffectivePolicy } from '../admission-policy.service';

class LabelInputDto {
  @ApiProperty({ example: '优先对象' })
  @IsString()
  @Length(1, 100)
  zh: string;

  @ApiProperty({ example: 'Priority groups' })
  @IsString()
  @Length(1, 100)
  en: string;
}

export class PriorityGroupDto {
  @ApiProperty({ example: 'priority' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'code must be lower-case letters, digits and _' })
  code: string;

  @ApiProperty({ type: LabelInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LabelInputDto)
  label: LabelInputDto;

  @ApiProperty({ type: [EligibilityConditionDto], description: '满足任一条件即入组；空条件{}接纳所有人 · Any condition admits; {} admits everyone' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @NestedList(EligibilityConditionDto)
  when: EligibilityConditionDto[];

  @OmittableBoolean('随报随入，不排队 · Admitted on request, ahead of every queue')
  noQueue?: boolean;
}

export class WaitlistPolicyDto {
  @ApiProperty({ example: 'chengdu-2024', description: '政策版本（记入每条排位依据）· Version, quoted in every position\'s reason' })
  @IsString()
  @Length(1, 60)
  version: string;

  @ApiProperty({ type: [PriorityGroupDto], description: '优先组，按先后排列 · Priority groups, first first' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @NestedList(PriorityGroupDto)
  groups: PriorityGroupDto[];

  @ApiProperty({ minimum: 0, maximum: 36, description: '拒绝所提供床位后暂停轮候月数 · Months an application is suspended after declining' })
  @IsInt()
  @Min(0)
  @Max(36)
  declinePenaltyMonths: number;

  @ApiProperty({ minimum: 1, maximum: 30, description: '床位保留天数 · Days an offer stays open' })
  @IsInt()
  @Min(1)
  @Max(30)
  offerValidDays: number;

  @ApiProperty({ description: '提供床位前须有有效的能力评估 · No offer without a current capability assessment' })
  @IsBoolean()
  requireAssessment: boolean;
}

export class AdmissionPolicyInputDto {
  @ApiProperty({ description: '入住须有有效的能力评估（否则 422）· Admission needs a current GB/T 42195 assessment' })
  @IsBoolean()
  requiresAssessment: boolean;

  @ApiProperty({ type: WaitlistPolicyDto, description: '轮候规则 · Waiting-list policy' })
  @IsObject()
  @ValidateNested()
  @Type(() => WaitlistPolicyDto)
  waitlist: WaitlistPolicyDto;
}

export class AdmissionPolicyDto extends AdmissionPolicyInputDto {
  @ApiProperty({ enum: ['facility', 'region', 'default'], description: '规则来源 · Where the rules come from' })
  source: 'facility' | 'region' | 'default';

  @ApiProperty({ nullable: true, type: String, description: '来源区划 · The region whose rules apply' })
  sourceRegionCode: string | null;
}

export function mapAdmissionPolicy(policy: EffectivePolicy): AdmissionPolicyDto {
  return { requiresAssessment: policy.requiresAssessment, waitlist: policy.waitlist, source: policy.source, sourceRegionCode: policy.sourceRegionCode };
}
