import { IsBoolean, IsIn, IsInt, IsOptional, IsUrl, Min } from 'class-validator';
import { Env, ToBoolean, ToInteger } from './env.decorator';
import { buildEnvClass } from './load-config';

/**
 * Where the integration and e2e suites find their services. Kept apart from AppConfig: the application never
 * reads these.
 */
export class TestEnvironment {
  @Env('CI', 'Set by CI. A missing Postgres or Redis then fails the run instead of falling back or skipping.')
  @ToBoolean()
  @IsBoolean()
  ci = false;

  @Env('TEST_DATABASE_URL', 'Server on which each test file gets its own database cloned from a migrated template.')
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  databaseUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

  @Env('TEST_REDIS_URL', 'Redis used by queue tests; each test file uses its own key prefix.')
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  redisUrl = 'redis://127.0.0.1:6379';

  @Env('FUZZ_SEED', 'Seed of the fuzz test (test/fuzz.e2e-spec.ts): a failing run prints its seed, and this repeats it.')
  @ToInteger()
  @IsInt()
  fuzzSeed = 20261206;

  @Env('FUZZ_RUNS', 'Generated inputs per operation and role in the fuzz test, on top of its fixed ones; raise it to search further.')
  @ToInteger()
  @IsInt()
  @Min(0)
  fuzzRuns = 6;

  @Env(
    'TEST_DATABASE_BACKEND',
    'Run the database tests on `postgres` or on embedded `pglite` (the e2e-embedded project sets pglite). Unset: Postgres when it answers, else PGlite.',
  )
  @IsOptional()
  @IsIn(['postgres', 'pglite'])
  databaseBackend?: 'postgres' | 'pglite';
}

export function loadTestEnvironment(): TestEnvironment {
  return buildEnvClass(TestEnvironment, process.env);
}

/**
 * What the test run's global setup found, handed to the Jest workers through their environment (workers start
 * after global setup and inherit it). Suites need it synchronously: Jest collects them before anything can await.
 */
export interface TestServiceAvailability {
  redis: boolean;
}

const AVAILABILITY_VARIABLE = 'YIYANG_TEST_SERVICES';

export function publishTestServiceAvailability(availability: TestServiceAvailability): void {
  process.env[AVAILABILITY_VARIABLE] = JSON.stringify(availability);
}

export function publishedTestServiceAvailability(): TestServiceAvailability | undefined {
  const published = process.env[AVAILABILITY_VARIABLE];
  return published ? (JSON.parse(published) as TestServiceAvailability) : undefined;
}
