import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which record, when, under which request. Written in the same transaction as the change. */
@Entity({ name: 'audit_log' })
@Index('audit_log_entity_idx', ['entity', 'entityId', 'at'])
@Index('audit_log_actor_idx', ['actorId', 'at'])
@Index('audit_log_at_idx', ['at', 'id'])
@Index('audit_log_action_idx', ['action', 'at'])
export class AuditLogEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorRole: string | null;

  /** create, update, delete, read, login, login_failed… */
  @Column({ type: 'text' })
  action: string;

  /** The kind of record: user, facility, bed, resident… */
  @Column({ type: 'text' })
  entity: string;

  @Column({ type: 'text', nullable: true })
  entityId: string | null;

  /** Changed fields before and after (free-form jsonb); secrets and personal numbers appear only as "[redacted]". */
  @Column({ type: 'jsonb', nullable: true })
  changes: { before?: Record<string, any>; after?: Record<string, any> } | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  @Column({ type: 'inet', nullable: true })
  ip: string | null;
}
