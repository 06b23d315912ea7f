import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@yiyang/auth';
import { ConflictError, requestContext } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';

/** Keeps effective-dated changes out of reporting periods that are closed. */
@Injectable()
export class ReportingLockService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The last day of the closed periods (null: all open). */
  current(): Promise<string | null> {
    return this.closedThrough(this.dataSource.manager);
  }

  private async closedThrough(manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT closed_through FROM reporting_lock WHERE id`);
    return row?.closed_through ?? null;
  }

  /**
   * Refuses (409) a change effective on a date in a closed period. Takes a share lock on the lock row, so a period
   * cannot be closed while a change into it is being written.
   */
  async assertOpen(manager: EntityManager, date: string, field: string): Promise<void> {
    const [row] = await manager.query(`SELECT closed_through FROM reporting_lock WHERE id FOR SHARE`);
    if (!row) throw new Error('reporting_lock has no row: run the migrations');
    const closedThrough: string | null = row?.closed_through ?? null;
    if (closedThrough && date <= closedThrough) {
      const message = `${field} ${date} lies in a closed reporting period (closed through ${closedThrough})`;
      throw new ConflictError(message, [{ field, messages: [message] }]);
    }
  }

  /** Closes every period through `date` (or reopens all with null). */
  async close(date: string | null): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.closedThrough(manager);
      // The row is created by the migration; updating it waits for every change holding its share lock.
      await manager.query(`UPDATE reporting_lock SET closed_through = $1, changed_by = $2, changed_at = now() WHERE id`, [
        date,
        requestContext.current()?.userId ?? null,
      ]);
      await this.audit.record(manager, { action: 'update', entity: 'reporting_lock', before: { closedThrough: before }, after: { closedThrough: date } });
      return date;
    });
  }
}
