import { ApiProperty } from '@nestjs/swagger';
import { Omittable } from '@yiyang/core';
import { ArrayMinSize, ArrayUnique, IsIn, IsInt, Max, Min } from 'class-validator';
import { RESIDENT_CATEGORIES } from '../domain/resident-enums';

/** An EligibilityCondition on the wire: every stated part must hold; `{}` holds for everyone. */
export class EligibilityConditionDto {
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
