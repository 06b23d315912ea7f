import type { Logger as TypeOrmLogger } from 'typeorm';
import type { RootLogger } from '../logging/logger';

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
    this.logger.trace({ query }, 'query');
  }

  logQueryError(error: string | Error, query: string): void {
    const driverError = error as Error & { code?: string; constraint?: string };
    this.logger.debug({ query, code: driverError.code, constraint: driverError.constraint }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ query, durationMs: time }, 'slow query');
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
