import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsDateOnly, IsMonth, Omittable, REGION_CODE_PATTERN } from '@yiyang/core';
import { FACILITY_KINDS, type FacilityKind } from '@yiyang/facilities';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { STATUSES, type AttainmentStatus, type Comparator } from '../../domain/attainment';
import { CHANGE_KINDS, MAX_CHANGE_BEDS, MAX_CHANGES, type ChangeKind, type ScenarioChange } from '../domain/scenario-change';

const FROM = { description: '生效日期 · Effective from (YYYY-MM-DD)', example: '2025-06-01' };
const REGION_CODE = (description: string, example: string) => [
  ApiProperty({ description, example }),
  Matches(REGION_CODE_PATTERN, { message: 'must be a 12-digit statistical division code' }),
];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((decorator) => decorator(target, key));

/** What every change has: its kind (the discriminator) and the date it takes effect. */
export class ChangeBaseDto {
  @ApiProperty({ enum: CHANGE_KINDS, description: '变更类型 · Kind of change' })
  @IsIn(CHANGE_KINDS)
  kind: ChangeKind;

  @ApiProperty(FROM)
  @IsDateOnly()
  from: string;
}

export class ConvertBedsChangeDto extends ChangeBaseDto {
  @ApiProperty({ enum: ['convert_beds'], description: '转换床位 · N general institution beds of the facility become care-type (护理型)' })
  declare kind: 'convert_beds';

  @ApiProperty({ format: 'uuid', description: '机构 · The facility' })
  @IsUUID()
  facilityId: string;

  @ApiProperty({ description: '床位数 · Beds to convert (at most its general institution beds on the date)', example: 20 })
  @IsInt()
  @Min(1)
  @Max(MAX_CHANGE_BEDS)
  beds: number;
}

export class OpenFacilityChangeDto extends ChangeBaseDto {
  @ApiProperty({ enum: ['open_facility'], description: '新建机构 · A new facility opens' })
  declare kind: 'open_facility';

  @apply(REGION_CODE('乡镇（街道） · Township it opens in', '500112002000'))
  townshipCode: string;

  @ApiProperty({ enum: FACILITY_KINDS, description: '机构类型 · Kind of facility' })
  @IsIn(FACILITY_KINDS)
  facilityKind: FacilityKind;

  @ApiProperty({ description: '床位数 · Beds it opens with (institution beds for institutions, community beds otherwise)', example: 100 })
  @IsInt()
  @Min(0)
  @Max(MAX_CHANGE_BEDS)
  beds: number;

  @ApiProperty({ description: '其中护理型床位 · Of them care-type (≤ beds)', example: 60 })
  @IsInt()
  @Min(0)
  @Max(MAX_CHANGE_BEDS)
  careBeds: number;

  @ApiPropertyOptional({ description: '名称 · Name (default: the kind, marked as a scenario)', example: '双龙湖颐养院（规划）' })
  @Omittable()
  @IsString()
  @Length(1, 100)
  name?: string;
}

export class CloseFacilityChangeDto extends ChangeBaseDto {
  @ApiProperty({ enum: ['close_facility'], description: '关闭机构 · The facility closes from the date' })
  declare kind: 'close_facility';

  @ApiProperty({ format: 'uuid', description: '机构 · The facility' })
  @IsUUID()
  facilityId: string;
}

export class AddCentreChangeDto extends ChangeBaseDto {
  @ApiProperty({ enum: ['add_centre'], description: '新增综合养老服务中心 · A comprehensive community centre opens in the township' })
  declare kind: 'add_centre';

  @apply(REGION_CODE('乡镇（街道） · Township', '500112002000'))
  townshipCode: string;
}

export class SetPopulationChangeDto extends ChangeBaseDto {
  @ApiProperty({ enum: ['set_population'], description: '老年人口 · The region’s 60+ population from the date’s year' })
  declare kind: 'set_population';

  @apply(REGION_CODE('行政区划 · Region', '500112000000'))
  regionCode: string;

  @ApiProperty({ description: '60岁以上人口 · People aged 60 or over', example: 120000 })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  age60Plus: number;
}

export const CHANGE_DTOS = [ConvertBedsChangeDto, OpenFacilityChangeDto, CloseFacilityChangeDto, AddCentreChangeDto, SetPopulationChangeDto];

const CHANGES_SCHEMA = {
  type: 'array' as const,
  minItems: 1,
  maxItems: MAX_CHANGES,
  items: {
    oneOf: CHANGE_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })),
    discriminator: {
      propertyName: 'kind',
      mapping: Object.fromEntries(CHANGE_KINDS.map((kind, index) => [kind, getSchemaPath(CHANGE_DTOS[index])])),
    },
  },
};

/** The changes, each validated as the class its `kind` names; an unknown kind is refused on `changes[i].kind`. */
const Changes = (): PropertyDecorator =>
  apply([
    ApiProperty({ ...CHANGES_SCHEMA, description: '变更 · The changes, in order' }) as PropertyDecorator,
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(MAX_CHANGES),
    ValidateNested({ each: true }),
    Type(() => ChangeBaseDto, {
      keepDiscriminatorProperty: true,
      discriminator: { property: 'kind', subTypes: CHANGE_DTOS.map((dto, index) => ({ value: dto, name: CHANGE_KINDS[index] })) },
    }),
  ]);

