import { Injectable } from '@nestjs/common';
import { mapPage, type Page, selectPage, startOfLocalDay } from '@yiyang/core';
import { isUUID } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { type AuditLogRow, mapAuditLogEntry, type AuditLogEntryDto } from './audit-log-entry.dto';
import type { AuditLogFilterQuery } from './audit-log.query';

/** Where the next batch of an export starts: after the last row sent, in the log's newest-first order. */
export interface AuditLogCursor {
  at: string;
  id: string;
}

const SELECT = `
  SELECT a.id::text AS "id", a.at AS "at", a.at::text AS "cursorAt", a.actor_id AS "actorId", u.username AS "actorUsername",
         u.display_name AS "actorDisplayName", a.actor_role AS "actorRole", a.action AS "action", a.entity AS "entity",
         a.entity_id AS "entityId", a.changes AS "changes", a.request_id AS "requestId", host(a.ip) AS "ip"
    FROM audit_log a
    LEFT JOIN app_user u ON u.id = a.actor_id`;

/**
 * The filters as SQL. Each one is served by an index (audit_log_actor_idx, audit_log_entity_idx, audit_log_at_idx,
 * audit_log_action_idx); the day bounds are China's midnights.
 */
function where(filter: AuditLogFilterQuery, params: unknown[]): string {
  const conditions: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter.actor) {
    conditions.push(
      isUUID(filter.actor) ? `a.actor_id = ${param(filter.actor)}` : `a.actor_id = (SELECT id FROM app_user WHERE username = lower(${param(filter.actor)}))`,
    );
  }
  if (filter.actorRole) conditions.push(`a.actor_role = ${param(filter.actorRole)}`);
  if (filter.entity) conditions.push(`a.entity = ${param(filter.entity)}`);
  if (filter.entityId) conditions.push(`a.entity_id = ${param(filter.entityId)}`);
  if (filter.action) conditions.push(`a.action = ${param(filter.action)}`);
  if (filter.from) conditions.push(`a.at >= ${startOfLocalDay(`${param(filter.from)}::date`)}`);
  if (filter.to) conditions.push(`a.at < ${startOfLocalDay(`(${param(filter.to)}::date + 1)`)}`);
  return conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
}

/** Reads of the append-only audit_log; writes go through AuditService only. */
@Injectable()
export class AuditLogRepository {
  async page(filter: AuditLogFilterQuery, page: { page: number; limit: number }, manager: EntityManager): Promise<Page<AuditLogEntryDto>> {
    const params: unknown[] = [];
    const condition = where(filter, params);
    const rows = await selectPage<AuditLogRow>(
      manager,
      { count: `FROM audit_log a ${condition}`, rows: `${SELECT} ${condition} ORDER BY a.at DESC, a.id DESC`, params },
      page,
    );
    return mapPage(rows, mapAuditLogEntry);
  }

  /** One batch of an export, newest first, after `cursor` (keyset, so a long export never re-reads what it sent). */
  async batch(
    filter: AuditLogFilterQuery,
    cursor: AuditLogCursor | null,
    size: number,
    manager: EntityManager,
  ): Promise<{ entries: AuditLogEntryDto[]; next: AuditLogCursor | null }> {
    const params: unknown[] = [];
    let condition = where(filter, params);
    if (cursor) {
      const after = `(a.at, a.id) < ($${params.push(cursor.at)}::timestamptz, $${params.push(cursor.id)}::bigint)`;
      condition = condition ? `${condition} AND ${after}` : `WHERE ${after}`;
    }
    const rows: AuditLogRow[] = await manager.query(`${SELECT} ${condition} ORDER BY a.at DESC, a.id DESC LIMIT $${params.length + 1}`, [...params, size]);
    const last = rows.at(-1);
    return { entries: rows.map(mapAuditLogEntry), next: rows.length === size && last ? { at: last.cursorAt, id: last.id } : null };
  }
}
