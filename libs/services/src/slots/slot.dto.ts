import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, IsInstant, LabelDto, OptionalDate, OptionalUuid, PageDtoOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ORDER_STATUS_LABELS, ORDER_STATUSES, SERVICE_TYPE_LABELS, SERVICE_TYPES, type OrderStatus, type ServiceType } from '../domain/service-types';
import type { ServiceTypeRow } from './slot.entity';
import type { FacilitySlotRow, SlotBookingRow, SlotRow } from './slots.repository';

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

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

  @OptionalUuid()
  facilityId?: string;

  @OptionalDate('自（含，北京时间；缺省为今天）· From this date (Shanghai), inclusive; default today: slots are listed soonest first')
  from?: string;

  @OptionalDate('至（含）· To this date (Shanghai)')
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
  @OptionalDate('自（含，北京时间；缺省为今天）· From this date (Shanghai), inclusive; default today', '2026-05-11')
  from?: string;

  @OptionalDate('至（含，至多 42 天；缺省为自起 14 天）· To this date, inclusive; at most 42 days after from; default the 14 days from `from`', '2026-05-17')
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

export class ServiceTypeDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: LabelDto }) label: LabelDto;
  @ApiProperty({ description: '国家居家上门服务分类 · National home-visit type 01–06' }) nationalCode: string;
  @ApiProperty({ description: '上门服务 · Delivered at home' }) atHome: boolean;
  @ApiProperty({ description: '开始前多少分钟内不可取消 · Cancellation cut-off, minutes before the start' }) cancelCutoffMinutes: number;
  @ApiProperty({ description: '结束后多少分钟未签到记为未到 · Minutes after the end before a no-show' }) noShowGraceMinutes: number;
}

export function mapServiceType(type: ServiceTypeRow): ServiceTypeDto {
  return {
    code: type.code,
    label: { zh: type.nameZh, en: type.nameEn },
    nationalCode: type.nationalCode,
    atHome: type.atHome,
    cancelCutoffMinutes: type.cancelCutoffMinutes,
    noShowGraceMinutes: type.noShowGraceMinutes,
  };
}

export function mapSlot(row: SlotRow): SlotDto {
  return { ...row, serviceTypeLabel: SERVICE_TYPE_LABELS[row.serviceType] };
}

export function mapSlotBooking(row: SlotBookingRow): SlotBookingDto {
  return { ...row, statusLabel: ORDER_STATUS_LABELS[row.status] };
}

export function mapFacilitySlot(row: FacilitySlotRow): FacilitySlotDto {
  return { ...mapSlot(row), bookings: row.bookings.map(mapSlotBooking) };
}
