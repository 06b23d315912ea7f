import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '@yiyang/core';
import { BED_CREATION_ORIGINS, BED_ORIGINS, type BedCreationOrigin, type BedOrigin } from '../bed-commissioning.entity';
import { BED_SETTINGS, type BedSetting } from '../bed.entity';

export const BED_STATUSES = ['vacant', 'occupied', 'reserved', 'out_of_service', 'closed', 'not_yet_open'] as const;
export type BedStatus = (typeof BED_STATUSES)[number];

export class BedCommissioningDto {
  @ApiProperty({ enum: BED_ORIGINS, description: '新建 new_build / 改建 rebuild' }) origin: BedOrigin;
  @ApiProperty({ description: '投用日期 · Commissioned on' }) commissionedOn: string;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
}

export class BedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() code: string;
  @ApiProperty({ enum: BED_SETTINGS }) setting: BedSetting;
  @ApiProperty({ nullable: true, type: String }) room: string | null;
  @ApiProperty({ nullable: true, type: Number }) floor: number | null;
  @ApiProperty({ nullable: true, type: String }) homeRegionCode: string | null;
  @ApiProperty() openedOn: string;
  @ApiProperty({ nullable: true, type: String }) closedOn: string | null;
  @ApiProperty({ description: '快照日期 · Date shown' }) asOf: string;
  @ApiProperty({ enum: BED_STATUSES, description: '状态 · Status on asOf' }) status: BedStatus;
  @ApiProperty({ nullable: true, type: Boolean, description: '护理型 · Care-type on asOf' }) careType: boolean | null;
  @ApiProperty({ nullable: true, type: Boolean, description: '认知障碍照护 · Dementia-care on asOf' }) dementiaCare: boolean | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: '在住记录 · The stay on asOf' }) stayId: string | null;
  @ApiProperty({ nullable: true, type: String, description: '入住老人（脱敏）· Occupant on asOf, masked' }) occupant: string | null;
  @ApiProperty({
    enum: BED_CREATION_ORIGINS,
    description: '来源：原有 existing / 新建 new_build / 改建 rebuild（首次投用记录）· Origin: its first commissioning, or existing',
  })
  origin: BedCreationOrigin;
  @ApiProperty({ type: [BedCommissioningDto], description: '新建、改建投用记录 · Commissionings by building work, oldest first' })
  commissionings: BedCommissioningDto[];
}

/** A bed as of a date as the bed-as-of statement reads it (BedsRepository). */
export interface BedRow {
  id: string;
  facilityId: string;
  code: string;
  setting: BedSetting;
  room: string | null;
  floor: number | null;
  homeRegionCode: string | null;
  openedOn: string;
  closedOn: string | null;
  asOf: string;
  status: BedStatus;
  careType: boolean | null;
  dementiaCare: boolean | null;
  stayId: string | null;
  occupant: string | null;
  commissionings: BedCommissioningDto[];
}

export function mapBed(row: BedRow): BedDto {
  return {
    id: row.id,
    facilityId: row.facilityId,
    code: row.code,
    setting: row.setting,
    room: row.room,
    floor: row.floor,
    homeRegionCode: row.homeRegionCode,
    openedOn: row.openedOn,
    closedOn: row.closedOn,
    asOf: row.asOf,
    status: row.status,
    careType: row.careType,
    dementiaCare: row.dementiaCare,
    stayId: row.stayId,
    occupant: row.occupant,
    origin: row.commissionings[0]?.origin ?? 'existing',
    commissionings: row.commissionings,
  };
}

export class BedPageDto extends PageDtoOf(BedDto) {}

export class BedClassificationDto {
  @ApiProperty() validFrom: string;
  @ApiProperty({ nullable: true, type: String }) validTo: string | null;
  @ApiProperty() careType: boolean;
  @ApiProperty() dementiaCare: boolean;
  @ApiProperty({ nullable: true, type: String, description: '变更人 · Changed by (user id)' }) changedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) changedAt: string;
}

/** A classification period as stored. */
export interface BedClassificationRow {
  validFrom: string;
  validTo: string | null;
  careType: boolean;
  dementiaCare: boolean;
  changedBy: string | null;
  changedAt: Date;
}

