import { ApiProperty } from '@nestjs/swagger';
import { Omittable } from '@yiyang/core';
import { RESIDENT_CATEGORIES } from '@yiyang/residents';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

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

export class GroupConditionDto {
  @ApiProperty({ required: false, enum: RESIDENT_CATEGORIES, isArray: true, description: '具备其一 · At least one of these categories' })
  @Omittable()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(RESIDENT_CATEGORIES, { each: true })
  anyCategory?: string[];

  @ApiProperty({ required: false, minimum: 0, maximum: 4, description: '评估等级不低于 · Assessed level at least (2 = 中度失能)' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(4)
  minLevel?: number;

  @ApiProperty({ required: false, minimum: 0, maximum: 4, description: '评估等级不低于，或患认知障碍 · Level at least this, or dementia' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(4)
  minLevelOrDementia?: number;

  @ApiProperty({ required: false, minimum: 60, maximum: 120, description: '年龄不低于 · Age at least' })
  @Omittable()
  @IsInt()
  @Min(60)
  @Max(120)
  minAge?: number;
}

export class PriorityGroupDto {
  @ApiProperty({ example: 'priority' })
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'code must be lower-case letters, digits and _' })
  code: string;

  @ApiProperty({ type: LabelInputDto })
  @ValidateNested()
  @Type(() => LabelInputDto)
  label: LabelInputDto;

  @ApiProperty({ type: [GroupConditionDto], description: '满足任一条件即入组；空条件{}接纳所有人 · Any condition admits; {} admits everyone' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GroupConditionDto)
  when: GroupConditionDto[];

  @ApiProperty({ required: false, description: '随报随入，不排队 · Admitted on request, ahead of every queue' })
  @Omittable()
  @IsBoolean()
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
  @ValidateNested({ each: true })
  @Type(() => PriorityGroupDto)
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
