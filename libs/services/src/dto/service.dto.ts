import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, IsInstant, IsNotFutureDate, LabelDto, Omittable, PageDtoOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { EligibilityConditionDto } from '@yiyang/residents';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ORDER_STATUSES, SERVICE_TYPES, type OrderStatus, type ServiceType } from '../domain/service-types';
import { VISIT_FREQUENCIES, VISIT_MODES, VISIT_OUTCOMES } from '../service.entity';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The terms every slot states, whether made one by one or from a rule. */
class SlotTermsDto {
  @ApiProperty({ enum: SERVICE_TYPES, description: '服务类型 · Service type' })
  @IsIn(SERVICE_TYPES)
  serviceType: ServiceType;

  @ApiProperty({ minimum: 1, maximum: 10_000, description: '名额 · Places' })
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity: number;

  @ApiProperty({ minimum: 0, description: '价格（分）· Price in cents (分)', example: 1500 })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  priceCents: number;

  @ApiProperty({ type: [String], description: '服务范围（区划代码，含下级）· Area served: region codes, each with its subtree', example: ['500112002000'] })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(REGION_CODE_PATTERN, { each: true, message: 'each area code must be a 12-digit statistical division code' })
  area: string[];
}

export class CreateSlotDto extends SlotTermsDto {
  @ApiProperty({ description: '开始（上门服务：到达时段开始）· Starts at, ISO 8601 with offset', example: '2025-06-02T11:00:00+08:00' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ description: '结束 · Ends at', example: '2025-06-02T12:30:00+08:00' })
  @IsInstant()
  endsAt: string;
}

export class CreateSeriesDto extends SlotTermsDto {
  @ApiProperty({ description: 'iCalendar 重复规则 · RRULE (RFC 5545)', example: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' })
  @IsString()
  @Length(1, 200)
  rrule: string;

  @ApiProperty({ example: '2025-06-01' })
  @IsDateOnly()
  from: string;

  @ApiProperty({ example: '2025-06-30', description: '含当日 · Inclusive' })
  @IsDateOnly()
  until: string;

  @ApiProperty({ example: '11:00', description: '北京时间 · China Standard Time' })
  @Matches(TIME_OF_DAY, { message: 'startTime must be HH:MM' })
  startTime: string;

  @ApiProperty({ example: '12:30' })
  @Matches(TIME_OF_DAY, { message: 'endTime must be HH:MM' })
  endTime: string;
}

export class SeriesResultDto {
  @ApiProperty({ format: 'uuid' }) seriesId: string;
  @ApiProperty({ description: '新建时段数 · Slots created' }) created: number;
  @ApiProperty({ nullable: true, type: String }) firstStartsAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) lastStartsAt: Date | null;
}

export class SlotQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '服务此区划（含下级）居民的时段 · Slots serving people of this region' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @ApiProperty({ required: false, enum: SERVICE_TYPES })
  @IsOptional()
  @IsIn(SERVICE_TYPES)
  serviceType?: ServiceType;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiProperty({ required: false, description: '自（含，北京时间；缺省为今天）· From this date (Shanghai), inclusive; default today: slots are listed soonest first' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiProperty({ required: false, description: '至（含）· To this date (Shanghai)' })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @ApiProperty({ required: false, description: '仅有余位且可预约 · Only open slots with places left' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  available?: boolean;
}

export class SlotDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ enum: SERVICE_TYPES }) serviceType: ServiceType;
  @ApiProperty({ type: LabelDto }) serviceTypeLabel: LabelDto;
  @ApiProperty({ description: '上门服务 · Delivered at home' }) atHome: boolean;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty() capacity: number;
  @ApiProperty() booked: number;
  @ApiProperty() remaining: number;
  @ApiProperty({ description: '分 · Cents' }) priceCents: number;
  @ApiProperty({ type: [String] }) area: string[];
  @ApiProperty({ enum: ['open', 'cancelled'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) seriesId: string | null;
}

export class SlotPageDto extends PageDtoOf(SlotDto) {}

export class FacilitySlotsQuery {
  @ApiProperty({ required: false, description: '自（含，北京时间；缺省为今天）· From this date (Shanghai), inclusive; default today', example: '2026-05-11' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiProperty({ required: false, description: '至（含，至多 42 天；缺省为自起 14 天）· To this date, inclusive; at most 42 days after from; default the 14 days from `from`', example: '2026-05-17' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class SlotBookingDto {
  @ApiProperty({ format: 'uuid', description: '订单 · Order' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ description: '脱敏姓名 · Masked name' }) residentName: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ type: LabelDto }) statusLabel: LabelDto;
  @ApiProperty({ nullable: true, type: String, description: '签到时间 · Checked in at' }) checkedInAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: '完成时间 · Done at' }) completedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: '记为未到的时间 · Marked a no-show at' }) noShowAt: string | null;
}

export class FacilitySlotDto extends SlotDto {
  @ApiProperty({ type: [SlotBookingDto], description: '预约（含已取消，按姓名）· Its bookings, cancelled ones included, by name' }) bookings: SlotBookingDto[];
}

export class FacilitySlotsDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [FacilitySlotDto], description: '按开始时间 · By start' }) slots: FacilitySlotDto[];
}

