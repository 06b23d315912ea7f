import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsDateOnly, IsNotFutureDate, LabelDto, Omittable } from '@yiyang/core';
import { IsBoolean, IsIn, IsString, IsUUID, Length } from 'class-validator';
import type { RankedApplicant } from '../domain/waitlist-policy';
import { STAY_FUNDING, type StayFunding } from '../stay.entity';
import { OFFER_STATUSES, WAITLIST_STATUSES } from '../waitlist.entity';
import type { EntryRow, OfferRow, QueueRow, VacantBedRow } from '../waitlist.repository';
import { AdmitDto } from './stay.dto';

export class ApplyDto {
  @ApiProperty({ format: 'uuid', description: '申请人（老年人）· The person applying' })
  @IsUUID()
  residentId: string;
}

export class OfferDto {
  @ApiProperty({ format: 'uuid', description: '提供的床位（本机构今日空床）· The bed offered: vacant today, in this facility' })
  @IsUUID()
  bedId: string;

  @ApiProperty({ required: false, description: '越过排在前面的申请人时的理由 · Why, when applicants wait ahead of this one' })
  @Omittable()
  @IsString()
  @Length(1, 500)
  skipReason?: string;

  @ApiProperty({ enum: STAY_FUNDING, required: false, default: 'self_pay', description: '接受后入住的费用来源 · Funding of the stay if accepted' })
  @Omittable()
  @IsIn(STAY_FUNDING)
  funding?: StayFunding;
}

export class WithdrawDto {
  @ApiProperty({ required: false, description: '撤回原因 · Why' })
  @Omittable()
  @IsString()
  @Length(1, 500)
  reason?: string;

  @ApiProperty({
    required: false,
    default: false,
    description: '免于处罚（仅机构方，须说明原因，如申请人去世、重复申请）· Without the decline penalty: the facility\'s side only, with a reason (death, a duplicate application)',
  })
  @Omittable()
  @IsBoolean()
  withoutPenalty?: boolean;
}

export class AcceptDto extends PickType(AdmitDto, ['funding', 'safetyRisks'] as const) {
  @ApiProperty({ required: false, description: '入住日期（默认今天；在提供床位之后，不晚于今天）· Admitted on: default today, since the offer, not in the future' })
  @Omittable()
  @IsDateOnly()
  @IsNotFutureDate()
  admittedOn?: string;
}

class PendingOfferDto {
  @ApiProperty({ format: 'uuid' }) offerId: string;
  @ApiProperty({ format: 'uuid' }) bedId: string;
  @ApiProperty() bedCode: string;
  @ApiProperty({ description: '保留至 · Open until' }) expiresAt: Date;
}

export class WaitlistEntryDto {
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ description: '脱敏姓名 · Masked name' }) residentName: string;
  @ApiProperty({ description: '排位（1 起）· Position, from 1' }) position: number;
  @ApiProperty({ description: '优先组代码 · Priority group' }) group: string;
  @ApiProperty({ type: LabelDto }) groupLabel: LabelDto;
  @ApiProperty({ description: '随报随入（失能特困）· Admitted on request, ahead of every queue' }) noQueue: boolean;
  @ApiProperty({ nullable: true, type: Number, description: '评估等级 · Standing assessed level' }) level: number | null;
  @ApiProperty() appliedAt: string;
  @ApiProperty({ enum: ['waiting', 'offered'] }) status: string;
  @ApiProperty({ type: LabelDto, description: '排位依据 · Why this place' }) why: LabelDto;
  @ApiProperty({ nullable: true, type: PendingOfferDto, description: '待确认的床位 · Pending offer' }) offer: PendingOfferDto | null;
}

class VacantBedDto {
  @ApiProperty({ format: 'uuid' }) bedId: string;
  @ApiProperty() bedCode: string;
  @ApiProperty({ description: '护理型床位 · Care-type bed' }) careType: boolean;
}

class SuspendedEntryDto {
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() residentName: string;
  @ApiProperty({ description: '暂停至（当日起恢复轮候）· Back in the queue on' }) suspendedUntil: string;
}

export class WaitlistDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty({ description: '轮候规则版本 · Policy version' }) policyVersion: string;
  @ApiProperty({ type: [VacantBedDto], nullable: true, description: '今日可提供的空床（家属不可见）· Beds vacant today and not on offer (not shown to families)' })
  vacantBeds: VacantBedDto[] | null;
  @ApiProperty({ type: WaitlistEntryDto, nullable: true, description: '下一位（尚无待确认床位者；家属不可见）· Next to offer a bed to (not shown to families)' })
  nextUp: WaitlistEntryDto | null;
  @ApiProperty({ type: [WaitlistEntryDto], description: '轮候顺序；只能看到亲属的人只看到亲属 · The queue; a family member sees only their relative' })
  entries: WaitlistEntryDto[];
  @ApiProperty({ type: [SuspendedEntryDto], description: '暂停轮候（拒绝或逾期未确认后）· Suspended after declining or letting an offer lapse' })
  suspended: SuspendedEntryDto[];
}

