import { ApiProperty } from '@nestjs/swagger';
import { ClosingDto, IsDateOnly, NestedList, Omittable, OmittableBoolean, OptionalDate, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { BED_CREATION_ORIGINS, type BedCreationOrigin } from '../bed-commissioning.entity';
import { BED_SETTINGS, type BedSetting } from '../bed.entity';
import { BED_STATUSES, type BedStatus } from './bed-view.dto';

export const MAX_BULK_BEDS = 2_000;

export class BedInputDto {
  @ApiProperty({ description: '床位编码，机构内唯一（一床一码）· Bed code, unique in the facility', example: '3-301-1' })
  @IsString()
  @Matches(/^[\p{L}\p{N}._\-/]{1,40}$/u, { message: 'code must be 1–40 letters, digits, ".", "_", "-" or "/"' })
  code: string;

  @ApiProperty({ required: false, description: '房间（机构/社区床位必填）· Room name (institution and community beds)', example: '301' })
  @Omittable()
  @IsString()
  @Length(1, 40)
  room?: string;

  @ApiProperty({ required: false, description: '楼层 · Floor', example: 3 })
  @Omittable()
  @IsInt()
  @Min(-5)
  @Max(200)
  floor?: number;

  @ApiProperty({ description: '护理型床位 · Care-type (护理型) bed' })
  @IsBoolean()
  careType: boolean;

  @ApiProperty({ required: false, default: false, description: '认知障碍照护床位（须为护理型）· Dementia-care bed (implies care-type)' })
  @Omittable()
  @IsBoolean()
  dementiaCare?: boolean;

  @ApiProperty({ enum: BED_SETTINGS, required: false, default: 'institution', description: '床位类型：机构 / 社区 / 家庭养老床位 · Setting' })
  @Omittable()
  @IsIn(BED_SETTINGS)
  setting?: BedSetting;

  @ApiProperty({ required: false, description: '家庭养老床位所在区划（村/社区或乡镇）· Home region of a home bed', example: '500112002001' })
  @Omittable()
  @Matches(REGION_CODE_PATTERN, { message: 'homeRegionCode must be a 12-digit statistical division code' })
  homeRegionCode?: string;

  @ApiProperty({ required: false, description: '启用日期（批量时可省略，取统一日期）· Opened on', example: '2025-01-01' })
  @Omittable()
  @IsDateOnly()
  openedOn?: string;

  @ApiProperty({
    enum: BED_CREATION_ORIGINS,
    required: false,
    description: '来源：existing 原有（默认）/ new_build 新建 / rebuild 改建（新建、改建记入投用记录）· Origin, default existing: new and rebuilt beds get a commissioning record',
  })
  @Omittable()
  @IsIn(BED_CREATION_ORIGINS)
  origin?: BedCreationOrigin;

  @ApiProperty({ required: false, description: '投用日期（新建/改建，默认启用日期）· Commissioned on (new or rebuilt beds; default openedOn)', example: '2025-01-01' })
  @Omittable()
  @IsDateOnly()
  commissionedOn?: string;
}

export class BulkBedsDto {
  @ApiProperty({ required: false, description: '未单独给出时的启用日期 · Opening date for beds that give none' })
  @Omittable()
  @IsDateOnly()
  openedOn?: string;

  @ApiProperty({ enum: BED_CREATION_ORIGINS, required: false, description: '未单独给出时的来源（默认原有）· Origin for beds that give none (default existing)' })
  @Omittable()
  @IsIn(BED_CREATION_ORIGINS)
  origin?: BedCreationOrigin;

  @ApiProperty({ type: [BedInputDto], description: `床位（至多 ${MAX_BULK_BEDS}）· Beds, at most ${MAX_BULK_BEDS}` })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_BEDS)
  @NestedList(BedInputDto)
  beds: BedInputDto[];
}

export class ReclassifyBedDto {
  @OmittableBoolean('护理型 · Care-type')
  careType?: boolean;

  @OmittableBoolean('认知障碍照护 · Dementia-care')
  dementiaCare?: boolean;

  @ApiProperty({ description: '生效日期；此前各月不变 · Takes effect on this date; earlier months keep their classification', example: '2025-06-01' })
  @IsDateOnly()
  effectiveFrom: string;
}

export class CloseBedDto extends ClosingDto {}

export class RebuildBedDto {
  @ApiProperty({ description: '改建后投用日期 · Back in service as rebuilt on', example: '2025-06-01' })
  @IsDateOnly()
  commissionedOn: string;

  @ApiProperty({ required: false, description: '备注 · Notes', example: '适老化改造，更换护理床' })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  notes?: string;
}

export class OutOfServiceDto {
  @ApiProperty({ description: '停用开始 · From' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ required: false, description: '恢复日期（不含；省略则待定）· Back in service on (exclusive; open when absent)' })
  @Omittable()
  @IsDateOnly()
  until?: string;

  @ApiProperty({ description: '原因 · Reason', example: '维修 repairs' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class BedSummaryQuery {
  @ApiProperty({ required: false, description: '区划及下级（默认调用者的全部范围）· Region subtree', example: '500112000000' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalDate('日期（默认今天）· Date, default today', '2025-05-31')
  date?: string;
}

/** `?careType=true|false`: a query string carries text, so the words are read here and anything else is refused. */
const booleanWord = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListBedsQuery extends PageQueryDto {
  @OptionalDate('日期（默认今天，北京时间）· Date, default today in China', '2025-05-31')
  date?: string;

  @ApiProperty({ required: false, enum: BED_STATUSES, description: '该日状态 · Status on the date' })
  @IsOptional()
  @IsIn(BED_STATUSES)
  status?: BedStatus;

  @ApiProperty({ required: false, type: Boolean, description: '护理型（true）或普通型（false）· Care-type (true) or general (false) on the date' })
  @IsOptional()
  @Transform(booleanWord)
  @IsBoolean()
  careType?: boolean;

  @ApiProperty({ required: false, type: 'integer', description: '楼层 · Floor', example: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-5)
  @Max(200)
  floor?: number;
}
