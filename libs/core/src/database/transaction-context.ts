import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import type { RootLogger } from '../logging/logger';
import { requestContext } from '../logging/request-context';

/** A transaction opened by `dataSource.transaction(…)`, as long as its callback runs. */
interface OpenTransaction {
  startedAt: number;
  requestId?: string;
  open: boolean;
}

const current = new AsyncLocalStorage<OpenTransaction>();
const openTransactions = new Set<OpenTransaction>();

/**
 * Code holding a transaction asked the pool for another connection. On embedded PGlite (one backend) that
 * connection waits for the transaction, which waits for it: the process would freeze. On PostgreSQL it reads past
 * the transaction's own writes and, under load, can empty the pool the same way.
 */
export class SecondConnectionError extends Error {
  constructor() {
    super(
      'A database connection was requested while this call holds an open transaction: pass the transaction’s EntityManager ' +
        '(on embedded PGlite the second connection would wait for the transaction for ever). An audit that must outlive ' +
        'a rolled-back transaction is written after it ends.',
    );
    this.name = 'SecondConnectionError';
  }
}

export interface TransactionGuardOptions {
  /** `throw` in embedded mode and tests; `warn` logs the offender and lets it through (PostgreSQL in production). */
  onSecondConnection: 'throw' | 'warn';
  logger: RootLogger;
}

/**
 * Marks the callback of every `dataSource.transaction(…)` in AsyncLocalStorage and makes the pool refuse (or report)
 * a connection asked for from inside it. Transactions begun by hand on a query runner are not marked; the code uses
 * the callback form only.
 */
export function guardTransactions(dataSource: DataSource, options: TransactionGuardOptions): DataSource {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (isolation: unknown, run: (m: EntityManager) => Promise<unknown>) => Promise<unknown>;
  // DataSource.transaction delegates to its manager, so both forms are covered here.
  manager.transaction = ((isolationOrRun: unknown, runParam?: (m: EntityManager) => Promise<unknown>) => {
    const run = typeof isolationOrRun === 'function' ? (isolationOrRun as (m: EntityManager) => Promise<unknown>) : runParam!;
    const isolation = typeof isolationOrRun === 'function' ? undefined : isolationOrRun;
    return transaction(isolation, (transactional) => runMarked(() => run(transactional)));
  }) as EntityManager['transaction'];

  const driver = dataSource.driver as unknown as { obtainMasterConnection(): Promise<unknown> };
  const obtain = driver.obtainMasterConnection.bind(driver);
  driver.obtainMasterConnection = () => {
    if (current.getStore()?.open) {
      const error = new SecondConnectionError();
      if (options.onSecondConnection === 'throw') return Promise.reject(error);
      options.logger.warn({ err: error }, 'second database connection inside a transaction');
    }
    return obtain();
  };
  return dataSource;
}

async function runMarked<T>(run: () => Promise<T>): Promise<T> {
  const transaction: OpenTransaction = { startedAt: Date.now(), requestId: requestContext.current()?.requestId, open: true };
  openTransactions.add(transaction);
  try {
    return await current.run(transaction, run);
  } finally {
    // Work the callback started without awaiting (timers, queued jobs) keeps the store but no longer holds the transaction.
    transaction.open = false;
    openTransactions.delete(transaction);
  }
}

/** Runs detached work (a job started from inside a transaction) as if no transaction were open: it does not hold one. */
export function outsideTransaction<T>(run: () => T): T {
  return current.exit(run);
}

/** The transactions open right now, oldest first: what a forced shutdown cuts off. */
export function describeOpenTransactions(): { ageMs: number; requestId?: string }[] {
  const now = Date.now();
  return [...openTransactions].sort((a, b) => a.startedAt - b.startedAt).map((t) => ({ ageMs: now - t.startedAt, requestId: t.requestId }));
}
