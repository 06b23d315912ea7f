import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@yiyang/auth';
import { ConflictError, requestContext } from '@yiyang/core';
import type { DataSource, EntityManager } from 'typeorm';
import { ReportingPeriodsClosed } from './audit-events';
import { ReportingLockRepository } from './reporting-lock.repository';

/** Keeps effective-dated changes out of reporting periods that are closed. */
@Injectable()
export class ReportingLockService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lock: ReportingLockRepository,
    private readonly audit: AuditService,
  ) {}

  /** The last day of the closed periods (null: all open). */
  async current(): Promise<string | null> {
    return (await this.lock.closedThrough(this.dataSource.manager)) ?? null;
  }

  /**
   * Refuses (409) a change effective on a date in a closed period. Takes a share lock on the lock row, so a period
   * cannot be closed while a change into it is being written.
   */
  async assertOpen(manager: EntityManager, date: string, field: string): Promise<void> {
    const closedThrough = await this.lock.closedThrough(manager, 'share');
    if (closedThrough === undefined) throw new Error('reporting_lock has no row: run the migrations');
    if (closedThrough && date <= closedThrough) {
      const message = `${field} ${date} lies in a closed reporting period (closed through ${closedThrough})`;
      throw new ConflictError(message, [{ field, messages: [message] }]);
    }
  }

  /**
   * The last day of the closed periods (null: all open), share-locked for the caller's transaction like `assertOpen`:
   * for checking many dates at once (the rows of an import).
   */
  async closedThroughIn(manager: EntityManager): Promise<string | null> {
    const closedThrough = await this.lock.closedThrough(manager, 'share');
    if (closedThrough === undefined) throw new Error('reporting_lock has no row: run the migrations');
    return closedThrough;
  }

  /** Closes every period through `date` (or reopens all with null). */
  async close(date: string | null): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const before = (await this.lock.closedThrough(manager)) ?? null;
      await this.lock.setClosedThrough(date, requestContext.current()?.userId ?? null, manager);
      await this.audit.record(manager, ReportingPeriodsClosed, { before: { closedThrough: before }, after: { closedThrough: date } });
      return date;
    });
  }
}
