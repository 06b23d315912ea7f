import { ApiProperty, PickType } from '@nestjs/swagger';
import { NineRisks, NineRisksDto } from '@yiyang/assessments';
import { IsDateOnly, IsNotFutureDate, LabelDto, Omittable, PageDtoOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { DISCHARGE_REASONS, OFFER_STATUSES, STAY_FUNDING, WAITLIST_STATUSES, type DischargeReason, type StayFunding } from '../stay.entity';

export class AdmitDto {
  @ApiProperty({ format: 'uuid', description: '入住老年人 · The person admitted' })
  @IsUUID()
  residentId: string;

  @ApiProperty({ format: 'uuid', description: '床位 · Bed' })
  @IsUUID()
  bedId: string;

  @ApiProperty({ description: '入住日期（可补录，不得在已关闭报表期内，不晚于今天）· Admitted on: backdated within open periods, not in the future' })
  @IsDateOnly()
  @IsNotFutureDate()
  admittedOn: string;

  @ApiProperty({ enum: STAY_FUNDING, required: false, default: 'self_pay', description: '费用来源：自费/特困集中供养/政府购买 · Funding' })
  @Omittable()
  @IsIn(STAY_FUNDING)
  funding?: StayFunding;

  @ApiProperty({
    type: NineRisksDto,
    required: false,
    description: '入住安全风险评估（GB 38600 九防，九项齐全且各有等级；近 30 天内已有记录时可省略）· Safety risks at admission: all nine, each with a level; may be left out if assessed in the 30 days before',
  })
  @Omittable()
  @NineRisks()
  safetyRisks?: NineRisksDto;
}

export class TransferDto {
  @ApiProperty({ format: 'uuid', description: '新床位 · New bed' })
  @IsUUID()
  bedId: string;

  @ApiProperty({ description: '转床日期（不晚于今天）· Moves on, not in the future' })
  @IsDateOnly()
  @IsNotFutureDate()
  on: string;

  @ApiProperty({
    type: NineRisksDto,
    required: false,
    description: '转入其他机构时的安全风险评估（九项齐全且各有等级；近 30 天内已有记录时可省略）· Safety risks, all nine with a level, when moving to another facility and none were assessed in the 30 days before',
  })
  @Omittable()
  @NineRisks()
  safetyRisks?: NineRisksDto;
}

export class DischargeDto {
  @ApiProperty({ description: '出院日期：当日起不在床，不早于入住日、不晚于今天（入住当天离开即为入住日）· First day away: from the admission day (leaving the day they came) to today' })
  @IsDateOnly()
  @IsNotFutureDate()
  on: string;

  @ApiProperty({ enum: DISCHARGE_REASONS, description: '原因：回家/住院/去世/转出/其他 · Reason' })
  @IsIn(DISCHARGE_REASONS)
  reason: DischargeReason;
}

export class VoidAdmissionDto {
  @ApiProperty({ description: '作废原因（记入审计）· Why the admission was a mistake (audited)', example: '选错了老人 wrong person chosen' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class ListStaysQuery extends PageQueryDto {
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  residentId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: '床位（该床位的全部入住记录）· One bed\'s stays' })
  @IsOptional()
  @IsUUID()
  bedId?: string;

  @ApiProperty({ required: false, description: '仅在住（于 date）· Only stays running on `date`' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ required: false, description: '日期（默认今天）· Date for `active`' })
  @IsOptional()
  @IsDateOnly()
  date?: string;
}

export class StayDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ description: '脱敏姓名 · Masked name', example: '王*国' }) residentName: string;
  @ApiProperty({ format: 'uuid' }) bedId: string;
  @ApiProperty() bedCode: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() admittedOn: string;
  @ApiProperty({ nullable: true, type: String }) dischargedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) dischargeReason: string | null;
  @ApiProperty({ enum: STAY_FUNDING }) funding: StayFunding;
  @ApiProperty({ nullable: true, type: String }) transferredFromId: string | null;
}

export class StayPageDto extends PageDtoOf(StayDto) {}

export class VoidedStayDto extends PickType(StayDto, ['id', 'residentId', 'residentName', 'bedId', 'bedCode', 'facilityId', 'admittedOn', 'dischargedOn'] as const) {
  @ApiProperty({ type: String, format: 'date-time' }) voidedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: '作废人 · Voided by (user id)' }) voidedBy: string | null;
  @ApiProperty({ description: '原因 · Reason' }) reason: string;
}

export class ReportQuery {
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiProperty({ required: false, description: '区划及下级 · Region subtree' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;
}

export class MismatchQuery extends ReportQuery {
  @ApiProperty({ required: false, description: '日期（默认今天）· Date' })
  @IsOptional()
  @IsDateOnly()
  date?: string;
}

export class OccupancyQuery extends ReportQuery {
  @ApiProperty({ description: '月份 · Month', example: '2025-06' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month: string;
}

export class MismatchDto {
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ description: '脱敏姓名 · Masked name' }) residentName: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty() bedCode: string;
  @ApiProperty({ description: '评估等级（≥ 2 中度失能）· Assessed level' }) level: number;
  @ApiProperty({ type: LabelDto }) levelLabel: LabelDto;
}

export class OccupancyDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ description: '可用床日（在用床位的天数，扣除暂停使用）· Available bed-days' }) availableBedDays: number;
  @ApiProperty({ description: '占用床日 · Occupied bed-days' }) occupiedBedDays: number;
  @ApiProperty({ description: '入住率 · Occupancy rate (0–1)', nullable: true, type: Number }) occupancyRate: number | null;
  @ApiProperty({ description: '按等级加权的占用床位数（运营补贴基数）· Level-weighted occupied beds' }) levelWeightedOccupiedBeds: number;
}

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
