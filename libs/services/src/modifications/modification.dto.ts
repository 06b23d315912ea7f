import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, IsDecimal, Omittable, OptionalDate, OptionalUuid, PageDtoOf, PageQueryDto, type RecordImportSpec, REGION_CODE_PATTERN } from '@yiyang/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import type { HomeModificationRow } from './modifications.repository';

const queryBoolean = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class HomeModificationInputDto {
  @ApiProperty({ description: '所在村（社区）或乡镇（街道）· The household\'s village, community or township', example: '500112002001' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ required: false, format: 'uuid', description: '老年人（已登记时）· The older person, when registered' })
  @Omittable()
  @IsUUID()
  residentId?: string;

  @ApiProperty({ description: '申请人 · Applicant', example: '张桂芳' })
  @IsString()
  @Length(1, 100)
  applicantName: string;

  @ApiProperty({ description: '困难老年人家庭 · Hardship household of older people' })
  @IsBoolean()
  hardship: boolean;

  @ApiProperty({ description: '获得补贴 · Subsidised' })
  @IsBoolean()
  subsidised: boolean;

  @ApiProperty({ required: false, description: '补贴金额（元）· Subsidy, yuan', example: 3000 })
  @Omittable()
  @IsDecimal(2)
  @Min(0)
  @Max(10_000_000)
  subsidyYuan?: number;

  @ApiProperty({ description: '申请日期 · Applied on', example: '2025-03-01' })
  @IsDateOnly()
  appliedOn: string;

  @ApiProperty({ required: false, description: '完工日期 · Completed on', example: '2025-04-20' })
  @Omittable()
  @IsDateOnly()
  completedOn?: string;
}

export class CompleteModificationDto {
  @ApiProperty({ description: '完工日期 · Completed on', example: '2025-04-20' })
  @IsDateOnly()
  on: string;
}

export class HomeModificationQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '区划（含下级）· Region and below' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalUuid('老年人 · The older person')
  residentId?: string;

  @ApiProperty({ required: false, description: '困难老年人家庭 · Hardship households only (true) or the others (false)' })
  @IsOptional()
  @queryBoolean()
  @IsBoolean()
  hardship?: boolean;

  @ApiProperty({ required: false, description: '已完工 · Completed (true) or still open (false)' })
  @IsOptional()
  @queryBoolean()
  @IsBoolean()
  completed?: boolean;

  @OptionalDate('申请日期自（含）· Applied on or after', '2025-01-01')
  appliedFrom?: string;

  @OptionalDate('申请日期至（含）· Applied on or before', '2025-12-31')
  appliedTo?: string;

  @ApiProperty({ required: false, description: '申请人姓名包含 · Applicant\'s name contains' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class HomeModificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) residentId: string | null;
  @ApiProperty() applicantName: string;
  @ApiProperty() hardship: boolean;
  @ApiProperty() subsidised: boolean;
  @ApiProperty({ nullable: true, type: String, description: '元 · Yuan', example: '3000.00' }) subsidyYuan: string | null;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) completedOn: string | null;
}

export class HomeModificationPageDto extends PageDtoOf(HomeModificationDto) {}

export function mapHomeModification(row: HomeModificationRow): HomeModificationDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName: row.regionName,
    residentId: row.residentId,
    applicantName: row.applicantName,
    hardship: row.hardship,
    subsidised: row.subsidised,
    subsidyYuan: row.subsidyYuan,
    appliedOn: row.appliedOn,
    completedOn: row.completedOn,
  };
}

/** The list offices keep of home modifications, one household a row. */
export const HOME_MODIFICATION_IMPORT: RecordImportSpec<HomeModificationInputDto> = {
  dto: HomeModificationInputDto,
  columns: [
    { column: 'region_code', aliases: ['区划代码', '村社区代码'], field: 'regionCode', required: true },
    { column: 'applicant_name', aliases: ['申请人', '姓名'], field: 'applicantName', required: true },
    { column: 'hardship', aliases: ['困难家庭', '困难老年人家庭'], field: 'hardship', kind: 'boolean', required: true },
    { column: 'subsidised', aliases: ['是否补贴', '补贴'], field: 'subsidised', kind: 'boolean', required: true },
    { column: 'subsidy_yuan', aliases: ['补贴金额', '补贴金额（元）'], field: 'subsidyYuan', kind: 'number' },
    { column: 'applied_on', aliases: ['申请日期'], field: 'appliedOn', kind: 'date', required: true },
    { column: 'completed_on', aliases: ['完工日期', '完成日期'], field: 'completedOn', kind: 'date' },
    { column: 'resident_id', aliases: ['老年人编号'], field: 'residentId' },
  ],
};
