/**
 * An audited change: what was done (`action`) to which kind of record (`entity`), and the shape of the `before` and
 * `after` its entry keeps. Each lib declares the events it records in its own `audit-events.ts`, one named constant
 * each, and passes the constant to `AuditService.record`; the strings are what the audit log stores and filters by.
 * `null` for a side means the entry has none: a creation keeps no `before`, a removal no `after`.
 */
export interface AuditEvent<Before extends object | null = object | null, After extends object | null = object | null> {
  readonly entity: string;
  readonly action: string;
  /** Carries the types only; never set. */
  readonly shape?: { before: Before; after: After };
}

export function auditEvent<Before extends object | null, After extends object | null>(entity: string, action: string): AuditEvent<Before, After> {
  return Object.freeze({ entity, action });
}

type Side<Name extends string, T> = [T] extends [null] ? { [K in Name]?: null } : { [K in Name]: T };

/** What an entry of `event` records beside its action and entity. */
export type AuditEntryOf<E extends AuditEvent> =
  E extends AuditEvent<infer Before, infer After>
    ? {
        entityId?: string | null;
        /** Defaults to the authenticated user of the current request. */
        actor?: { id: string | null; role: string | null };
      } & Side<'before', Before> &
        Side<'after', After>
    : never;
