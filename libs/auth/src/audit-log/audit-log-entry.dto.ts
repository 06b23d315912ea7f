import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '@yiyang/core';

/** One line of the audit trail as the administrator's console shows it, with who acted joined in. */
export class AuditLogEntryDto {
  @ApiProperty({ description: '序号（只增不改）· Sequence number, append-only', example: '1024' })
  id: string;

  @ApiProperty({ type: String, format: 'date-time', description: '时间 · When' })
  at: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: '操作人编号（系统任务为空）· Account that acted; empty for the system' })
  actorId: string | null;

  @ApiProperty({ type: String, nullable: true, description: '操作人用户名 · Username of who acted', example: 'wang.li' })
  actorUsername: string | null;

  @ApiProperty({ type: String, nullable: true, description: '操作人姓名 · Display name of who acted', example: '王丽' })
  actorDisplayName: string | null;

  @ApiProperty({ type: String, nullable: true, description: '操作时的角色 · Role at the time', example: 'civil_affairs' })
  actorRole: string | null;

  @ApiProperty({ description: '动作 · Action', example: 'read' })
  action: string;

  @ApiProperty({ description: '对象类型 · Kind of record', example: 'resident' })
  entity: string;

  @ApiProperty({ type: String, nullable: true, description: '对象编号 · Id of the record' })
  entityId: string | null;

  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: '变更前后的字段；身份证号等以 [redacted] 代替 · Changed fields before and after; personal numbers appear as [redacted]',
  })
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } | null;

  @ApiProperty({ type: String, nullable: true, description: '请求编号 · Request id' })
  requestId: string | null;

  @ApiProperty({ type: String, nullable: true, description: '来源地址 · Client address' })
  ip: string | null;
}

export class AuditLogPageDto extends PageDtoOf(AuditLogEntryDto) {}

/** A row as the repository reads it: the entry, and the exact time the export's cursor resumes after. */
export type AuditLogRow = Omit<AuditLogEntryDto, 'at'> & { at: Date | string; cursorAt: string };

export function mapAuditLogEntry({ cursorAt: _cursor, ...row }: AuditLogRow): AuditLogEntryDto {
  return { ...row, at: new Date(row.at).toISOString() };
}
