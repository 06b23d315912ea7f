import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createRootLogger } from '../logging/logger';
import { createDataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { describeOpenTransactions, guardTransactions, outsideTransaction, SecondConnectionError } from './transaction-context';

/** PGlite is one backend: the case the guard exists for. */
describe('a second connection inside a transaction', () => {
  let embedded: EmbeddedPostgres;
  const logLines: string[] = [];
  const logger = createRootLogger('warn', { write: (line: string) => void logLines.push(line) });

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ dataDir: 'memory://', statementTimeoutMs: 1_000 });
  });
  afterAll(() => embedded?.stop());

  async function dataSourceOn(url: string, guard?: 'throw' | 'warn'): Promise<DataSource> {
    const dataSource = new DataSource(createDataSourceOptions({ url, poolSize: 4, applicationName: 'guard-test' }));
    if (guard) guardTransactions(dataSource, { onSecondConnection: guard, logger });
    return dataSource.initialize();
  }

  it('is refused at once with an error naming the problem, and the transaction and the pool go on', async () => {
    const dataSource = await dataSourceOn(embedded.url, 'throw');
    try {
      const started = Date.now();
      const outcome = await dataSource.transaction(async (manager) => {
        await manager.query(`SELECT 1`);
        const refused = await dataSource.query(`SELECT 2`).catch((error: unknown) => error);
        const alsoRefused = await dataSource.transaction((inner) => inner.query(`SELECT 3`)).catch((error: unknown) => error);
        expect(describeOpenTransactions()).toEqual([{ ageMs: expect.any(Number) }]);
        return { refused, alsoRefused, stillWorks: await manager.query(`SELECT 4 AS n`) };
      });
      expect(outcome.refused).toBeInstanceOf(SecondConnectionError);
      expect((outcome.refused as Error).message).toMatch(/open transaction: pass the transaction’s EntityManager/);
      expect(outcome.alsoRefused).toBeInstanceOf(SecondConnectionError);
      expect(outcome.stillWorks).toEqual([{ n: 4 }]);
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(describeOpenTransactions()).toEqual([]);
      expect(await dataSource.query(`SELECT 5 AS n`)).toEqual([{ n: 5 }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('lets work the transaction started but did not await run once it is over, or at once when it is detached', async () => {
    const dataSource = await dataSourceOn(embedded.url, 'throw');
    try {
      let later: Promise<unknown> = Promise.resolve();
      let detached: Promise<unknown> = Promise.resolve();
      await dataSource.transaction(async (manager) => {
        later = new Promise((resolve) => setTimeout(resolve, 50)).then(() => dataSource.query(`SELECT 'after' AS w`));
        // Detached work waits for the backend like any other connection; it does not hold the transaction up.
        detached = outsideTransaction(() => dataSource.query(`SELECT 'detached' AS w`));
        await manager.query(`SELECT 1`);
      });
      expect(await later).toEqual([{ w: 'after' }]);
      expect(await detached).toEqual([{ w: 'detached' }]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('is let through with a warning when so configured (PostgreSQL in production); on PGlite it then waits until the statement timeout', async () => {
    const postgresLike = await startEmbeddedPostgres({ dataDir: 'memory://', statementTimeoutMs: 300 });
    const dataSource = await dataSourceOn(postgresLike.url, 'warn');
    try {
      logLines.length = 0;
      // On PGlite the second connection then waits for the transaction until the statement timeout cancels it.
      const error = await dataSource.transaction(async () => dataSource.query(`SELECT 1`).catch((e: unknown) => e));
      expect(error).toMatchObject({ code: '57014' });
      expect(logLines.join('\n')).toContain('second database connection inside a transaction');
    } finally {
      await dataSource.destroy();
      await postgresLike.stop();
    }
  });
});

describe('the statement timeout of embedded connections', () => {
  /** Two clients of a fresh PGlite: `holder` has a transaction open that created the table `held`. */
  async function withTransactionHeld(statementTimeoutMs: number, run: (holder: Client, waiter: Client) => Promise<void>): Promise<void> {
    const embedded = await startEmbeddedPostgres({ dataDir: 'memory://', statementTimeoutMs });
    const holder = new Client({ connectionString: embedded.url });
    const waiter = new Client({ connectionString: embedded.url });
    await holder.connect();
    await waiter.connect();
    try {
      await holder.query(`BEGIN`);
      await holder.query(`CREATE TABLE held (n int)`);
      await run(holder, waiter);
    } finally {
      await holder.end();
      await waiter.end();
      await embedded.stop();
    }
  }

  it('cancels a statement that waits for a transaction held elsewhere, as 57014, and the connection stays usable', () =>
    withTransactionHeld(300, async (holder, waiter) => {
      const started = Date.now();
      // Extended protocol (parameters) and simple protocol alike.
      await expect(waiter.query(`SELECT $1::int AS n`, [1])).rejects.toMatchObject({ code: '57014', message: 'canceling statement due to statement timeout' });
      await expect(waiter.query(`SELECT 1`)).rejects.toMatchObject({ code: '57014' });
      expect(Date.now() - started).toBeLessThan(2_000);
      await holder.query(`COMMIT`);
      expect((await waiter.query(`SELECT count(*)::int AS n FROM held`)).rows).toEqual([{ n: 0 }]);
      expect((await waiter.query(`SELECT $1::int AS n`, [7])).rows).toEqual([{ n: 7 }]);
    }));

  it('leaves statements that wait less than the timeout to run in turn', () =>
    withTransactionHeld(2_000, async (holder, waiter) => {
      const waiting = waiter.query(`SELECT count(*)::int AS n FROM held`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.query(`INSERT INTO held VALUES (1)`);
      await holder.query(`COMMIT`);
      expect((await waiting).rows).toEqual([{ n: 1 }]);
    }));
});
