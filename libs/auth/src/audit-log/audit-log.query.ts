import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { OptionalDate, PageQueryDto } from '@yiyang/core';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Role } from '../domain/roles';

/** The filters of the audit log, shared by the page and the CSV export. */
export class AuditLogFilterQuery {
  @ApiProperty({ required: false, description: '操作人：用户编号或用户名 · Who acted: account id or username', example: 'wang.li' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  actor?: string;

  @ApiProperty({ required: false, enum: Role, description: '操作人角色 · Role of who acted' })
  @IsOptional()
  @IsEnum(Role)
  actorRole?: Role;

  @ApiProperty({ required: false, description: '对象类型 · Kind of record: resident, user, bed, audit_log…', example: 'resident' })
  @IsOptional()
  @Matches(/^[a-z][a-z_]{0,63}$/, { message: 'entity must be a record kind such as resident or bed' })
  entity?: string;

  @ApiProperty({ required: false, description: '对象编号 · Id of the record', example: '4f6d1a52-0000-4000-8000-0000000000f1' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityId?: string;

  @ApiProperty({ required: false, description: '动作 · Action: read, create, update, delete, login…', example: 'read' })
  @IsOptional()
  @Matches(/^[a-z][a-z_]{0,63}$/, { message: 'action must be an action such as read or update' })
  action?: string;

  @OptionalDate('起始日期（含，北京时间）· First day, inclusive, China time', '2025-06-01')
  from?: string;

  @OptionalDate('截止日期（含，北京时间）· Last day, inclusive, China time', '2025-06-30')
  to?: string;
}

/** One page of the log, newest first. */
export class AuditLogQuery extends IntersectionType(PageQueryDto, AuditLogFilterQuery) {}
