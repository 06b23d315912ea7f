import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { embeddedDatabaseDir } from '../database/data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres';
import { describeOpenTransactions } from '../database/transaction-context';
import type { RootLogger } from '../logging/logger';
import { StartUpProgress } from './start-up-progress';

/** What a process needs before Nest starts: a database URL (embedded if need be) and its secrets. */
export interface Runtime {
  config: AppConfig;
  logger: RootLogger;
  databaseUrl: string;
  embedded?: EmbeddedPostgres;
  /** Where the start-up reports what it is doing (the API answers with it until it is ready). */
  progress: StartUpProgress;
  stop(): Promise<void>;
}

/** A secret kept in DATA_DIR: read it, or generate it once (mode 600) so it survives restarts. */
async function persistentSecret(config: AppConfig, name: string, generate: () => string, valid: (value: string) => boolean): Promise<string> {
  const file = join(config.dataDir, name);
  const existing = await readFile(file, 'utf8').catch(() => null);
  let secret = (existing ?? '').trim();
  if (existing !== null && !valid(secret)) {
    // Replacing it would make everything encrypted or signed with it unreadable.
    throw new Error(`${file} exists but is not a valid secret: restore it, or remove it knowingly`);
  }
  if (!valid(secret)) {
    secret = generate();
    await mkdir(config.dataDir, { recursive: true });
    await writeFile(file, secret, { mode: 0o600 });
  }
  return secret;
}

/**
 * Outside production, missing secrets (JWT, personal-data keys) are generated once and kept in DATA_DIR, so tokens
 * and encrypted data survive restarts. Production must configure them.
 */
async function ensureSecrets(config: AppConfig): Promise<void> {
  if (config.nodeEnv === 'production') return;
  config.jwtSecret ??= await persistentSecret(config, 'jwt-secret', () => randomBytes(48).toString('base64url'), (s) => s.length >= 32);
  config.dataEncryptionKeys ??= await persistentSecret(
    config,
    'data-encryption-keys',
    () => `local1:${randomBytes(32).toString('base64')}`,
    (s) => /^[\w-]+:[A-Za-z0-9+/]{43}=/.test(s),
  );
  config.dataHashKey ??= await persistentSecret(config, 'data-hash-key', () => randomBytes(32).toString('base64'), (s) => s.length >= 43);
}

export async function startRuntime(config: AppConfig, logger: RootLogger, progress = new StartUpProgress()): Promise<Runtime> {
  await ensureSecrets(config);
  if (config.databaseUrl) {
    return { config, logger, databaseUrl: config.databaseUrl, progress, stop: async () => {} };
  }
  const started = Date.now();
  // A fresh data folder is initialised first (initdb in WebAssembly): the longest part of a first start after the demo.
  progress.enter('database', 'embedded PGlite');
  const embedded = await startEmbeddedPostgres({
    dataDir: embeddedDatabaseDir(config.dataDir),
    port: config.embeddedDatabasePort,
    statementTimeoutMs: config.embeddedStatementTimeoutMs,
  });
  logger.info({ dataDir: embedded.dataDir, durationMs: Date.now() - started }, 'embedded Postgres (PGlite) started');
  return { config, logger, databaseUrl: embedded.url, embedded, progress, stop: () => embedded.stop() };
}

/** One part of a shutdown, named in the log when the grace period cuts it off. */
export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

export interface ShutdownOptions {
  /** SHUTDOWN_GRACE_MS: after this the process exits whatever is still running. */
  graceMs: number;
  /** What else is in flight, for the log line of a forced exit (e.g. open HTTP connections). */
  inFlight?: () => Promise<Record<string, unknown>>;
}

/**
 * On SIGINT or SIGTERM: run the steps in order (close the application, then the embedded database), then exit. A
 * request, job or query that does not finish within the grace period does not keep the process up: it exits with
 * status 1, logging the step it was in and what was still open.
 */
export function stopOnSignals(steps: ShutdownStep[], logger: RootLogger, options: ShutdownOptions): void {
  let stopping = false;
  let current = 'starting';
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    logger.info({ signal, graceMs: options.graceMs }, 'shutting down');
    const forceExit = async () => {
      const inFlight = await Promise.race([options.inFlight?.().catch(() => ({})) ?? {}, new Promise((resolve) => setTimeout(resolve, 200, {}))]);
      logger.error(
        { signal, graceMs: options.graceMs, step: current, openTransactions: describeOpenTransactions(), ...(inFlight as object) },
        `shutdown did not finish within ${options.graceMs} ms: exiting while ${current} (what is listed was cut off)`,
      );
      process.exit(1);
    };
    setTimeout(() => void forceExit(), options.graceMs);
    (async () => {
      for (const step of steps) {
        current = step.name;
        await step.run();
      }
    })().then(
      () => {
        logger.info({ durationMs: Date.now() - started }, 'shut down');
        process.exit(0);
      },
      (error) => {
        logger.error({ err: error, step: current }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}