export class ReasonDto {
  @ApiProperty({ description: '原因 · Reason' })
  @IsString()
  @Length(1, 500)
  reason: string;
}

export class BookDto {
  @ApiProperty({ format: 'uuid', description: '服务对象 · The older person' })
  @IsUUID()
  residentId: string;

  @ApiProperty({ format: 'uuid', description: '时段 · Slot' })
  @IsUUID()
  slotId: string;
}

export class OrderQuery extends PageQueryDto {
  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  residentId?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  slotId?: string;

  @ApiProperty({ required: false, enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiProperty({ required: false, description: '服务日期自（含）· Slot date from' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiProperty({ required: false, description: '服务日期至（含）· Slot date to' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}

export class OrderDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) slotId: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ description: '脱敏姓名 · Masked name' }) residentName: string;
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty({ enum: SERVICE_TYPES }) serviceType: ServiceType;
  @ApiProperty({ type: LabelDto }) serviceTypeLabel: LabelDto;
  @ApiProperty() startsAt: Date;
  @ApiProperty() endsAt: Date;
  @ApiProperty({ enum: ORDER_STATUSES }) status: OrderStatus;
  @ApiProperty({ type: LabelDto }) statusLabel: LabelDto;
  @ApiProperty({ description: '价格（分）· Price, cents' }) priceCents: number;
  @ApiProperty({ description: '补贴（分）· Subsidy, cents' }) subsidyCents: number;
  @ApiProperty({ description: '自付（分）· Self-pay, cents' }) selfPayCents: number;
  @ApiProperty() bookedAt: Date;
  @ApiProperty({ nullable: true, type: String, description: '签到时间 · Checked in at' }) checkedInAt: Date | null;
  @ApiProperty({ nullable: true, type: String, description: '签到人员 · Who checked in' }) checkedInByName: string | null;
  @ApiProperty({ nullable: true, type: String, description: '签退（完成）时间 · Checked out (done) at' }) completedAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) cancelledAt: Date | null;
  @ApiProperty({ nullable: true, type: String }) noShowAt: Date | null;
  @ApiProperty({ nullable: true, type: String, description: '提醒时间 · Reminded at' }) remindedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) rating: number | null;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
}

export class OrderPageDto extends PageDtoOf(OrderDto) {}

export class CompleteDto {
  @ApiProperty({ required: false, enum: VISIT_OUTCOMES, description: '探访结果（探访关爱订单）· Outcome, for a caring visit' })
  @Omittable()
  @IsIn(VISIT_OUTCOMES)
  outcome?: (typeof VISIT_OUTCOMES)[number];

  @ApiProperty({ required: false })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  notes?: string;
}

export class RateDto {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @ApiProperty({ required: false })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  comment?: string;
}

