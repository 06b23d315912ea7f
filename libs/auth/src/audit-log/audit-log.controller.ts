import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { today } from '@yiyang/core';
import { Readable } from 'node:stream';
import { Read, Roles } from '../decorators';
import { Role } from '../domain/roles';
import { AuditLogPageDto } from './audit-log-entry.dto';
import { AuditLogFilterQuery, AuditLogQuery } from './audit-log.query';
import { AuditLogService } from './audit-log.service';

@ApiTags('audit-log 审计日志')
@ApiBearerAuth()
@Controller()
export class AuditLogController {
  constructor(private readonly auditLog: AuditLogService) {}

  @Read('audit-log', AuditLogPageDto, {
    roles: [Role.Admin],
    summary: '审计日志 · Audit log',
    description:
      'Who read or changed which record and when, newest first, with the account\'s username and name. Reads of people\'s records appear as action `read`. Personal numbers in `changes` are redacted. Administrators only; each call is itself recorded (entity `audit_log`).',
  })
  list(@Query() query: AuditLogQuery): Promise<AuditLogPageDto> {
    return this.auditLog.list(query);
  }

  @Get('audit-log.csv')
  @Roles(Role.Admin)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: '导出审计日志 · Export the audit log',
    description:
      'The same filters as GET /audit-log, all matching rows, newest first, as CSV (UTF-8 with BOM, so Excel reads the Chinese; times in China time). Streamed in batches, so a long range does not wait for the whole file. Recorded as action `export` on `audit_log`.',
  })
  @ApiOkResponse({ description: 'CSV', schema: { type: 'string' } })
  async exportCsv(@Query() query: AuditLogFilterQuery): Promise<StreamableFile> {
    const lines = await this.auditLog.exportCsv(query);
    return new StreamableFile(Readable.from(lines), { disposition: `attachment; filename="audit-log-${today()}.csv"` });
  }
}
