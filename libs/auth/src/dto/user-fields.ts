import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Omittable, REGION_CODE_PATTERN } from '@yiyang/core';
import { Role } from '../domain/roles';

/** Field decorators shared by the create and update DTOs, so both validate and document a field the same way. */
export const UserFields = {
  username: () =>
    applyDecorators(
      ApiProperty({ description: '用户名：3–64 位字母、数字、点、下划线或连字符，不区分大小写 · Username, case-insensitive', example: 'wang.li' }),
      Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
      IsString(),
      Matches(/^[a-z0-9._-]{3,64}$/, { message: 'username must be 3–64 letters, digits, ".", "_" or "-"' }),
    ),
  password: (required: boolean) =>
    applyDecorators(
      ApiProperty({ description: '密码，至少 12 位 · Password, at least 12 characters', minLength: 12, required, format: 'password' }),
      ...(required ? [] : [Omittable()]),
      IsString(),
      MinLength(12),
      MaxLength(256),
    ),
  role: (required: boolean) =>
    applyDecorators(
      ApiProperty({ enum: Role, description: '角色 · Role', required }),
      ...(required ? [] : [Omittable()]),
      IsEnum(Role),
    ),
  displayName: () =>
    applyDecorators(
      ApiProperty({ description: '姓名或显示名 · Display name (defaults to the username)', required: false, example: '王丽' }),
      Omittable(),
      IsString(),
      Length(1, 100),
    ),
  regionCode: () =>
    applyDecorators(
      ApiProperty({
        description: '可见区域的 12 位统计用区划代码，含全部下级；null 清除 · 12-digit region code whose subtree the user sees; null clears it',
        required: false,
        type: String,
        nullable: true,
        example: '500112000000',
      }),
      IsOptional(),
      ValidateIf((_object, value) => value !== null),
      Matches(REGION_CODE_PATTERN, { message: 'regionCode must be a 12-digit statistical division code' }),
    ),
  uuidList: (description: string) =>
    applyDecorators(
      ApiProperty({ description, required: false, type: [String], format: 'uuid' }),
      Omittable(),
      IsArray(),
      ArrayMaxSize(1_000),
      IsUUID('all', { each: true }),
    ),
};