export class SubsidyRuleInputDto {
  @ApiProperty({ description: '适用区划（户籍在其下）· Region: people whose 户籍 lies in its subtree' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ example: '海城市居家养老服务补贴' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ type: [EligibilityConditionDto], description: '满足任一即可 · Eligible when any holds' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  // An array item ([[]]) passes ValidateNested as a nested list of DTOs and reached the service (500).
  @IsObject({ each: true })
  @ValidateNested({ each: true })
  @Type(() => EligibilityConditionDto)
  conditions: EligibilityConditionDto[];

  @ApiProperty({ required: false, type: 'integer', nullable: true, minimum: 0, maximum: 10_000_000, description: '每月额度（分）· Monthly allowance, cents', example: 60000 })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  monthlyCapCents?: number | null;

  @ApiProperty({ required: false, type: 'integer', nullable: true, minimum: 0, maximum: 10_000_000, description: '每单上限（服务券面额，分）· Per order (voucher face value), cents' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  perOrderCapCents?: number | null;

  @ApiProperty({ required: false, type: 'integer', nullable: true, minimum: 0, maximum: 1_000, description: '每月可补贴单数（服务券张数）· Subsidised orders a month (vouchers)' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(1_000)
  ordersPerMonth?: number | null;

  @ApiProperty({ required: false, default: 100, minimum: 0, maximum: 100, description: '补贴比例（%）· Share of the price' })
  @Omittable()
  @IsInt()
  @Min(0)
  @Max(100)
  ratePercent?: number;

  @ApiProperty({ required: false, enum: SERVICE_TYPES, isArray: true, description: '适用服务（空：全部）· Service types covered; empty: all' })
  @Omittable()
  @ArrayUnique()
  @IsIn(SERVICE_TYPES, { each: true })
  serviceTypes?: ServiceType[];

  @ApiProperty({ example: '2025-01-01' })
  @IsDateOnly()
  validFrom: string;

  @ApiProperty({ required: false, type: String, format: 'date', nullable: true, description: '止（不含）· Until, exclusive' })
  @Omittable()
  @IsDateOnly()
  validTo?: string | null;
}

export class SubsidyRuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: [EligibilityConditionDto] }) conditions: EligibilityConditionDto[];
  @ApiProperty({ nullable: true, type: Number }) monthlyCapCents: number | null;
  @ApiProperty({ nullable: true, type: Number }) perOrderCapCents: number | null;
  @ApiProperty({ nullable: true, type: Number }) ordersPerMonth: number | null;
  @ApiProperty() ratePercent: number;
  @ApiProperty({ type: [String] }) serviceTypes: string[];
  @ApiProperty() validFrom: string;
  @ApiProperty({ nullable: true, type: String }) validTo: string | null;
}

export class MonthQuery {
  @ApiProperty({ example: '2025-06' })
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month: string;
}

class MoneyTotalsDto {
  @ApiProperty() orders: number;
  @ApiProperty() priceCents: number;
  @ApiProperty() subsidyCents: number;
  @ApiProperty() selfPayCents: number;
  @ApiProperty({ description: '元 · Yuan', example: '1234.50' }) price: string;
  @ApiProperty({ example: '600.00' }) subsidy: string;
  @ApiProperty({ example: '634.50' }) selfPay: string;
}

class StatementLineDto {
  @ApiProperty({ format: 'uuid' }) orderId: string;
  @ApiProperty() startsAt: Date;
  @ApiProperty({ enum: SERVICE_TYPES }) serviceType: ServiceType;
  @ApiProperty() facilityName: string;
  @ApiProperty() priceCents: number;
  @ApiProperty() subsidyCents: number;
  @ApiProperty() selfPayCents: number;
}

class AllowanceDto {
  @ApiProperty({ format: 'uuid' }) ruleId: string;
  @ApiProperty() ruleName: string;
  @ApiProperty({ nullable: true, type: Number }) monthlyCapCents: number | null;
  @ApiProperty({ description: '已用（含未完成的预约）· Used, pending bookings included' }) usedCents: number;
  @ApiProperty({ nullable: true, type: Number }) remainingCents: number | null;
}

export class QuoteQuery {
  @ApiProperty({ format: 'uuid', description: '服务对象 · The older person to be booked' })
  @IsUUID()
  residentId: string;
}

export class QuoteDto {
  @ApiProperty({ format: 'uuid' }) slotId: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty({ description: '价格（分）· Price, cents' }) priceCents: number;
  @ApiProperty({ description: '补贴（分）· Subsidy, cents' }) subsidyCents: number;
  @ApiProperty({ description: '自付（分）· Self-pay, cents' }) selfPayCents: number;
  @ApiProperty({ description: '时段所在月 · The month of the slot (Shanghai)', example: '2026-05' }) month: string;
  @ApiProperty({ type: AllowanceDto, nullable: true, description: '该月的补贴：已用与预约前剩余 · The subsidy of that month: used and left before this booking' })
  allowance: AllowanceDto | null;
}

export class ResidentStatementDto {
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() residentName: string;
  @ApiProperty() month: string;
  @ApiProperty({ type: AllowanceDto, nullable: true, description: '本月适用的补贴 · The subsidy that applies this month' }) allowance: AllowanceDto | null;
  @ApiProperty({ type: [StatementLineDto], description: '已完成的服务 · Services delivered (completed)' }) lines: StatementLineDto[];
  @ApiProperty({ type: MoneyTotalsDto }) totals: MoneyTotalsDto;
}

class ProviderLineDto extends MoneyTotalsDto {
  @ApiProperty({ enum: SERVICE_TYPES }) serviceType: ServiceType;
  @ApiProperty({ description: '服务人数 · Distinct people served' }) people: number;
}

export class ProviderStatementDto {
  @ApiProperty({ format: 'uuid' }) facilityId: string;
  @ApiProperty() facilityName: string;
  @ApiProperty() month: string;
  @ApiProperty({ type: [ProviderLineDto], description: '按服务类型 · By service type (completed orders)' }) byServiceType: ProviderLineDto[];
  @ApiProperty({ type: MoneyTotalsDto, description: '补贴部分向民政结算，自付部分向老人收取 · Subsidies are claimed from civil affairs, self-pay collected from people' })
  totals: MoneyTotalsDto;
}

export class VisitPlanInputDto {
  @ApiProperty({ enum: VISIT_FREQUENCIES })
  @IsIn(VISIT_FREQUENCIES)
  frequency: (typeof VISIT_FREQUENCIES)[number];

  @ApiProperty({ required: false, type: String, nullable: true, format: 'uuid', description: '负责探访的机构 · Facility whose staff visit' })
  @Omittable()
  @IsUUID()
  facilityId?: string | null;
}

export class VisitInputDto {
  @ApiProperty({ description: '探访时间 · When', example: '2025-06-03T10:00:00+08:00' })
  @IsInstant()
  visitedAt: string;

  @ApiProperty({ enum: VISIT_MODES })
  @IsIn(VISIT_MODES)
  mode: (typeof VISIT_MODES)[number];

  @ApiProperty({ enum: VISIT_OUTCOMES })
  @IsIn(VISIT_OUTCOMES)
  outcome: (typeof VISIT_OUTCOMES)[number];

  @ApiProperty({ required: false })
  @Omittable()
  @IsString()
  @Length(1, 1000)
  notes?: string;

  @ApiProperty({ required: false, format: 'uuid' })
  @Omittable()
  @IsUUID()
  facilityId?: string;
}

export class VisitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() visitedAt: Date;
  @ApiProperty({ enum: VISIT_MODES }) mode: string;
  @ApiProperty({ enum: VISIT_OUTCOMES }) outcome: string;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String }) facilityId: string | null;
  @ApiProperty({ nullable: true, type: String }) orderId: string | null;
}

