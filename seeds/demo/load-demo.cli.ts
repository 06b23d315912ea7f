import { createDataSourceOptions, loadConfig, PersonalDataCipher } from '@yiyang/core';
import { DataSource } from 'typeorm';
import { loadDemoData } from './index';

/**
 * Loads the demo of the five plan areas into DATABASE_URL (development):
 *
 *   npm run build && DATABASE_URL=postgres://… DATA_ENCRYPTION_KEYS=… DATA_HASH_KEY=… node dist/seeds/demo/load-demo.cli.js [--today=YYYY-MM-DD] [--booked-by=<app_user id>]
 *
 * The keys must be the ones the API runs with, or it cannot read the demo's 身份证 numbers. Orders are booked by
 * the first administrator unless --booked-by names another account. Loading twice writes nothing the second time.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const flag = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  if (!config.databaseUrl) throw new Error('DATABASE_URL is not set: the demo loader writes to a PostgreSQL server (the embedded database loads through the API process)');
  if (!config.dataEncryptionKeys || !config.dataHashKey) throw new Error('DATA_ENCRYPTION_KEYS and DATA_HASH_KEY are needed to encrypt the demo residents’ 身份证 numbers');
  const dataSource = new DataSource(createDataSourceOptions({ url: config.databaseUrl, poolSize: 1, applicationName: 'yiyang-demo-loader' }));
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) throw new Error('the database has pending migrations: run `npm run migration:run` first');
    let bookedBy = flag('booked-by');
    if (!bookedBy) {
      const [admin] = await dataSource.query(`SELECT id FROM app_user WHERE role = 'admin' ORDER BY created_at LIMIT 1`);
      if (!admin) throw new Error('no administrator yet: start the API once (it creates one), or pass --booked-by=<app_user id>');
      bookedBy = admin.id as string;
    }
    const cipher = new PersonalDataCipher(config.dataEncryptionKeys, config.dataHashKey);
    const result = await loadDemoData(dataSource, cipher, { bookedBy, today: flag('today'), log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(result.loaded ? 'demo loaded\n' : 'demo already present: nothing written\n');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load-demo: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
