import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** Extensions the migrations may create; PGlite ships them as contrib bundles that must be loaded up front. */
const EXTENSIONS = { btree_gist };

export interface EmbeddedPostgres {
  /** postgres:// URL of the wire-protocol server on loopback. */
  url: string;
  dataDir: string;
  /** The PGlite instance itself, e.g. to dump a migrated template with `dumpDataDir()`. */
  db: PGlite;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder of the database files; `memory://` keeps everything in memory. */
  dataDir: string;
  port?: number;
  /** A dump from `dumpDataDir()` to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Two processes writing one PGlite folder would corrupt it; the lock file says who holds it. */
async function acquireLock(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  const holder = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
  if (holder && holder !== process.pid && processAlive(holder)) {
    throw new Error(`The embedded database in ${dataDir} is in use by process ${holder}. Stop it first, or set DATA_DIR.`);
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

/**
 * Postgres compiled to WebAssembly, served over the Postgres wire protocol on loopback so that TypeORM and `pg`
 * run unchanged. PGlite is one backend behind the server's multiplexer: a transaction on one pooled connection
 * holds every other connection until it ends.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const inMemory = options.dataDir.startsWith('memory://');
  const dataDir = inMemory ? options.dataDir : resolve(options.dataDir);
  let releaseLock = async () => {};
  if (!inMemory) {
    await mkdir(join(dataDir, '..'), { recursive: true });
    releaseLock = await acquireLock(dataDir);
  }
  const db = await PGlite.create({ dataDir, extensions: EXTENSIONS, loadDataDir: options.loadDataDir });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port ?? 0, maxConnections: 128 });
  await server.start();
  const port = server.getServerConn().split(':').pop();
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    db,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      await releaseLock();
    },
  };
}
