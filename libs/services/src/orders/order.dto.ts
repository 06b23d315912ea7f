import { ApiProperty } from '@nestjs/swagger';
import { LabelDto, Omittable, OptionalDate, OptionalUuid, PageDtoOf, PageQueryDto } from '@yiyang/core';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { ORDER_STATUS_LABELS, ORDER_STATUSES, SERVICE_TYPE_LABELS, SERVICE_TYPES, type OrderStatus, type ServiceType } from '../domain/service-types';
import { AllowanceDto } from '../subsidies/subsidy.dto';
import { VISIT_OUTCOMES } from '../visits/visit.entity';
import type { OrderRow } from './orders.repository';

export class BookDto {
  @ApiProperty({ format: 'uuid', description: '服务对象 · The older person' })
  @IsUUID()
  residentId: string;

  @ApiProperty({ format: 'uuid', description: '时段 · Slot' })
  @IsUUID()
  slotId: string;
}

export class OrderQuery extends PageQueryDto {
  @OptionalUuid()
  residentId?: string;

  @OptionalUuid()
  facilityId?: string;

  @OptionalUuid()
  slotId?: string;

  @ApiProperty({ required: false, enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @OptionalDate('服务日期自（含）· Slot date from')
  from?: string;

  @OptionalDate('服务日期至（含）· Slot date to')
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


export function mapOrder(row: OrderRow): OrderDto {
  return { ...row, serviceTypeLabel: SERVICE_TYPE_LABELS[row.serviceType], statusLabel: ORDER_STATUS_LABELS[row.status] };
}
