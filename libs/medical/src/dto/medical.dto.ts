import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { Clearable, IsDateOnly, Omittable, OmittableBoolean, OptionalOneOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { MEDICAL_INSTITUTION_KINDS, MEDICAL_INSTITUTION_LEVELS, type MedicalInstitutionKind, type MedicalInstitutionLevel } from '../domain/medical-kinds';

const REGION_MESSAGE = { message: 'regionCode must be a 12-digit statistical division code' };

export class CreateMedicalInstitutionDto {
  @ApiProperty({ description: '机构名称 · Name', example: '渝北区人民医院' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: MEDICAL_INSTITUTION_KINDS, description: '类别 · Kind' })
  @IsIn(MEDICAL_INSTITUTION_KINDS)
  kind: MedicalInstitutionKind;

  @ApiProperty({ enum: MEDICAL_INSTITUTION_LEVELS, required: false, description: '等级（默认未定级）· Level (default unrated)' })
  @Omittable()
  @IsIn(MEDICAL_INSTITUTION_LEVELS)
  level?: MedicalInstitutionLevel;

  @ApiProperty({ description: '所在乡镇（街道）或村（社区）· Township or village it stands in', example: '500112002000' })
  @Matches(REGION_CODE_PATTERN, REGION_MESSAGE)
  regionCode: string;

  @ApiProperty({ required: false, nullable: true, type: String, description: '开业日期 · Opened on' })
  @Clearable()
  @IsDateOnly()
  openedOn?: string | null;
}

/** Name, kind, level, region and opening date change at once; closing is its own action. */
export class UpdateMedicalInstitutionDto extends PartialType(CreateMedicalInstitutionDto, { skipNullProperties: false }) {}

export class CloseMedicalInstitutionDto {
  @ApiProperty({ description: '停业日期：当日起不再计入 · First day closed', example: '2025-07-01' })
  @IsDateOnly()
  on: string;
}

export class ListMedicalInstitutionsQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '区域（含下级）· Region and everything below it' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, REGION_MESSAGE)
  regionCode?: string;

  @OptionalOneOf(MEDICAL_INSTITUTION_KINDS, '类别 · Kind')
  kind?: MedicalInstitutionKind;

  @ApiProperty({ required: false, description: '名称包含 · Name contains' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;
}

export class CreateMedicalAgreementDto {
  @ApiProperty({ format: 'uuid', description: '医疗机构 · Medical institution' })
  @IsUUID()
  medicalInstitutionId: string;

  @ApiProperty({ description: '签约日期 · Signed on', example: '2024-03-01' })
  @IsDateOnly()
  signedOn: string;

  @ApiProperty({ required: false, nullable: true, type: String, description: '有效期至（含当日；空 = 长期）· Valid until (inclusive; null = open-ended)' })
  @Clearable()
  @IsDateOnly()
  validUntil?: string | null;

  @ApiProperty({ required: false, nullable: true, type: String, description: '合作内容（巡诊、绿色通道…）· Services' })
  @Clearable()
  @IsString()
  @Length(1, 2000)
  services?: string | null;
}

/** Ends an agreement early or renews it: the new last day in force, or null for open-ended. */
export class AgreementTermDto {
  @ApiProperty({ nullable: true, type: String, description: '有效期至（含当日；null = 长期）· Valid until (inclusive; null = open-ended)', example: '2026-12-31' })
  @ValidateIf((_object, value) => value !== null)
  @IsDateOnly()
  validUntil: string | null;
}

export class ConsortiumMembersDto {
  @ApiProperty({ type: [String], format: 'uuid', required: false, description: '成员养老服务设施 · Member care facilities' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  facilityIds?: string[];

  @ApiProperty({ type: [String], format: 'uuid', required: false, description: '成员医疗（康复）机构 · Member medical institutions' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  medicalInstitutionIds?: string[];
}

export class CreateConsortiumDto extends ConsortiumMembersDto {
  @ApiProperty({ description: '名称 · Name', example: '定海区康养联合体' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ description: '登记所在乡镇（街道）或村（社区）· Township or village it is registered in', example: '330902001000' })
  @Matches(REGION_CODE_PATTERN, REGION_MESSAGE)
  regionCode: string;

  @ApiProperty({ description: '成立日期 · Established on', example: '2021-06-01' })
  @IsDateOnly()
  establishedOn: string;

  @OmittableBoolean('达到“五有”标准 · Meets the “five haves” standard')
  meetsFiveStandards?: boolean;
}

/** Name, the 五有 flag and the members (each list given replaces the one held). */
export class UpdateConsortiumDto extends PartialType(PickType(CreateConsortiumDto, ['name', 'meetsFiveStandards', 'facilityIds', 'medicalInstitutionIds'] as const), {
  skipNullProperties: false,
}) {}

export class DissolveConsortiumDto {
  @ApiProperty({ description: '解散日期：当日起不再计入 · First day dissolved', example: '2025-07-01' })
  @IsDateOnly()
  on: string;
}

export class ListConsortiaQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '区域（含下级）· Region and everything below it' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, REGION_MESSAGE)
  regionCode?: string;
}
