import { join, resolve } from 'node:path';
import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// A DATE is a calendar day, not an instant: keep it as 'YYYY-MM-DD' instead of a Date at local midnight.
types.setTypeParser(types.builtins.DATE, (value) => value);

/** The repository root in source form, or dist/ once compiled: entities and migrations are found below it. */
const ROOT = resolve(__dirname, '../../../..');

export const ENTITY_GLOB = join(ROOT, '{apps,libs}/*/src/**/*.entity.{ts,js}');
export const MIGRATIONS_DIR = join(ROOT, 'libs/core/src/database/migrations');
export const MIGRATION_GLOB = join(MIGRATIONS_DIR, '*.{ts,js}');
export const MIGRATIONS_TABLE = 'migrations';

export interface DatabaseConnectionOptions {
  url: string;
  poolSize: number;
  /** Shown in pg_stat_activity. */
  applicationName: string;
}

/**
 * One definition of the TypeORM data source for the API, the worker, the migration CLI and the tests. Schema
 * changes only ever come from migrations.
 */
export function createDataSourceOptions(options: DatabaseConnectionOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    // Extensions are created by migrations, which know which ones the schema needs.
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    applicationName: options.applicationName,
    extra: { max: options.poolSize },
    logging: ['error', 'warn', 'migration'],
  };
}

/** Where embedded mode keeps its database. */
export function embeddedDatabaseDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}
