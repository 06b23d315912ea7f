import { ApiProperty } from '@nestjs/swagger';
import { LabelDto, PageDtoOf } from '@yiyang/core';
import {
  FACILITY_FUNCTIONS,
  FACILITY_KIND_LABELS,
  FACILITY_KINDS,
  isComprehensive,
  OPERATIONS,
  OWNERSHIPS,
  type FacilityFunction,
  type FacilityKind,
  type Operation,
  type Ownership,
} from '../domain/facility-kinds';
import { CERTIFICATE_KIND_LABELS, CERTIFICATE_KINDS, STAFF_ROLE_LABELS, STAFF_ROLES, type CertificateKind, type StaffRole } from '../domain/staff-roles';
import { starRatingTotal } from '../domain/star-rating';
import type { FacilityInspection } from '../facility-inspection.entity';
import type { FacilityStarRating } from '../facility-star-rating.entity';
import type { Staff, StaffCertificate } from '../staff.entity';

/** A profile version as stored (snake_case row from SQL). */
export interface ProfileRow {
  valid_from: string;
  valid_to: string | null;
  kind: FacilityKind;
  ownership: Ownership;
  operation: Operation;
  functions: FacilityFunction[];
  dementia_zone: boolean;
  rehab_room: boolean;
  sunshine_kitchen: boolean;
  food_safety_grade: string | null;
  smart: boolean;
  video_connected: boolean;
  demo_centre: boolean;
  medical_integrated: boolean;
  standardized_canteen: boolean;
  assistive_device_site: boolean;
  exchange_platform: boolean;
  products_display_platform: boolean;
  a_grade: number | null;
  managed_by_facility_id: string | null;
  changed_by: string | null;
  changed_at: Date;
}

export interface FacilityRow extends ProfileRow {
  id: string;
  name: string;
  region_code: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  phone: string | null;
  opened_on: string;
  closed_on: string | null;
  close_reason: string | null;
  star_level: number | null;
  star_rated_on: string | null;
  inspection_year: number | null;
  inspection_passed: boolean | null;
}

export class FacilityProfileDto {
  @ApiProperty({ description: '生效日期 · In force from' }) validFrom: string;
  @ApiProperty({ nullable: true, type: String, description: '失效日期（不含）· In force until (exclusive)' }) validTo: string | null;
  @ApiProperty({ enum: FACILITY_KINDS }) kind: FacilityKind;
  @ApiProperty({ type: LabelDto }) kindLabel: LabelDto;
  @ApiProperty({ enum: OWNERSHIPS }) ownership: Ownership;
  @ApiProperty({ enum: OPERATIONS }) operation: Operation;
  @ApiProperty({ description: '公建民营 · Publicly built, socially operated' }) publicBuiltPrivatelyOperated: boolean;
  @ApiProperty({ enum: FACILITY_FUNCTIONS, isArray: true }) functions: FacilityFunction[];
  @ApiProperty({ description: '具备综合功能（全托 + 日托 + 居家上门）· Comprehensive functions' }) comprehensive: boolean;
  @ApiProperty() dementiaZone: boolean;
  @ApiProperty() rehabRoom: boolean;
  @ApiProperty() sunshineKitchen: boolean;
  @ApiProperty({ nullable: true, type: String }) foodSafetyGrade: string | null;
  @ApiProperty() smart: boolean;
  @ApiProperty() videoConnected: boolean;
  @ApiProperty() demoCentre: boolean;
  @ApiProperty() medicalIntegrated: boolean;
  @ApiProperty() standardizedCanteen: boolean;
  @ApiProperty({ description: '康复辅具消杀（消洗）场所 · Assistive-device disinfection site' }) assistiveDeviceSite: boolean;
  @ApiProperty({ description: '国际交流平台 · International exchange platform' }) exchangePlatform: boolean;
  @ApiProperty({ description: '老年用品展示平台 · Elderly-products display platform' }) productsDisplayPlatform: boolean;
  @ApiProperty({ nullable: true, type: Number }) aGrade: number | null;
  @ApiProperty({ nullable: true, type: String }) managedByFacilityId: string | null;
  @ApiProperty({ nullable: true, type: String, description: '变更人 · Changed by (user id)' }) changedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) changedAt: string;
}

export function mapFacilityProfile(row: ProfileRow): FacilityProfileDto {
  return {
    validFrom: row.valid_from,
    validTo: row.valid_to,
    kind: row.kind,
    kindLabel: FACILITY_KIND_LABELS[row.kind],
    ownership: row.ownership,
    operation: row.operation,
    publicBuiltPrivatelyOperated: row.ownership === 'public' && row.operation === 'social',
    functions: row.functions,
    comprehensive: isComprehensive(row.functions),
    dementiaZone: row.dementia_zone,
    rehabRoom: row.rehab_room,
    sunshineKitchen: row.sunshine_kitchen,
    foodSafetyGrade: row.food_safety_grade,
    smart: row.smart,
    videoConnected: row.video_connected,
    demoCentre: row.demo_centre,
    medicalIntegrated: row.medical_integrated,
    standardizedCanteen: row.standardized_canteen,
    assistiveDeviceSite: row.assistive_device_site,
    exchangePlatform: row.exchange_platform,
    productsDisplayPlatform: row.products_display_platform,
    aGrade: row.a_grade,
    managedByFacilityId: row.managed_by_facility_id,
    changedBy: row.changed_by,
    changedAt: new Date(row.changed_at).toISOString(),
  };
}

