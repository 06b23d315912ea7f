import { createTestDatabase, type TestDatabase } from '@yiyang/testing';
import { DataSource } from 'typeorm';
import { createDataSourceOptions } from './data-source-options';

/** Fails when an entity changed without a migration (or a migration without its entity): run `npm run migration:generate`. */
describe('entities and migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions({ url: database.url, poolSize: 1, applicationName: 'drift-check' })).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('describe the same schema', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are all applied in the template', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
