import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Reporting periods closed for changes: once a month's figures have gone to the office above, no effective-dated
 * change may fall on or before `closed_through`. One row (id = true).
 */
@Entity({ name: 'reporting_lock' })
@Check('reporting_lock_single_row', `"id"`)
export class ReportingLock {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  @Column({ type: 'date', nullable: true })
  closedThrough: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}
