import { createDataSourceOptions } from '@yiyang/core';
import { createTestDatabase, type TestDatabase } from '@yiyang/testing';
import { DataSource } from 'typeorm';

/**
 * The stale-marking triggers (migration 1796900000200) keep their statement as text until they fire: every one of
 * them fires here once on an empty statement, so a column misnamed in any table's rule fails this test rather than
 * that table's writes.
 */
describe('kpi_stale triggers', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource(createDataSourceOptions({ url: db.url, poolSize: 1, applicationName: 'yiyang-kpi-stale-test' })).initialize();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('exist for insert, update and delete on each source table, and each one runs', async () => {
    const triggers: { table: string; event: string }[] = await dataSource.query(
      `SELECT c.relname AS table, substring(t.tgname from '_kpi_stale_(insert|update|delete)$') AS event
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE '%\\_kpi\\_stale\\_%' ORDER BY 1, 2`,
    );
    const tables = [...new Set(triggers.map((trigger) => trigger.table))];
    expect(tables.length).toBeGreaterThanOrEqual(25);
    expect(triggers).toHaveLength(tables.length * 3);
    for (const { table, event } of triggers) {
      // A statement trigger fires on a statement that touches no row: its statement is planned and run.
      const [{ column }] = await dataSource.query(
        `SELECT a.attname AS column FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum LIMIT 1`,
        [table],
      );
      const statement = {
        insert: `INSERT INTO "${table}" SELECT * FROM "${table}" WHERE false`,
        update: `UPDATE "${table}" SET "${column}" = "${column}" WHERE false`,
        delete: `DELETE FROM "${table}" WHERE false`,
      }[event]!;
      await expect(dataSource.query(statement).then(() => 'ran')).resolves.toBe('ran');
    }
  });

  it('mark a back-dated change to a rolled-up county, except in a what-if transaction (yiyang.what_if), which is rolled back', async () => {
    await dataSource.query(
      `INSERT INTO region (code, name, level) VALUES ('500000000000', '重庆市', 'province'), ('500100000000', '市辖区', 'city'),
              ('500112000000', '渝北区', 'county'), ('500112001000', '双龙湖街道', 'township')`,
    );
    await dataSource.query(`INSERT INTO kpi_value (month, region_code, indicator, revision, numerator, computed_at) VALUES ('2025-06-01', '500112000000', 'x', 1, 0, now())`);
    const worker = `INSERT INTO community_social_worker (name, region_code, started_on) VALUES ('社工', '500112001000', '2025-06-10')`;
    const marks = (manager: { query: DataSource['query'] }) => manager.query(`SELECT county_code AS county, to_char(since_month, 'YYYY-MM') AS since FROM kpi_stale`);
    const inWhatIf = await dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('yiyang.what_if', 'on', true)`);
      await manager.query(worker);
      return marks(manager);
    });
    expect(inWhatIf).toEqual([]);
    await dataSource.query(worker);
    expect(await marks(dataSource)).toEqual([{ county: '500112000000', since: '2025-06' }]);
  });
});