export function mapBedClassification(row: BedClassificationRow): BedClassificationDto {
  return { ...row, changedAt: new Date(row.changedAt).toISOString() };
}

export class BulkBedsResultDto {
  @ApiProperty() created: number;
  @ApiProperty({ description: '新建房间数 · Rooms created' }) roomsCreated: number;
  @ApiProperty({ type: [BedDto] }) items: BedDto[];
}

export class BedImportResultDto {
  @ApiProperty({ description: '文件数据行数 · Data rows in the file' }) rows: number;
  @ApiProperty({ description: '新增床位 · Beds created' }) inserted: number;
  @ApiProperty({ description: '修改（导入只新增，恒为 0）· Updated: always 0, an import only adds beds' }) updated: number;
  @ApiProperty({ description: '未变（恒为 0）· Unchanged: always 0' }) unchanged: number;
  @ApiProperty({ description: '新建房间数 · Rooms created' }) roomsCreated: number;
}

export class BoardBedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty({ enum: BED_STATUSES }) status: BedStatus;
  @ApiProperty({ enum: BED_SETTINGS }) setting: BedSetting;
  @ApiProperty({ nullable: true, type: Boolean }) careType: boolean | null;
  @ApiProperty({ nullable: true, type: Boolean }) dementiaCare: boolean | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: '在住记录（详情另行查询并记入审计）· The stay: its details, read apart, are audited' })
  stayId: string | null;
  @ApiProperty({ nullable: true, type: String, description: '入住老人（脱敏）· Occupant, masked' }) occupant: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: '预留至（轮候床位待确认）· Reserved for an applicant until' }) reservedUntil: string | null;
}

export class BoardRoomDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [BoardBedDto] }) beds: BoardBedDto[];
}

export class BoardFloorDto {
  @ApiProperty({ nullable: true, type: Number }) floor: number | null;
  @ApiProperty({ type: [BoardRoomDto] }) rooms: BoardRoomDto[];
}

export class BoardTotalsDto {
  @ApiProperty({ description: '列出的床位（该日前已启用，含已撤）· Beds listed: opened by the date, closed ones included' }) listed: number;
  @ApiProperty({ description: '在用（未撤）· Open beds' }) open: number;
  @ApiProperty({ description: '护理型（在用）· Open care-type beds' }) careType: number;
  @ApiProperty({ description: '普通型（在用）· Open general beds' }) general: number;
  @ApiProperty({ description: '认知障碍照护（在用）· Open dementia-care beds' }) dementiaCare: number;
  @ApiProperty() vacant: number;
  @ApiProperty() occupied: number;
  @ApiProperty() reserved: number;
  @ApiProperty() outOfService: number;
  @ApiProperty() closed: number;
}

export class BedBoardDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty() date: string;
  @ApiProperty({ description: '版本：床位一览的任何变化都会使其增加 · Changes whenever anything on the board changes' }) boardVersion: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: '最早的预留到期时刻，届时床位状态自行变化 · When the first reservation ends and the board changes by itself' })
  freshUntil: string | null;
  @ApiProperty({ type: [BoardFloorDto] }) floors: BoardFloorDto[];
  @ApiProperty({ type: [BoardBedDto], description: '家庭养老床位 · Home beds served by the facility' }) homeBeds: BoardBedDto[];
  @ApiProperty({ type: BoardTotalsDto }) totals: BoardTotalsDto;
}

export class BedSummaryRowDto {
  @ApiProperty({ description: '设施类型 · Facility kind' }) facilityKind: string;
  @ApiProperty({ enum: BED_SETTINGS }) setting: BedSetting;
  @ApiProperty({ description: '在用床位 · Open beds' }) beds: number;
  @ApiProperty({ description: '护理型 · Care-type beds' }) careTypeBeds: number;
  @ApiProperty({ description: '认知障碍照护 · Dementia-care beds' }) dementiaCareBeds: number;
  @ApiProperty({ description: '设施数 · Facilities' }) facilities: number;
}

export class BedSummaryDto {
  @ApiProperty() date: string;
  @ApiProperty({ nullable: true, type: String }) regionCode: string | null;
  @ApiProperty({ type: [BedSummaryRowDto] }) rows: BedSummaryRowDto[];
}
