import { Role } from '@yiyang/auth';
import {
  adminToken,
  createTestApp,
  createTestDatabase,
  createUser,
  importTestRegions,
  makeIdNumber,
  YUBEI,
  YUBEI_TOWNSHIP,
  type TestApp,
  type TestDatabase,
} from '@yiyang/testing';
import { Client } from 'pg';

/** EMBEDDED_STATEMENT_TIMEOUT_MS of this test's database, shortened from the default 30 s. */
const STATEMENT_TIMEOUT_MS = 2_000;

/**
 * Embedded mode (`npm start` with no DATABASE_URL): PGlite is one backend, so a request that waits on a second
 * connection while its transaction is open used to freeze the whole process.
 */
describe('embedded mode (PGlite)', () => {
  let database: TestDatabase;
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    database = await createTestDatabase({ backend: 'pglite', statementTimeoutMs: STATEMENT_TIMEOUT_MS });
    t = await createTestApp({ database });
    expect(t.config.embeddedDatabase).toBe(true);
    admin = await adminToken(t);
    await importTestRegions(t, admin);
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const person = {
    name: '李秀英',
    idNumber: makeIdNumber('500112', '1944-03-08', '402'),
    sex: 'female',
    birthDate: '1944-03-08',
    hukouRegionCode: YUBEI_TOWNSHIP,
    residenceRegionCode: YUBEI_TOWNSHIP,
    livingArrangement: 'alone',
  };

  it('refuses a person registered twice with a quick 409, records the attempt, and keeps answering', async () => {
    const officer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    const first = await t.http.post('/api/v1/residents').set(auth(officer.token)).send(person).timeout(5_000).expect(201);
    const started = Date.now();
    const again = await t.http.post('/api/v1/residents').set(auth(officer.token)).send(person).timeout(5_000);
    expect(again.status).toBe(409);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The refusal's audit row outlives the transaction the refusal rolled back.
    const asked = await t.dataSource.query(`SELECT entity_id, actor_id FROM audit_log WHERE action = 'duplicate_found'`);
    expect(asked).toEqual([{ entity_id: first.body.id, actor_id: officer.id }]);
    await t.http.get('/health/ready').timeout(5_000).expect(200);
    await t.http.get(`/api/v1/residents/${first.body.id}`).set(auth(officer.token)).timeout(5_000).expect(200);
  }, 20_000);

  it('answers 503 to a request that waited too long for a transaction held elsewhere, and goes on once it ends', async () => {
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1');
      const started = Date.now();
      const waited = await t.http.get('/api/v1/regions/500112000000').set(auth(admin)).timeout(STATEMENT_TIMEOUT_MS * 3);
      expect(waited.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(STATEMENT_TIMEOUT_MS * 2);
      await holder.query('COMMIT');
      await t.http.get('/api/v1/regions/500112000000').set(auth(admin)).timeout(5_000).expect(200);
    } finally {
      await holder.end();
    }
  }, 20_000);
});
