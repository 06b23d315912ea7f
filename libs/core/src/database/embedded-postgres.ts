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
  /**
   * How long a statement may wait for the single backend before it fails with 57014 (query_canceled), as a statement
   * waiting on a lock does under `statement_timeout`; 0 waits for ever. PGlite's own statement_timeout never fires.
   */
  statementTimeoutMs?: number;
}

/** Default of `statementTimeoutMs`. */
export const EMBEDDED_STATEMENT_TIMEOUT_MS = 30_000;

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
  keepStatementsTogether(server, options.statementTimeoutMs ?? EMBEDDED_STATEMENT_TIMEOUT_MS);
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

/** What keepStatementsTogether relies on of pglite-socket 0.2's query queue (not part of its typed API). */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  timestamp: number;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}
interface SocketQueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

/** Wire messages that open or continue an extended-protocol statement (Parse, Bind, Describe, Execute, Close, Flush); Sync ends it. */
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);
const SYNC = 0x53;
const SIMPLE_QUERY = 0x51;

/** A backend message: type, then its length (counting itself), then the body. */
function backendMessage(type: string, body: Buffer): Uint8Array {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

/**
 * ErrorResponse 57014, what PostgreSQL answers when statement_timeout cancels a statement; FATAL for a connection's
 * start-up, which then ends.
 */
function statementTimeoutError(waitedMs: number, severity: 'ERROR' | 'FATAL' = 'ERROR'): Uint8Array {
  const field = (code: string, text: string) => Buffer.from(`${code}${text}\0`, 'utf8');
  return backendMessage(
    'E',
    Buffer.concat([
      field('S', severity),
      field('V', severity),
      field('C', '57014'),
      field('M', 'canceling statement due to statement timeout'),
      field('D', `It waited ${waitedMs} ms for the embedded database, which another connection held in a transaction or statement.`),
      Buffer.from([0]),
    ]),
  );
}

/** ReadyForQuery, idle: a connection whose statement waited never got the backend, so it holds no transaction. */
const READY_IDLE = backendMessage('Z', Buffer.from('I', 'latin1'));

/**
 * pglite-socket 0.2 runs the wire messages of all connections one at a time in arrival order, and keeps the
 * connection of an open transaction to itself — but not the Parse … Sync of one statement outside a transaction:
 * two such statements of two connections interleave, and the second Parse replaces the first's unnamed statement
 * ("unnamed prepared statement does not exist"), which showed whenever the database was busy (readiness checks
 * failing beside a rollup). This keeps a connection's messages together until its Sync, as for a transaction.
 *
 * A statement that waits longer than `statementTimeoutMs` for the connection holding the backend fails as under
 * PostgreSQL's statement_timeout (57014, the connection stays usable): whatever holds the backend — code awaiting
 * a second connection inside its transaction, a client that went quiet mid-transaction — cannot stall every other
 * connection for ever. The statement that already runs inside PGlite cannot be cut short (WebAssembly holds the
 * event loop until it returns). Another version of the queue is left as it is.
 */
function keepStatementsTogether(server: PGLiteSocketServer, statementTimeoutMs: number): void {
  const queue = (server as unknown as { queryQueue?: SocketQueryQueue }).queryQueue;
  if (
    !queue ||
    !Array.isArray(queue.queue) ||
    typeof queue.enqueue !== 'function' ||
    typeof queue.processQueue !== 'function' ||
    typeof queue.clearQueueForHandler !== 'function'
  ) {
    return;
  }
  /** The connection in the middle of an extended-protocol statement. */
  let open: number | null = null;
  /** Connections whose statement timed out: their messages up to the next Sync are skipped, as PostgreSQL does after an error. */
  const skippingToSync = new Set<number>();
  const owner = () => open ?? (queue.db.isInTransaction() ? queue.lastHandlerId : null);

  const cancelIfWaiting = (item: QueuedMessage) => {
    const index = queue.queue.indexOf(item);
    // Started (or its connection went away) meanwhile; the owner's own messages are never waiting on someone else.
    if (index === -1 || owner() === item.handlerId) return;
    queue.queue.splice(index, 1);
    const type = item.message[0];
    const waited = Date.now() - item.timestamp;
    if (type === SIMPLE_QUERY) {
      item.onData(Buffer.concat([statementTimeoutError(waited), READY_IDLE]));
    } else if (EXTENDED.has(type)) {
      item.onData(statementTimeoutError(waited));
      skippingToSync.add(item.handlerId);
    } else if (type === SYNC) {
      item.onData(READY_IDLE);
    } else {
      // A new connection's start-up (or a goodbye): it fails as a whole and the socket closes.
      item.onData(statementTimeoutError(waited, 'FATAL'));
      item.reject(new Error(`waited ${waited} ms for the embedded database`));
      return;
    }
    item.resolve(0);
  };

  queue.enqueue = function enqueue(this: SocketQueryQueue, handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (skippingToSync.has(handlerId)) {
      if (message[0] === SYNC) {
        skippingToSync.delete(handlerId);
        onData(READY_IDLE);
      }
      return Promise.resolve(0);
    }
    return new Promise((resolve, reject) => {
      const item: QueuedMessage = { handlerId, message, timestamp: Date.now(), resolve, reject, onData };
      this.queue.push(item);
      if (statementTimeoutMs > 0) setTimeout(() => cancelIfWaiting(item), statementTimeoutMs).unref();
      void this.processQueue();
    });
  }.bind(queue);

  queue.processQueue = async function processQueue(this: SocketQueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const holder = owner();
        const index = holder === null ? 0 : this.queue.findIndex((item) => item.handlerId === holder);
        // The owner has nothing queued yet: wait for its next message (its enqueue starts processing again).
        if (index === -1) break;
        const [next] = this.queue.splice(index, 1);
        const type = next.message[0];
        if (EXTENDED.has(type)) open = next.handlerId;
        else if (type === SYNC && open === next.handlerId) open = null;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(next.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                next.onData(data);
              },
            }),
          );
        } catch (error) {
          if (open === next.handlerId) open = null;
          next.reject(error);
          continue;
        }
        this.lastHandlerId = next.handlerId;
        next.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }.bind(queue);
  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clear(handlerId);
    skippingToSync.delete(handlerId);
    // A connection that went away in the middle of a statement no longer holds the others.
    if (open === handlerId) {
      open = null;
      void queue.processQueue();
    }
  };
}
