import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { Clearable, ClosingDto, IsDateOnly, IsDecimal, NestedList, Omittable, OmittableBoolean, OptionalDate, OptionalOneOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  FACILITY_FUNCTIONS,
  FACILITY_KINDS,
  FOOD_SAFETY_GRADES,
  OPERATIONS,
  OWNERSHIPS,
  type FacilityFunction,
  type FacilityKind,
  type FoodSafetyGrade,
  type Operation,
  type Ownership,
} from '../domain/facility-kinds';
import { CERTIFICATE_KINDS, STAFF_ROLES, type CertificateKind, type StaffRole } from '../domain/staff-roles';


/** The effective-dated attributes: what the facility is and offers from a date on. */
export class FacilityProfileFields {
  @ApiProperty({ enum: FACILITY_KINDS, description: '类型 · Kind' })
  @IsIn(FACILITY_KINDS)
  kind: FacilityKind;

  @ApiProperty({ enum: OWNERSHIPS, description: '产权：public 公办 / private 民办 · Ownership' })
  @IsIn(OWNERSHIPS)
  ownership: Ownership;

  @ApiProperty({ enum: OPERATIONS, description: '运营：government 公办公营 / social 社会运营（公办+社会运营 = 公建民营）· Operation' })
  @IsIn(OPERATIONS)
  operation: Operation;

  @ApiProperty({ enum: FACILITY_FUNCTIONS, isArray: true, required: false, description: '服务功能 · Functions offered' })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(FACILITY_FUNCTIONS, { each: true })
  functions?: FacilityFunction[];

  @OmittableBoolean('认知症照护专区 · Dementia-care zone')
  dementiaZone?: boolean;

  @OmittableBoolean('康复室 · Rehabilitation room')
  rehabRoom?: boolean;

  @OmittableBoolean('阳光厨房 · Sunshine kitchen')
  sunshineKitchen?: boolean;

  @ApiProperty({ enum: FOOD_SAFETY_GRADES, required: false, nullable: true, description: '食品安全等级 · Food-safety grade' })
  @Clearable()
  @IsIn(FOOD_SAFETY_GRADES)
  foodSafetyGrade?: FoodSafetyGrade | null;

  @OmittableBoolean('智慧养老机构 · Smart elderly-care facility')
  smart?: boolean;

  @OmittableBoolean('视频联网 · Video-connected')
  videoConnected?: boolean;

  @OmittableBoolean('示范中心 · Demonstration centre')
  demoCentre?: boolean;

  @OmittableBoolean('医养结合 · Medical and care integrated')
  medicalIntegrated?: boolean;

  @OmittableBoolean('标准化老年食堂 · Standardised canteen')
  standardizedCanteen?: boolean;

  @OmittableBoolean('康复辅具消杀（消洗）场所 · Assistive-device disinfection site')
  assistiveDeviceSite?: boolean;

  @OmittableBoolean('国际交流平台 · International exchange platform')
  exchangePlatform?: boolean;

  @OmittableBoolean('老年用品展示平台 · Elderly-products display platform')
  productsDisplayPlatform?: boolean;

  @ApiProperty({ required: false, type: 'integer', nullable: true, minimum: 1, maximum: 5, description: '居家养老服务中心 A 级（5 = 5A）· A grade' })
  @Clearable()
  @IsInt()
  @Min(1)
  @Max(5)
  aGrade?: number | null;

  @ApiProperty({ required: false, type: String, nullable: true, format: 'uuid', description: '运营本站的乡镇中心（中心带站）· Township centre running this station' })
  @Clearable()
  @IsUUID()
  managedByFacilityId?: string | null;
}

/** Attributes that are simply current (no history kept). */
export class FacilityDescriptionFields {
  @ApiProperty({ description: '名称 · Name', example: '渝北区社会福利院' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ required: false, type: String, nullable: true, description: '地址 · Address' })
  @Clearable()
  @IsString()
  @Length(1, 500)
  address?: string | null;

  @ApiProperty({ required: false, type: Number, nullable: true, description: '纬度 · Latitude (WGS-84)', example: 29.7206 })
  @Clearable()
  @IsDecimal(6)
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiProperty({ required: false, type: Number, nullable: true, description: '经度 · Longitude (WGS-84)', example: 106.6305 })
  @Clearable()
  @IsDecimal(6)
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiProperty({ required: false, type: String, nullable: true, description: '机构电话 · Facility phone' })
  @Clearable()
  @Matches(/^[0-9+\-() ]{5,30}$/, { message: 'phone must be a telephone number' })
  phone?: string | null;
}