@ApiExtraModels(...CHANGE_DTOS)
export class EvaluateScenarioDto {
  @apply(REGION_CODE('行政区划代码 · Region the scenario is judged for', '500112000000'))
  regionCode: string;

  @ApiProperty({ description: '月份 · Month judged (YYYY-MM, up to the current one)', example: '2025-06' })
  @IsMonth()
  month: string;

  @Changes()
  changes: ScenarioChange[];
}

export class SaveScenarioDto extends EvaluateScenarioDto {
  @ApiProperty({ description: '名称 · Name', example: '双龙湖街道转换 20 张护理型床位' })
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;
}

@ApiExtraModels(...CHANGE_DTOS)
export class UpdateScenarioDto {
  @ApiPropertyOptional({ description: '名称 · Name' })
  @Omittable()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ description: '月份 · Month judged (YYYY-MM)' })
  @Omittable()
  @IsMonth()
  month?: string;

  @Omittable()
  @Changes()
  changes?: ScenarioChange[];
}

export class ScenarioListQuery {
  @ApiPropertyOptional({ description: '行政区划代码 · Only scenarios of this region and below', example: '500112000000' })
  @Omittable()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;
}

export class ScenarioDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ example: '2025-06' }) month: string;
  @ApiProperty({ ...CHANGES_SCHEMA, description: 'The changes, in order' }) changes: ScenarioChange[];
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) createdBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

export class ScenarioSideDto {
  @ApiProperty({ nullable: true, type: Number }) numerator: number | null;
  @ApiProperty({ nullable: true, type: Number }) denominator: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'The value shown (per-county indicators above the county: the smallest county)' }) value: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'What the status judges: the value, or for cumulative indicators the months since their start added up' })
  judged: number | null;
  @ApiProperty({ enum: STATUSES }) status: AttainmentStatus;
  @ApiProperty({ example: '滞后' }) statusZh: string;
}

class ScenarioTargetDto {
  @ApiProperty() year: number;
  @ApiProperty() comparator: Comparator;
  @ApiProperty() value: number;
}

export class ScenarioItemDto {
  @ApiProperty() indicator: string;
  @ApiProperty() nameZh: string;
  @ApiProperty() nameEn: string;
  @ApiProperty() unitZh: string;
  @ApiProperty() unitEn: string;
  @ApiProperty() decimals: number;
  @ApiProperty({ nullable: true, type: ScenarioTargetDto }) target: ScenarioTargetDto | null;
  @ApiProperty({ type: ScenarioSideDto }) before: ScenarioSideDto;
  @ApiProperty({ type: ScenarioSideDto }) after: ScenarioSideDto;
  @ApiProperty({ description: 'Numerator, denominator or value differ' }) changed: boolean;
  @ApiProperty() statusChanged: boolean;
}

export class ScenarioRegionDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty() level: string;
  @ApiProperty({ type: [ScenarioItemDto] }) items: ScenarioItemDto[];
}

export class ScenarioEvaluationDto {
  @ApiProperty() regionCode: string;
  @ApiProperty() month: string;
  @ApiProperty({ ...CHANGES_SCHEMA, description: 'The changes evaluated' }) changes: ScenarioChange[];
  @ApiProperty({ type: [ScenarioRegionDto], description: 'The region first, then each ancestor in the caller’s scope' }) regions: ScenarioRegionDto[];
  @ApiProperty({ description: 'How many (region, indicator) pairs changed' }) changedCount: number;
  @ApiProperty({ description: 'How many statuses changed' }) statusChangedCount: number;
  @ApiProperty({ description: 'Milliseconds the evaluation took' }) elapsedMs: number;
}

export class SavedScenarioEvaluationDto extends ScenarioEvaluationDto {
  @ApiProperty({ type: ScenarioDto, description: 'The saved scenario evaluated' }) scenario: ScenarioDto;
}

export class InverseFacilityDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty({ description: 'General (non care-type) institution beds open on the month’s day' }) generalBeds: number;
}

export class InverseQuery {
  @apply(REGION_CODE('行政区划代码 · Region code', '500112000000'))
  regionCode: string;

  @ApiProperty({ description: '月份 · Month (YYYY-MM)', example: '2025-06' })
  @IsMonth()
  month: string;
}

export class InverseDto {
  @ApiProperty() indicator: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() month: string;
  @ApiProperty({ description: 'The day the beds are read (the month’s last, or today)' }) day: string;
  @ApiProperty() numerator: number;
  @ApiProperty() denominator: number;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ nullable: true, type: ScenarioTargetDto, description: 'The plan target judged this month (null: none set)' }) target: ScenarioTargetDto | null;
  @ApiProperty({ description: 'The target is met already' }) met: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'Fewest beds to convert to the numerator (⌈pT − N⌉ at the published precision); null: not enough beds' })
  convert: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Fewest new beds, all in the numerator (⌈(pT − N)/(1 − p)⌉ at the published precision); null: no number does' })
  open: number | null;
  @ApiProperty({ type: [InverseFacilityDto], description: 'Facilities that could convert, most general beds first (care-type share only)' })
  facilities: InverseFacilityDto[];
  @ApiProperty({
    type: 'array',
    items: { $ref: getSchemaPath(ConvertBedsChangeDto) },
    description: 'convert_beds changes that reach the target with the fewest facilities (empty when met, or when the beds do not suffice)',
  })
  changes: ConvertBedsChangeDto[];
}
