import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CSV_BOM, csvLine, InvalidInputError, TIME_ZONE, type Page } from '@yiyang/core';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit.service';
import type { AuditLogEntryDto } from './audit-log-entry.dto';
import type { AuditLogFilterQuery, AuditLogQuery } from './audit-log.query';
import { AuditLogRepository } from './audit-log.repository';
import { AuditLogExported, AuditLogRead } from '../audit-events';

const EXPORT_BATCH = 1000;

const CSV_HEADER = ['序号 id', '时间 time', '用户名 username', '姓名 name', '角色 role', '动作 action', '对象 entity', '对象编号 entity id', '变更 changes', '请求编号 request id', '来源地址 ip'];

const chinaTime = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' });

function csvRow(entry: AuditLogEntryDto): string {
  return csvLine([
    entry.id,
    chinaTime.format(new Date(entry.at)),
    entry.actorUsername,
    entry.actorDisplayName,
    entry.actorRole,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.changes ? JSON.stringify(entry.changes) : null,
    entry.requestId,
    entry.ip,
  ]);
}

/** Only what the filter names: the audit row of a read says what was looked for. */
function filterOf(query: AuditLogFilterQuery): Record<string, string> {
  const keys = ['actor', 'actorRole', 'entity', 'entityId', 'action', 'from', 'to'] as const;
  return Object.fromEntries(keys.filter((key) => query[key] !== undefined).map((key) => [key, String(query[key])]));
}

/**
 * 审计日志 the audit trail for administrators (PIPL asks that it be kept and looked at). Looking at it is itself a read
 * of people's data, so every page and every export leaves an audit row of its own (entity `audit_log`, the filter in
 * `changes.after`).
 */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(query: AuditLogQuery): Promise<Page<AuditLogEntryDto>> {
    assertRange(query);
    const page = await this.log.page(query, query, this.dataSource.manager);
    await this.audit.record(this.dataSource.manager, AuditLogRead, { after: filterOf(query) });
    return page;
  }

  /**
   * The CSV export, streamed batch by batch so a year of reads never sits in memory. The read is audited before the
   * first byte: an export that could not be recorded is not sent.
   */
  async exportCsv(query: AuditLogFilterQuery): Promise<AsyncIterable<string>> {
    assertRange(query);
    await this.audit.record(this.dataSource.manager, AuditLogExported, { after: filterOf(query) });
    const { log, dataSource } = this;
    return (async function* () {
      yield CSV_BOM + csvLine(CSV_HEADER);
      let cursor = null;
      do {
        const batch = await log.batch(query, cursor, EXPORT_BATCH, dataSource.manager);
        if (batch.entries.length) yield batch.entries.map(csvRow).join('');
        cursor = batch.next;
      } while (cursor);
    })();
  }
}

function assertRange(query: AuditLogFilterQuery): void {
  if (query.from && query.to && query.from > query.to) throw InvalidInputError.of([{ field: 'to', message: 'to must not be before from' }]);
}