export class VisitRateQuery {
  @ApiProperty({ description: '区划 · Region' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ enum: ['week', 'month'], description: '周（周一至周日）或自然月 · ISO week (Monday–Sunday) or calendar month' })
  @IsIn(['week', 'month'])
  period: 'week' | 'month';

  @ApiProperty({ description: '该周期内的任一日 · Any day of the period' })
  @IsDateOnly()
  @IsNotFutureDate()
  on: string;
}

class VisitRateRowDto {
  @ApiProperty() regionCode: string;
  @ApiProperty({ nullable: true, type: String }) regionName: string | null;
  @ApiProperty({ description: '名册人数（独居、空巢、留守）· On the roster' }) roster: number;
  @ApiProperty({ description: '已探访 · Visited' }) visited: number;
  @ApiProperty({ nullable: true, type: Number }) rate: number | null;
}

export class VisitRateDto extends VisitRateRowDto {
  @ApiProperty() period: string;
  @ApiProperty() from: string;
  @ApiProperty({ description: '止（不含）· Until, exclusive' }) to: string;
  @ApiProperty({ type: [VisitRateRowDto], description: '按乡镇（街道）· By township' }) townships: VisitRateRowDto[];
}

export class DueVisitDto {
  @ApiProperty({ format: 'uuid' }) residentId: string;
  @ApiProperty() residentName: string;
  @ApiProperty() livingArrangement: string;
  @ApiProperty({ enum: VISIT_FREQUENCIES }) frequency: string;
  @ApiProperty({ nullable: true, type: String, description: '上次探访 · The last visit the caller may see (a facility: its own)' }) lastVisitedAt: Date | null;
}

export class DueVisitsQuery {
  @ApiProperty({ required: false })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @ApiProperty({ required: false, format: 'uuid', description: '该机构负责探访的人 · People this facility visits' })
  @IsOptional()
  @IsUUID()
  facilityId?: string;
}
