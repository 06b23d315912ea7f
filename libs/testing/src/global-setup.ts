import { publishTestServiceAvailability } from '@yiyang/core';
import { prepareTestDatabases } from './test-database';
import { testRedisAvailable } from './test-redis';

/** Jest globalSetup of the int and e2e projects. */
export default async function globalSetup(): Promise<void> {
  const [redis] = await Promise.all([testRedisAvailable(), prepareTestDatabases()]);
  publishTestServiceAvailability({ redis });
}
