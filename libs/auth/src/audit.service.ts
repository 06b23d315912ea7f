import { Injectable } from '@nestjs/common';
import { REDACTED_FIELDS, requestContext } from '@yiyang/core';
import type { EntityManager } from 'typeorm';
import type { AuditEntryOf, AuditEvent } from './audit-event';
import { AuditLogEntry } from './audit-log-entry.entity';

/** An entry as stored: a declared event's action and entity with what it records. */
interface AuditRecord {
  action: string;
  entity: string;
  entityId?: string | null;
  before?: object | null;
  after?: object | null;
  /** Defaults to the authenticated user of the current request. */
  actor?: { id: string | null; role: string | null };
}

const REDACTED = new Set(REDACTED_FIELDS);

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

/** Only the fields that changed; secrets and personal numbers are kept out of the audit trail as well. */
export function auditChanges(before?: object | null, after?: object | null): AuditLogEntry['changes'] {
  const previous = (before ?? {}) as Record<string, unknown>;
  const next = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    if (before && after && comparable(previous[key]) === comparable(next[key])) continue;
    const redact = REDACTED.has(key);
    if (before && key in previous) changedBefore[key] = redact ? '[redacted]' : previous[key];
    if (after && key in next) changedAfter[key] = redact ? '[redacted]' : next[key];
  }
  if (!Object.keys(changedBefore).length && !Object.keys(changedAfter).length) return null;
  return { ...(before ? { before: changedBefore } : {}), ...(after ? { after: changedAfter } : {}) };
}

/** The one helper that records who changed what and when; call it inside the transaction of the change. */
@Injectable()
export class AuditService {
  async record<E extends AuditEvent>(manager: EntityManager, event: E, fields: AuditEntryOf<E>): Promise<void> {
    const record: AuditRecord = { ...fields, action: event.action, entity: event.entity };
    const context = requestContext.current();
    const entry = manager.create(AuditLogEntry, {
      actorId: record.actor ? record.actor.id : (context?.userId ?? null),
      actorRole: record.actor ? record.actor.role : (context?.role ?? null),
      action: record.action,
      entity: record.entity,
      entityId: record.entityId ?? null,
      changes: auditChanges(record.before, record.after),
      requestId: context?.requestId ?? null,
      ip: context?.ip ?? null,
    });
    await manager.insert(AuditLogEntry, entry);
  }

  /** Records that the current caller read these records' personal data: one row each, one statement. */
  async recordReads(manager: EntityManager, entity: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    const context = requestContext.current();
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_role, action, entity, entity_id, request_id, ip)
       SELECT $1, $2, 'read', $3, id, $4, $5 FROM unnest($6::text[]) AS id`,
      [context?.userId ?? null, context?.role ?? null, entity, context?.requestId ?? null, context?.ip ?? null, ids],
    );
  }
}