export class WaitlistOfferDto {
  @ApiProperty({ format: 'uuid' }) offerId: string;
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) bedId: string;
  @ApiProperty() bedCode: string;
  @ApiProperty() offeredAt: Date;
  @ApiProperty() expiresAt: Date;
  @ApiProperty({ enum: OFFER_STATUSES }) status: string;
  @ApiProperty({ enum: STAY_FUNDING }) funding: StayFunding;
  @ApiProperty({ description: '同一床位上其他待确认的提供 · Other pending offers of the same bed (first to accept gets it)' }) competingOffers: number;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ enum: WAITLIST_STATUSES }) status: string;
  @ApiProperty({ nullable: true, type: String, description: '暂停至 · Suspended until' }) suspendedUntil: string | null;
  @ApiProperty({ nullable: true, type: Number, description: '当前排位（不在队列中为空）· Place in the queue, if in it' }) position: number | null;
}

class HomeApplicationDto {
  @ApiProperty({ format: 'uuid' }) entryId: string;
  @ApiProperty({ enum: ['waiting', 'offered', 'suspended'], description: '轮候中/已提供床位/暂停 · Waiting, holding an offer, or suspended after a declined offer' })
  status: 'waiting' | 'offered' | 'suspended';
  @ApiProperty({ nullable: true, type: Number, description: '排位（暂停时为空）· Place in the queue (none while suspended)' }) position: number | null;
  @ApiProperty({ nullable: true, type: LabelDto, description: '排位依据 · Why this place' }) why: LabelDto | null;
  @ApiProperty({ nullable: true, type: LabelDto, description: '优先组 · Priority group' }) groupLabel: LabelDto | null;
  @ApiProperty() appliedAt: string;
  @ApiProperty({ nullable: true, type: String, description: '暂停至 · Back in the queue on' }) suspendedUntil: string | null;
  @ApiProperty({ nullable: true, type: PendingOfferDto, description: '待确认的床位 · The bed offered, awaiting an answer' }) offer: PendingOfferDto | null;
}

export class WaitlistHomeDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: '所在乡镇（街道）· Township or district of the home' }) regionName: string;
  @ApiProperty({ description: '轮候规则版本 · Policy version' }) policyVersion: string;
  @ApiProperty({ description: '拒绝床位后暂停轮候月数（0 不暂停）· Months an application is suspended after declining an offer' }) declinePenaltyMonths: number;
  @ApiProperty({ description: '床位保留天数 · Days an offer stays open' }) offerValidDays: number;
  @ApiProperty({ type: HomeApplicationDto, nullable: true, description: '该老人在此的申请 · The person\'s open application here' }) application: HomeApplicationDto | null;
}

export function mapWaitlistEntry(entry: RankedApplicant<QueueRow>): WaitlistEntryDto {
  return {
    entryId: entry.entryId,
    residentId: entry.residentId,
    residentName: entry.residentName,
    position: entry.position,
    group: entry.group,
    groupLabel: entry.groupLabel,
    noQueue: entry.noQueue,
    level: entry.level,
    appliedAt: entry.appliedAt,
    status: entry.status,
    why: entry.why,
    offer: entry.offerId ? { offerId: entry.offerId, bedId: entry.offerBedId!, bedCode: entry.offerBedCode!, expiresAt: entry.offerExpiresAt! } : null,
  };
}

export function mapVacantBed(row: VacantBedRow): VacantBedDto {
  return { bedId: row.bedId, bedCode: row.bedCode, careType: row.careType };
}

export function mapSuspendedEntry(row: QueueRow): SuspendedEntryDto {
  return { entryId: row.entryId, residentId: row.residentId, residentName: row.residentName, suspendedUntil: row.suspendedUntil! };
}

export function mapWaitlistOffer(row: OfferRow): WaitlistOfferDto {
  return {
    offerId: row.offerId,
    entryId: row.entryId,
    bedId: row.bedId,
    bedCode: row.bedCode,
    offeredAt: row.offeredAt,
    expiresAt: row.expiresAt,
    status: row.status,
    funding: row.funding,
    competingOffers: row.competingOffers,
  };
}

/** An application as it stands, with its place in the queue (null when not in it). */
export function mapApplication(entry: EntryRow, position: number | null): ApplicationDto {
  return { entryId: entry.entryId, facilityId: entry.facilityId, residentId: entry.residentId, status: entry.status, suspendedUntil: entry.suspendedUntil, position };
}
