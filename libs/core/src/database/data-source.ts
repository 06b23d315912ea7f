import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/load-config';
import { createDataSourceOptions, embeddedDatabaseDir } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';

/**
 * The data source the TypeORM CLI loads (`npm run migration:*`). With no DATABASE_URL it opens the embedded
 * database under DATA_DIR, so migrations can be run, reverted and generated against it too.
 */
async function createCliDataSource(): Promise<DataSource> {
  const config = loadConfig();
  if (config.databaseUrl) {
    return new DataSource(createDataSourceOptions({ url: config.databaseUrl, poolSize: 2, applicationName: 'yiyang-cli' }));
  }
  const embedded = await startEmbeddedPostgres({ dataDir: embeddedDatabaseDir(config.dataDir) });
  const dataSource = new DataSource(createDataSourceOptions({ url: embedded.url, poolSize: 1, applicationName: 'yiyang-cli' }));
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await destroy();
    await embedded.stop();
  };
  return dataSource;
}

export const cliDataSource = createCliDataSource();
