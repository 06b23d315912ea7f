import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, IsMonth, NestedList, Omittable, REGION_CODE_PATTERN } from '@yiyang/core';
import { EligibilityConditionDto } from '@yiyang/residents';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsString, Length, Matches, Max, Min } from 'class-validator';
import { SERVICE_TYPES, type ServiceType } from '../domain/service-types';
import { formatYuan } from '../domain/subsidy';
import type { AppliedRule, ProviderTotalsRow, StatementLineRow, SubsidyRuleRow } from './subsidies.repository';

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
  @NestedList(EligibilityConditionDto)
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
  @IsMonth()
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

export class AllowanceDto {
  @ApiProperty({ format: 'uuid' }) ruleId: string;
  @ApiProperty() ruleName: string;
  @ApiProperty({ nullable: true, type: Number }) monthlyCapCents: number | null;
  @ApiProperty({ description: '已用（含未完成的预约）· Used, pending bookings included' }) usedCents: number;
  @ApiProperty({ nullable: true, type: Number }) remainingCents: number | null;
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


export function mapSubsidyRule(rule: SubsidyRuleRow): SubsidyRuleDto {
  return {
    id: rule.id,
    regionCode: rule.regionCode,
    name: rule.name,
    conditions: rule.conditions,
    monthlyCapCents: rule.monthlyCapCents,
    perOrderCapCents: rule.perOrderCapCents,
    ordersPerMonth: rule.ordersPerMonth,
    ratePercent: rule.ratePercent,
    serviceTypes: rule.serviceTypes,
    validFrom: rule.validFrom,
    validTo: rule.validTo,
  };
}

/** The allowance of a month as people read it: the rule, what is used, what is left. */
export function mapAllowance(rule: AppliedRule | null, use: { usedCents: number }): AllowanceDto | null {
  return (
    rule && {
      ruleId: rule.id,
      ruleName: rule.name,
      monthlyCapCents: rule.monthlyCapCents,
      usedCents: use.usedCents,
      remainingCents: rule.monthlyCapCents === null ? null : Math.max(rule.monthlyCapCents - use.usedCents, 0),
    }
  );
}

/** Sums of money over orders, in cents and in yuan as statements print them. */
export function mapMoneyTotals(rows: { priceCents: number; subsidyCents: number; selfPayCents: number }[]): MoneyTotalsDto {
  const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const [priceCents, subsidyCents, selfPayCents] = [sum((r) => r.priceCents), sum((r) => r.subsidyCents), sum((r) => r.selfPayCents)];
  return { orders: rows.length, priceCents, subsidyCents, selfPayCents, price: formatYuan(priceCents), subsidy: formatYuan(subsidyCents), selfPay: formatYuan(selfPayCents) };
}

export function mapStatementLine(row: StatementLineRow): StatementLineDto {
  return { ...row };
}

export function mapProviderLine(row: ProviderTotalsRow): ProviderLineDto {
  return {
    serviceType: row.serviceType,
    people: row.people,
    ...mapMoneyTotals([{ priceCents: row.priceCents, subsidyCents: row.subsidyCents, selfPayCents: row.selfPayCents }]),
    orders: row.orders,
  };
}