export class CreateFacilityDto extends IntersectionType(FacilityDescriptionFields, FacilityProfileFields) {
  @ApiProperty({ description: '所在乡镇（街道）或村（社区）的区划代码 · Township or village where it stands', example: '500112002000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ description: '开业日期 · Opened on', example: '2019-03-01' })
  @IsDateOnly()
  openedOn: string;
}

/**
 * Every field optional (null only where a field can be cleared). Profile fields take effect from `effectiveFrom`
 * (default today) and keep the months before as they were; name, address, coordinates and phone change at once.
 */
export class UpdateFacilityDto extends PartialType(IntersectionType(FacilityDescriptionFields, FacilityProfileFields), { skipNullProperties: false }) {
  @ApiProperty({ required: false, description: '档案变更生效日期（默认今天）· Date the profile changes take effect (default today)', example: '2025-06-01' })
  @Omittable()
  @IsDateOnly()
  effectiveFrom?: string;
}

export class CloseFacilityDto extends ClosingDto {}

export class ListFacilitiesQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '区划及下级 · In this region\'s subtree', example: '500112000000' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalOneOf(FACILITY_KINDS, '类型 · Kind')
  kind?: FacilityKind;

  @ApiProperty({ required: false, description: '名称包含 · Part of the name' })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  q?: string;

  @OptionalDate('日期（默认今天）· Date of the snapshot', '2025-05-31')
  date?: string;
}

export class InspectionDto {
  @ApiProperty({ description: '年度 · Year', example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ description: '是否达标（养老机构服务质量基本规范）· Met the quality standard' })
  @IsBoolean()
  passed: boolean;

  @ApiProperty({ required: false, description: '得分 0–100 · Score' })
  @Omittable()
  @IsDecimal(2)
  @Min(0)
  @Max(100)
  score?: number;

  // Required: an inspection recorded without its date counted only from the day it was typed in, which surprised people.
  @ApiProperty({ description: '检查日期，自该日起计入 · Inspected on; the result counts from this date', example: '2025-03-01' })
  @IsDateOnly()
  inspectedOn: string;

  @ApiProperty({ required: false, description: '备注 · Notes' })
  @Omittable()
  @IsString()
  @Length(1, 2000)
  notes?: string;
}

export class StarScoresDto {
  @ApiProperty({ description: '环境（满分 120）· Environment, max 120' })
  @IsDecimal(1)
  environment: number;

  @ApiProperty({ description: '设施设备（满分 130）· Facilities and equipment, max 130' })
  @IsDecimal(1)
  facilities: number;

  @ApiProperty({ description: '运营管理（满分 150）· Operations, max 150' })
  @IsDecimal(1)
  operations: number;

  @ApiProperty({ description: '服务（满分 600）· Services, max 600' })
  @IsDecimal(1)
  services: number;
}

export class StarRatingInputDto {
  @ApiProperty({ description: '评定日期 · Rated on', example: '2024-11-20' })
  @IsDateOnly()
  ratedOn: string;

  @ApiProperty({ type: StarScoresDto, description: 'GB/T 37276-2018 各部分得分 · Section scores' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => StarScoresDto)
  scores: StarScoresDto;
}

export class CertificateInputDto {
  @ApiProperty({ enum: CERTIFICATE_KINDS, description: '证书类型 · Kind' })
  @IsIn(CERTIFICATE_KINDS)
  kind: CertificateKind;

  @ApiProperty({ required: false, minimum: 1, maximum: 5, description: '职业技能等级（5 = 五级/初级 … 1 = 一级）· Skill level' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(5)
  level?: number;

  @ApiProperty({ required: false, description: '证书编号 · Number' })
  @Omittable()
  @IsString()
  @Length(1, 100)
  number?: string;

  @ApiProperty({ description: '发证日期 · Issued on' })
  @IsDateOnly()
  issuedOn: string;

  @ApiProperty({ required: false, description: '有效期至 · Valid until' })
  @Omittable()
  @IsDateOnly()
  validUntil?: string;
}

export class StaffInputDto {
  @ApiProperty({ description: '姓名 · Name' })
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: STAFF_ROLES, description: '岗位 · Role' })
  @IsIn(STAFF_ROLES)
  role: StaffRole;

  @ApiProperty({ description: '入职日期 · Hired on' })
  @IsDateOnly()
  hiredOn: string;

  @ApiProperty({ type: [CertificateInputDto], required: false, description: '证书 · Certificates' })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(20)
  @NestedList(CertificateInputDto)
  certificates?: CertificateInputDto[];
}

export class StaffLeaveDto {
  @ApiProperty({ description: '离职日期（当日起不在岗）· First day no longer employed' })
  @IsDateOnly()
  on: string;
}

export class StaffQuery extends PageQueryDto {
  @OptionalOneOf(STAFF_ROLES, '岗位 · Role')
  role?: StaffRole;

  @OptionalDate('在岗日期（默认今天）· Employed on this date (default today)')
  date?: string;
}
