import type { EntityManager, Logger as TypeOrmLogger, QueryRunner } from 'typeorm';
import type { RootLogger } from '../logging/logger';

/** Key in a query runner's `data` that says its statements load data in bulk, so they are slow by design. */
const BULK_LOAD = 'yiyangBulkLoad';

/**
 * Marks the transaction of `manager` as a bulk load: its slow statements are logged at debug, not as warnings
 * (a first start loading the demo data is not something wrong).
 */
export function markBulkLoad(manager: EntityManager): void {
  if (manager.queryRunner) manager.queryRunner.data[BULK_LOAD] = true;
}

/** SQL on one line and at most 200 characters: a multi-line statement in the log reads like a stack trace. */
export function oneLineSql(query: string): string {
  const line = query.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * TypeORM's log calls as pino lines. Query parameters are never logged: they may carry personal data.
 * A failed query is logged at debug: the expected ones (constraint violations) become 4xx responses, and the
 * exception filter logs the unexpected ones with the request id.
 */
export class TypeOrmPinoLogger implements TypeOrmLogger {
  private readonly logger: RootLogger;

  constructor(logger: RootLogger) {
    this.logger = logger.child({ context: 'TypeORM' });
  }

  logQuery(query: string): void {
    this.logger.trace({ query: oneLineSql(query) }, 'query');
  }

  logQueryError(error: string | Error, query: string): void {
    const driverError = error as Error & { code?: string; constraint?: string };
    this.logger.debug({ query: oneLineSql(query), code: driverError.code, constraint: driverError.constraint }, 'query failed');
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown, queryRunner?: QueryRunner): void {
    const level = queryRunner?.data?.[BULK_LOAD] ? 'debug' : 'warn';
    this.logger[level]({ query: oneLineSql(query), durationMs: time }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
