import { ApiProperty } from '@nestjs/swagger';
import { IsDateOnly, LabelDto, Omittable, OptionalOneOf, PageDtoOf, PageQueryDto, type RecordImportSpec, REGION_CODE_PATTERN } from '@yiyang/core';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { DEVICE_KIND_LABELS, DEVICE_KINDS, type DeviceKind } from './device-kinds';
import type { SmartTerminalRow } from './terminals.repository';

export class SmartTerminalInputDto {
  @ApiProperty({ description: '安装所在村（社区），12 位村级区划 · The village or community (12-digit village-level region)', example: '500112002001' })
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode: string;

  @ApiProperty({ enum: DEVICE_KINDS, description: '终端类型 · Kind of terminal' })
  @IsIn(DEVICE_KINDS)
  deviceKind: DeviceKind;

  @ApiProperty({ description: '设备编号（唯一）· Device code, unique', example: 'SOS-500112-0001' })
  @IsString()
  @Length(1, 100)
  deviceCode: string;

  @ApiProperty({ description: '安装日期 · Installed on', example: '2025-03-01' })
  @IsDateOnly()
  installedOn: string;

  @ApiProperty({ description: '已接入平台 · Linked to the platform' })
  @IsBoolean()
  linked: boolean;
}

export class RemoveTerminalDto {
  @ApiProperty({ description: '拆除日期：当日起不再计入 · First day removed', example: '2025-07-01' })
  @IsDateOnly()
  on: string;

  @ApiProperty({ required: false, description: '原因 · Reason' })
  @Omittable()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class SmartTerminalQuery extends PageQueryDto {
  @ApiProperty({ required: false, description: '区划（含下级）· Region and below' })
  @IsOptional()
  @Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' })
  regionCode?: string;

  @OptionalOneOf(DEVICE_KINDS, '终端类型 · Kind of terminal')
  deviceKind?: DeviceKind;

  @ApiProperty({ required: false, description: '仅在用（未拆除）· Only those still installed (true) or removed (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  installed?: boolean;
}

export class SmartTerminalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regionCode: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ enum: DEVICE_KINDS }) deviceKind: DeviceKind;
  @ApiProperty({ type: LabelDto }) deviceKindLabel: LabelDto;
  @ApiProperty() deviceCode: string;
  @ApiProperty({ format: 'date' }) installedOn: string;
  @ApiProperty({ nullable: true, type: String, format: 'date', description: '拆除日期（当日起不计）· First day removed' }) removedOn: string | null;
  @ApiProperty() linked: boolean;
}

export class SmartTerminalPageDto extends PageDtoOf(SmartTerminalDto) {}

export function mapSmartTerminal(row: SmartTerminalRow): SmartTerminalDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName: row.regionName,
    deviceKind: row.deviceKind,
    deviceKindLabel: DEVICE_KIND_LABELS[row.deviceKind],
    deviceCode: row.deviceCode,
    installedOn: row.installedOn,
    removedOn: row.removedOn,
    linked: row.linked,
  };
}

/** The list offices keep of terminals, one device a row; kinds may be written in Chinese. */
export const SMART_TERMINAL_IMPORT: RecordImportSpec<SmartTerminalInputDto> = {
  dto: SmartTerminalInputDto,
  columns: [
    { column: 'region_code', aliases: ['区划代码', '村社区代码'], field: 'regionCode', required: true },
    {
      column: 'device_kind',
      aliases: ['终端类型', '设备类型'],
      field: 'deviceKind',
      required: true,
      words: { 紧急呼叫器: 'emergency_call', 一键呼叫: 'emergency_call', 智能手表: 'smart_watch', 手环: 'smart_watch', 传感器: 'sensor', 烟感: 'sensor', 机顶盒: 'tv_box', 电视机顶盒: 'tv_box', 自助终端: 'kiosk', 其他: 'other' },
    },
    { column: 'device_code', aliases: ['设备编号'], field: 'deviceCode', required: true },
    { column: 'installed_on', aliases: ['安装日期'], field: 'installedOn', kind: 'date', required: true },
    { column: 'linked', aliases: ['接入平台', '是否接入平台'], field: 'linked', kind: 'boolean', required: true },
  ],
};
