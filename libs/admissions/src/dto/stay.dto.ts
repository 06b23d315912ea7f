import { ApiProperty, PickType } from '@nestjs/swagger';
import { NineRisks, NineRisksDto } from '@yiyang/assessments';
import { IsDateOnly, IsNotFutureDate, Omittable, OptionalDate, OptionalUuid, PageDtoOf, PageQueryDto } from '@yiyang/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DISCHARGE_REASONS, STAY_FUNDING, type DischargeReason, type StayFunding } from '../stay.entity';
import type { StayRow, VoidedStayRow } from '../stays.repository';

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
  @OptionalUuid()
  facilityId?: string;

  @OptionalUuid()
  residentId?: string;

  @OptionalUuid('床位（该床位的全部入住记录）· One bed\'s stays')
  bedId?: string;

  @ApiProperty({ required: false, description: '仅在住（于 date）· Only stays running on `date`' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @OptionalDate('日期（默认今天）· Date for `active`')
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

/** What a voided stay keeps of the stay. */
const STAY_PLACE = ['id', 'residentId', 'residentName', 'bedId', 'bedCode', 'facilityId', 'admittedOn', 'dischargedOn'] as const;
type StayPlace = (typeof STAY_PLACE)[number];

export class VoidedStayDto extends PickType(StayDto, STAY_PLACE) {
  @ApiProperty({ type: String, format: 'date-time' }) voidedAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: '作废人 · Voided by (user id)' }) voidedBy: string | null;
  @ApiProperty({ description: '原因 · Reason' }) reason: string;
}

/** What a stay and a voided stay both show: who, which bed, and when. */
function mapStayPlace(row: Pick<StayRow, StayPlace>): Pick<StayDto, StayPlace> {
  return {
    id: row.id,
    residentId: row.residentId,
    residentName: row.residentName,
    bedId: row.bedId,
    bedCode: row.bedCode,
    facilityId: row.facilityId,
    admittedOn: row.admittedOn,
    dischargedOn: row.dischargedOn,
  };
}

export function mapStay(row: StayRow): StayDto {
  return { ...mapStayPlace(row), dischargeReason: row.dischargeReason, funding: row.funding, transferredFromId: row.transferredFromId };
}

export function mapVoidedStay(row: VoidedStayRow): VoidedStayDto {
  return { ...mapStayPlace(row), voidedAt: row.voidedAt.toISOString(), voidedBy: row.voidedBy, reason: row.reason };
}
