import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ApiModule } from '../../../apps/api/src/api.module';
import { buildConfig, configureHttpApp, createRootLogger, PinoNestLogger, type AppConfig, type EnvSource } from '@yiyang/core';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, type TestDatabaseBackend } from './test-database';
import type { TestRedis } from './test-redis';

export const TEST_ADMIN = { username: 'admin', password: 'test-admin-password' } as const;

export interface TestAppOptions {
  /** Run the jobs on BullMQ in this Redis; without it they run in-process. */
  redis?: TestRedis;
  /** More environment variables, as a deployment would set them. */
  env?: EnvSource;
  /** Reuse a database (and keep it on close); otherwise the app gets its own clone of the template. */
  database?: TestDatabase;
  /** The backend of the app's own database; `pglite` runs the app in embedded mode. Default: testDatabaseBackend(). */
  databaseBackend?: TestDatabaseBackend;
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  /** supertest bound to the listening server: `t.http.get('/api/v1/...')`. */
  http: ReturnType<typeof request>;
  config: AppConfig;
  dataSource: DataSource;
  database: TestDatabase;
  /** Every JSON log line the app wrote. */
  logs: string[];
  login(username: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/** The real API (same modules and HTTP glue as main.ts) on a loopback port, over its own test database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase({ backend: options.databaseBackend }));
  try {
    return await startTestApp(database, options);
  } catch (error) {
    if (!options.database) await database.drop();
    throw error;
  }
}

async function startTestApp(database: TestDatabase, options: TestAppOptions): Promise<TestApp> {
  // On PGlite the app runs in embedded mode, as `npm start` does, unless it has Redis (which embedded mode refuses):
  // its URL comes from the server the test started.
  const embedded = database.backend === 'pglite' && !options.redis;
  const config = buildConfig({
    NODE_ENV: 'test',
    DATABASE_URL: embedded ? undefined : database.url,
    DEMO_DATA: 'false',
    DATABASE_POOL_SIZE: '10',
    REDIS_URL: options.redis?.url,
    QUEUE_PREFIX: options.redis?.prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATA_ENCRYPTION_KEYS: `test1:${randomBytes(32).toString('base64')}`,
    DATA_HASH_KEY: randomBytes(32).toString('base64'),
    ADMIN_USERNAME: TEST_ADMIN.username,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    DATA_DIR: mkdtempSync(join(tmpdir(), 'yiyang-test-data-')),
    LOG_LEVEL: 'info',
    ...options.env,
  });
  const logs: string[] = [];
  const logger = createRootLogger(config.logLevel, { write: (line: string) => void logs.push(line) });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot({ config, logger, databaseUrl: database.url }), {
    logger: new PinoNestLogger(logger),
  });
  configureHttpApp(app, config, logger);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  const http = request(baseUrl);
  return {
    app,
    baseUrl,
    http,
    config,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    database,
    logs,
    async login(username, password) {
      const response = await http.post('/api/v1/auth/login').send({ username, password });
      if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.accessToken as string;
    },
    async close() {
      await app.close();
      if (!options.database) await database.drop();
    },
  };
}
