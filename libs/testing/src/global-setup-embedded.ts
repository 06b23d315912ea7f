import { publishTestServiceAvailability } from '@yiyang/core';
import { prepareTestDatabases } from './test-database';
import { testRedisAvailable } from './test-redis';

/** Jest globalSetup of the e2e-embedded project: the migrated PGlite template, built once before the workers start. */
export default async function globalSetup(): Promise<void> {
  const [redis] = await Promise.all([testRedisAvailable(), prepareTestDatabases('pglite')]);
  publishTestServiceAvailability({ redis });
}
