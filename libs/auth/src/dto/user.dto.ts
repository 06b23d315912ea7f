import { ApiProperty } from '@nestjs/swagger';
import { LabelDto, PageDtoOf } from '@yiyang/core';
import { Role, ROLE_LABELS } from '../domain/roles';
import type { User } from '../user.entity';


/** An account as the API shows it: never the password hash. */
export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: '用户名（小写） · Username, lower-case', example: 'wang.li' })
  username: string;

  @ApiProperty({ enum: Role, description: '角色 · Role' })
  role: Role;

  @ApiProperty({ type: LabelDto, description: '角色名称 · Role label' })
  roleLabel: LabelDto;

  @ApiProperty({ description: '姓名或显示名 · Display name', example: '王丽' })
  displayName: string;

  @ApiProperty({ description: '可见区域（含下级）· Region whose subtree the user sees', type: String, nullable: true, example: '500112000000' })
  regionCode: string | null;

  @ApiProperty({ description: '可见机构 · Facilities the user may see', type: [String], format: 'uuid' })
  facilityIds: string[];

  @ApiProperty({ description: '关联老年人 · Older people linked to the user', type: [String], format: 'uuid' })
  residentIds: string[];

  @ApiProperty({ description: '是否启用 · Whether the account may log in' })
  active: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  lastLoginAt: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: string;
}

export function mapUser(user: User): UserDto {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    displayName: user.displayName,
    regionCode: user.regionCode,
    facilityIds: user.facilityIds,
    residentIds: user.residentIds,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}

export class UserPageDto extends PageDtoOf(UserDto) {}
