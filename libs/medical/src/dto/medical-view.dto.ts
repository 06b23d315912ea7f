import { ApiProperty } from '@nestjs/swagger';
import { LabelDto, PageDtoOf } from '@yiyang/core';
import {
  MEDICAL_INSTITUTION_KIND_LABELS,
  MEDICAL_INSTITUTION_KINDS,
  MEDICAL_INSTITUTION_LEVEL_LABELS,
  MEDICAL_INSTITUTION_LEVELS,
  type MedicalInstitutionKind,
  type MedicalInstitutionLevel,
} from '../domain/medical-kinds';

export interface MedicalInstitutionRow {
  id: string;
  name: string;
  kind: MedicalInstitutionKind;
  level: MedicalInstitutionLevel;
  region_code: string;
  region_name: string | null;
  opened_on: string | null;
  closed_on: string | null;
}

export class MedicalInstitutionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '名称 · Name' }) name: string;
  @ApiProperty({ enum: MEDICAL_INSTITUTION_KINDS }) kind: MedicalInstitutionKind;
  @ApiProperty({ type: LabelDto }) kindLabel: LabelDto;
  @ApiProperty({ enum: MEDICAL_INSTITUTION_LEVELS }) level: MedicalInstitutionLevel;
  @ApiProperty({ type: LabelDto }) levelLabel: LabelDto;
  @ApiProperty({ description: '所在区域 · Region code' }) regionCode: string;
  @ApiProperty({ nullable: true, type: String, description: '区域名称 · Region name' }) regionName: string | null;
  @ApiProperty({ nullable: true, type: String, description: '开业日期 · Opened on' }) openedOn: string | null;
  @ApiProperty({ nullable: true, type: String, description: '停业日期（当日起不再计入）· First day closed' }) closedOn: string | null;
}

export function mapMedicalInstitution(row: MedicalInstitutionRow): MedicalInstitutionDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: MEDICAL_INSTITUTION_KIND_LABELS[row.kind],
    level: row.level,
    levelLabel: MEDICAL_INSTITUTION_LEVEL_LABELS[row.level],
    regionCode: row.region_code,
    regionName: row.region_name,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
  };
}

export class MedicalInstitutionPageDto extends PageDtoOf(MedicalInstitutionDto) {}

export interface MedicalAgreementRow {
  id: string;
  facility_id: string;
  facility_name: string;
  medical_institution_id: string;
  medical_institution_name: string;
  signed_on: string;
  valid_until: string | null;
  services: string | null;
  /** Computed on the day asked (today by default). */
  in_force: boolean;
}

export class MedicalAgreementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty({ description: '养老服务设施 · Care facility' }) facilityName: string;
  @ApiProperty({ format: 'uuid' }) medicalInstitutionId: string;
  @ApiProperty({ description: '医疗机构 · Medical institution' }) medicalInstitutionName: string;
  @ApiProperty({ description: '签约日期 · Signed on' }) signedOn: string;
  @ApiProperty({ nullable: true, type: String, description: '有效期至（含；空 = 长期）· Valid until (inclusive; null = open-ended)' }) validUntil: string | null;
  @ApiProperty({ nullable: true, type: String, description: '合作内容 · Services' }) services: string | null;
  @ApiProperty({ description: '今日有效 · In force today' }) inForce: boolean;
}

export function mapMedicalAgreement(row: MedicalAgreementRow): MedicalAgreementDto {
  return {
    id: row.id,
    facilityId: row.facility_id,
    facilityName: row.facility_name,
    medicalInstitutionId: row.medical_institution_id,
    medicalInstitutionName: row.medical_institution_name,
    signedOn: row.signed_on,
    validUntil: row.valid_until,
    services: row.services,
    inForce: row.in_force,
  };
}

export interface ConsortiumMemberRow {
  facility_id: string | null;
  medical_institution_id: string | null;
  name: string;
}

export interface ConsortiumRow {
  id: string;
  name: string;
  region_code: string;
  region_name: string | null;
  established_on: string;
  dissolved_on: string | null;
  meets_five_standards: boolean;
  members: ConsortiumMemberRow[];
}

export class ConsortiumMemberDto {
  @ApiProperty({ enum: ['facility', 'medical_institution'], description: '成员类别 · Member kind' }) kind: 'facility' | 'medical_institution';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '名称 · Name' }) name: string;
}

export class ConsortiumDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '名称 · Name' }) name: string;
  @ApiProperty({ description: '登记区域 · Region code' }) regionCode: string;
  @ApiProperty({ nullable: true, type: String, description: '区域名称 · Region name' }) regionName: string | null;
  @ApiProperty({ description: '成立日期 · Established on' }) establishedOn: string;
  @ApiProperty({ nullable: true, type: String, description: '解散日期（当日起不再计入）· First day dissolved' }) dissolvedOn: string | null;
  @ApiProperty({ description: '达到“五有”标准 · Meets the “five haves” standard' }) meetsFiveStandards: boolean;
  @ApiProperty({ type: [ConsortiumMemberDto], description: '成员 · Members' }) members: ConsortiumMemberDto[];
}

export function mapConsortium(row: ConsortiumRow): ConsortiumDto {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    regionName: row.region_name,
    establishedOn: row.established_on,
    dissolvedOn: row.dissolved_on,
    meetsFiveStandards: row.meets_five_standards,
    members: row.members.map((member) =>
      member.facility_id
        ? { kind: 'facility' as const, id: member.facility_id, name: member.name }
        : { kind: 'medical_institution' as const, id: member.medical_institution_id!, name: member.name },
    ),
  };
}

export class ConsortiumPageDto extends PageDtoOf(ConsortiumDto) {}
