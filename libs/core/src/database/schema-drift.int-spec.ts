import { createEmptyTestDatabase, createTestDatabase, type TestDatabase } from '@yiyang/testing';
import { DataSource } from 'typeorm';
import { createDataSourceOptions, MIGRATIONS_TABLE } from './data-source-options';

/**
 * Fails when an entity changed without a migration, or a migration without its entity: run
 * `npm run migration:generate` and read what it wrote. TypeORM's own diff misses changed CHECK expressions, so the
 * test also builds a second database straight from the entities and compares what Postgres says about both.
 */
const CATALOG = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '${MIGRATIONS_TABLE}'
            ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '${MIGRATIONS_TABLE}'
                ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '${MIGRATIONS_TABLE}' ORDER BY 1, 2`,
};

async function open(url: string): Promise<DataSource> {
  return new DataSource(createDataSourceOptions({ url, poolSize: 1, applicationName: 'drift-check' })).initialize();
}

/** Indexes an entity declares with `synchronize: false` are written by hand in a migration (operator classes…). */
function handWrittenIndexes(dataSource: DataSource): Set<string> {
  return new Set(dataSource.entityMetadatas.flatMap((entity) => entity.indices.filter((index) => !index.synchronize).map((index) => index.name)));
}

async function describeSchema(dataSource: DataSource, skipIndexes: Set<string>) {
  return {
    columns: await dataSource.query(CATALOG.columns),
    constraints: await dataSource.query(CATALOG.constraints),
    indexes: (await dataSource.query(CATALOG.indexes)).filter((index: { indexname: string }) => !skipIndexes.has(index.indexname)),
  };
}

describe('entities and migrations', () => {
  let migratedDatabase: TestDatabase;
  let entityDatabase: TestDatabase;
  let migrated: DataSource;
  let fromEntities: DataSource;

  beforeAll(async () => {
    [migratedDatabase, entityDatabase] = await Promise.all([createTestDatabase(), createEmptyTestDatabase()]);
    [migrated, fromEntities] = await Promise.all([open(migratedDatabase.url), open(entityDatabase.url)]);
    // Extensions come from migrations; the entity-built database needs the same ones.
    for (const { extname } of await migrated.query(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'`)) {
      await fromEntities.query(`CREATE EXTENSION IF NOT EXISTS "${extname}"`);
    }
    for (const { query, parameters } of (await fromEntities.driver.createSchemaBuilder().log()).upQueries) {
      await fromEntities.query(query, parameters);
    }
  });

  afterAll(async () => {
    await Promise.all([migrated?.destroy(), fromEntities?.destroy()]);
    await Promise.all([migratedDatabase?.drop(), entityDatabase?.drop()]);
  });

  it('need no schema change according to TypeORM', async () => {
    const { upQueries } = await migrated.driver.createSchemaBuilder().log();
    expect(upQueries.map((query) => query.query)).toEqual([]);
  });

  it('give the same columns, constraints and indexes as a schema built from the entities', async () => {
    const handWritten = handWrittenIndexes(migrated);
    expect(await describeSchema(migrated, handWritten)).toEqual(await describeSchema(fromEntities, handWritten));
  });

  it('has every hand-written index an entity declares', async () => {
    const present = new Set((await migrated.query(CATALOG.indexes)).map((index: { indexname: string }) => index.indexname));
    expect([...handWrittenIndexes(migrated)].filter((name) => !present.has(name))).toEqual([]);
  });

  it('are all applied in the template', async () => {
    expect(await migrated.showMigrations()).toBe(false);
  });
});
