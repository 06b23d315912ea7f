import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, Omittable, OptionalDate, PageDtoOf, PageQueryDto, REGION_CODE_PATTERN } from '@yiyang/core';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Transform } from 'class-transformer';

export class CommunitySocialWorkerInputDto {
  @ApiProperty({ description: '姓名 · Name', example: '陈静' })
  @IsString()
  @Length(1, 50)
  name: string;

  @ApiProperty({ description: '服务的乡镇（街道）或村（社区）· Township or village served', example: '500112002000' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ required: false, description: '所在社工站或组织 · Social-work station or organisation', example: '双龙湖街道社工站' })
  @Omittable()
  @IsString()
  @Length(1, 200)
  organisation?: string;

  @ApiProperty({ description: '开始服务日期 · Serving from', example: '2024-03-01' })
  @IsDateOnly()
  startedOn: string;
}

export class EndServiceDto {
  @ApiProperty({ description: '结束日期（当日起不再服务）· First day no longer serving', example: '2025-06-16' })
  @IsDateOnly()
  on: string;
}

export class CommunitySocialWorkerQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '区划及下级 · In this region\'s subtree', example: '500112000000' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalDate('在岗日期：只列当日在岗者 · Only those serving on this date')
  activeOn?: string;

  @ApiProperty({ required: false, description: '包括已结束服务者（默认否）· Include those who have ended (default no)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeEnded?: boolean;
}

export interface CommunitySocialWorkerRow {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
  organisation: string | null;
  startedOn: string;
  endedOn: string | null;
  createdAt: Date;
}

export class CommunitySocialWorkerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ nullable: true, type: String }) organisation: string | null;
  @ApiProperty() startedOn: string;
  @ApiProperty({ nullable: true, type: String, description: '结束日期（不含）· First day no longer serving' }) endedOn: string | null;
  @ApiProperty() createdAt: Date;
}

export class CommunitySocialWorkerPageDto extends PageDtoOf(CommunitySocialWorkerDto) {}

export function mapCommunitySocialWorker(row: CommunitySocialWorkerRow): CommunitySocialWorkerDto {
  const { id, name, regionCode, regionName, organisation, startedOn, endedOn, createdAt } = row;
  return { id, name, regionCode, regionName, organisation, startedOn, endedOn, createdAt };
}
