// First, so that it sees the global object before the imports below add to it.
import { removeGlobalsAddedByImports } from './host-globals';
import { publishTestServiceAvailability } from '@yiyang/core';
import { prepareTestDatabases, type TestDatabaseBackend } from './test-database';
import { testRedisAvailable } from './test-redis';

/** Builds the test database template (once per migration set) and publishes whether Redis answers. */
export async function setUpTestServices(backend?: TestDatabaseBackend): Promise<void> {
  const [redis] = await Promise.all([testRedisAvailable(), prepareTestDatabases(backend)]);
  publishTestServiceAvailability({ redis });
  removeGlobalsAddedByImports();
}

/** Jest globalSetup of the int and e2e projects. */
export default function globalSetup(): Promise<void> {
  return setUpTestServices();
}