export class FacilityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '所在乡镇/村区划代码 · Region where it stands' }) regionCode: string;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: Number }) latitude: number | null;
  @ApiProperty({ nullable: true, type: Number }) longitude: number | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty() openedOn: string;
  @ApiProperty({ nullable: true, type: String, description: '停业日期（当日起）· First day closed' }) closedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) closeReason: string | null;
  @ApiProperty({ description: '快照日期 · Date the profile and ratings are shown for' }) asOf: string;
  @ApiProperty({ type: FacilityProfileDto, nullable: true, description: '该日有效的档案 · Profile in force on asOf' }) profile: FacilityProfileDto | null;
  @ApiProperty({ nullable: true, type: Number, description: '星级（GB/T 37276，0 = 未达星级）· Star level in force' }) starLevel: number | null;
  @ApiProperty({ nullable: true, type: String }) starRatedOn: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '最近年度质量检查 · Latest inspection year' }) inspectionYear: number | null;
  @ApiProperty({ nullable: true, type: Boolean, description: '是否达标 · Passed' }) inspectionPassed: boolean | null;
}

export function mapFacility(row: FacilityRow, asOf: string): FacilityDto {
  return {
    id: row.id,
    name: row.name,
    regionCode: row.region_code,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    phone: row.phone,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    closeReason: row.close_reason,
    asOf,
    profile: row.kind ? mapFacilityProfile(row) : null,
    starLevel: row.star_level,
    starRatedOn: row.star_rated_on,
    inspectionYear: row.inspection_year,
    inspectionPassed: row.inspection_passed,
  };
}

export class FacilityPageDto extends PageDtoOf(FacilityDto) {}

export class InspectionViewDto {
  @ApiProperty({ format: 'uuid', description: '检查记录 id（登记隐患时可引用）· Id, which a hazard found may name' }) id: string;
  @ApiProperty() year: number;
  @ApiProperty() passed: boolean;
  @ApiProperty({ nullable: true, type: Number }) score: number | null;
  @ApiProperty() inspectedOn: string;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
}

export function mapInspection(inspection: FacilityInspection): InspectionViewDto {
  const { id, year, passed, score, inspectedOn, notes } = inspection;
  return { id, year, passed, score: score === null ? null : Number(score), inspectedOn, notes };
}

export class StarRatingViewDto {
  @ApiProperty() ratedOn: string;
  @ApiProperty() edition: string;
  @ApiProperty() environment: number;
  @ApiProperty() facilities: number;
  @ApiProperty() operations: number;
  @ApiProperty() services: number;
  @ApiProperty({ description: '总分 · Total of 1,000' }) total: number;
  @ApiProperty({ description: '星级 0–5 · Star level earned' }) starLevel: number;
}

/** The section scores as numbers (stored as numeric), their total and the level. */
export function mapStarRating(rating: FacilityStarRating): StarRatingViewDto {
  const scores = { environment: Number(rating.environment), facilities: Number(rating.facilities), operations: Number(rating.operations), services: Number(rating.services) };
  return { ratedOn: rating.ratedOn, edition: rating.edition, ...scores, total: starRatingTotal(scores), starLevel: rating.starLevel };
}

export class CertificateViewDto {
  @ApiProperty({ enum: CERTIFICATE_KINDS }) kind: CertificateKind;
  @ApiProperty({ type: LabelDto }) kindLabel: LabelDto;
  @ApiProperty({ nullable: true, type: Number }) level: number | null;
  @ApiProperty({ nullable: true, type: String }) number: string | null;
  @ApiProperty() issuedOn: string;
  @ApiProperty({ nullable: true, type: String }) validUntil: string | null;
}

export function mapCertificate(c: StaffCertificate): CertificateViewDto {
  return { kind: c.kind, kindLabel: CERTIFICATE_KIND_LABELS[c.kind], level: c.level, number: c.number, issuedOn: c.issuedOn, validUntil: c.validUntil };
}

export class StaffViewDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: STAFF_ROLES }) role: StaffRole;
  @ApiProperty({ type: LabelDto }) roleLabel: LabelDto;
  @ApiProperty() hiredOn: string;
  @ApiProperty({ nullable: true, type: String }) leftOn: string | null;
  @ApiProperty({ type: [CertificateViewDto] }) certificates: CertificateViewDto[];
}

export function mapStaff(s: Staff): StaffViewDto {
  return {
    id: s.id,
    name: s.name,
    role: s.role,
    roleLabel: STAFF_ROLE_LABELS[s.role],
    hiredOn: s.hiredOn,
    leftOn: s.leftOn,
    certificates: (s.certificates ?? []).map(mapCertificate),
  };
}

export class StaffPageDto extends PageDtoOf(StaffViewDto) {}
