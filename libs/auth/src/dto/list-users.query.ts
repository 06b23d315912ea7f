import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { OptionalUuid, PageQueryDto } from '@yiyang/core';
import { Role } from '../domain/roles';

export class ListUsersQuery extends PageQueryDto {
  @ApiProperty({ enum: Role, required: false, description: '按角色筛选 · Filter by role' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiProperty({ required: false, description: '按启用状态筛选 · Filter by whether the account is active' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;

  @ApiProperty({ required: false, description: '用户名或姓名包含 · Part of the username or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  q?: string;

  @OptionalUuid('可见该机构的用户 · Accounts granted this facility (its operators and assessors)')
  facilityId?: string;
}
