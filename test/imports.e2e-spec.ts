import { request as httpRequest } from 'node:http';
import { Role } from '@yiyang/auth';
import {
  adminToken,
  createTestApp,
  createUser,
  importTestRegions,
  regionsCsv,
  waitUntil,
  YUBEI,
  zipWithOnePart,
  type CreatedUser,
  type TestApp,
} from '@yiyang/testing';

/** Small limits keep the files small: the same code paths refuse 20 MB and 200,000 rows in production. */
const UPLOAD_MAX_BYTES = 256 * 1024;
const MAX_ROWS = 3_000;
const JOB_THRESHOLD_ROWS = 2_000;

describe('bounded imports', () => {
  let t: TestApp;
  let admin: string;
  let yubeiOfficer: CreatedUser;
  let otherOfficer: CreatedUser;

  beforeAll(async () => {
    t = await createTestApp({
      env: { UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES), IMPORT_MAX_ROWS: String(MAX_ROWS), IMPORT_JOB_THRESHOLD_ROWS: String(JOB_THRESHOLD_ROWS) },
    });
    admin = await adminToken(t);
    await importTestRegions(t, admin);
    yubeiOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
    otherOfficer = await createUser(t, { role: Role.CivilAffairs, regionCode: YUBEI });
  });
  afterAll(() => t?.close());

  const regionCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM region`))[0].n as number;
  const upload = (token: string, content: string | Buffer, filename = 'regions.csv') =>
    t.http.post('/api/v1/regions/import').set('Authorization', `Bearer ${token}`).attach('file', Buffer.from(content), { filename });
  const importStatus = (token: string, id: string) => t.http.get(`/api/v1/imports/${id}`).set('Authorization', `Bearer ${token}`);
  async function finishedImport(token: string, id: string) {
    let body: { status: string } & Record<string, unknown> = { status: 'queued' };
    await waitUntil(async () => {
      body = (await importStatus(token, id).expect(200)).body;
      return body.status === 'completed' || body.status === 'failed';
    }, `import ${id} finished`, 30_000);
    return body;
  }

  /** Sends the request's headers, and its body only if `body` is given; resolves with the status and when it came. */
  function rawUpload(headers: Record<string, string | number>, body?: (write: (chunk: Buffer) => void) => void): Promise<{ status: number; elapsedMs: number }> {
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const request = httpRequest(`${t.baseUrl}/api/v1/regions/import`, { method: 'POST', headers: { Authorization: `Bearer ${admin}`, ...headers } }, (response) => {
        resolve({ status: response.statusCode!, elapsedMs: Date.now() - started });
        request.destroy();
      });
      // The server closes the connection after refusing: writes still in flight may fail, the answer has come.
      request.on('error', reject);
      request.flushHeaders();
      body?.((chunk) => request.write(chunk, () => undefined));
    });
  }

  it('refuses an upload whose Content-Length is past UPLOAD_MAX_BYTES with 413 before reading its body', async () => {
    // Not one byte of the 50 MB is sent: the answer can only come from the headers.
    const { status, elapsedMs } = await rawUpload({ 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': 50 * 1024 * 1024 });
    expect(status).toBe(413);
    expect(elapsedMs).toBeLessThan(2_000);
  });

  it('cuts off a chunked upload that declares no length at UPLOAD_MAX_BYTES', async () => {
    const { status } = await rawUpload({ 'Content-Type': 'multipart/form-data; boundary=x', 'Transfer-Encoding': 'chunked' }, (write) => {
      write(Buffer.from('--x\r\nContent-Disposition: form-data; name="file"; filename="regions.csv"\r\nContent-Type: text/csv\r\n\r\n'));
      for (let sent = 0; sent <= UPLOAD_MAX_BYTES; sent += 64 * 1024) write(Buffer.alloc(64 * 1024, 'a'));
    });
    expect(status).toBe(413);
  });

  it('refuses a zip bomb XLSX with 413 without inflating it', async () => {
    const bomb = zipWithOnePart('xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(UPLOAD_MAX_BYTES);
    const { body } = await upload(admin, bomb, 'regions.xlsx').expect(413);
    expect(body.message).toMatch(/expands \d+ times .*zip bomb/);
  });

  it('refuses a file of more than IMPORT_MAX_ROWS rows with 413 and writes nothing', async () => {
    const before = await regionCount();
    const { body } = await upload(admin, regionsCsv(YUBEI, MAX_ROWS + 1)).expect(413);
    expect(body.message).toContain(`more than ${MAX_ROWS} data rows`);
    expect(await regionCount()).toBe(before);
  });

  it('lists the first 1,000 problems of a refused file, by line, and gives their total', async () => {
    const bad = regionsCsv(YUBEI, 1_500).replace(/,village\n/g, ',town\n');
    const { body } = await upload(admin, bad).expect(400);
    const villages = 1_500 - 2; // two of the rows are townships
    expect(body.message).toBe(`Import refused: ${villages} problem(s); the first 1000 are listed; nothing was written`);
    expect(body.details).toHaveLength(1_000);
    expect(body.details[0]).toMatchObject({ line: 3, field: 'kind' });
    expect(body.details.map((problem: { line: number }) => problem.line)).toEqual([...body.details.map((problem: { line: number }) => problem.line)].sort((a, b) => a - b));
  });

  it('imports a long file as a job: 202, then a status resource that reaches completed with the synchronous result', async () => {
    const before = await regionCount();
    const rows = JOB_THRESHOLD_ROWS + 500;
    const accepted = await upload(yubeiOfficer.token, regionsCsv(YUBEI, rows)).expect(202);
    expect(accepted.body).toMatchObject({ id: expect.any(String), kind: 'regions', status: expect.stringMatching(/queued|running|completed/), fileName: 'regions.csv' });
    const done = await finishedImport(yubeiOfficer.token, accepted.body.id);
    expect(done).toMatchObject({ status: 'completed', rowsRead: rows, rowsTotal: rows, progress: 1, errors: [], errorCount: 0 });
    expect(done.result).toEqual({ rows, inserted: rows, updated: 0, unchanged: 0 });
    expect(await regionCount()).toBe(before + rows);
    // The file is gone from the database once imported.
    expect((await t.dataSource.query(`SELECT file IS NULL AS dropped FROM import_job WHERE id = $1`, [accepted.body.id]))[0].dropped).toBe(true);
    const audit = await t.dataSource.query(`SELECT actor_id FROM audit_log WHERE entity = 'region' AND action = 'import' ORDER BY id DESC LIMIT 1`);
    expect(audit[0].actor_id).toBe(yubeiOfficer.id);
    // The status is the uploader's (and an administrator's) only.
    await importStatus(otherOfficer.token, accepted.body.id).expect(404);
    await importStatus(admin, accepted.body.id).expect(200);
    // The same file again: the job says what a synchronous import says of an unchanged file.
    const again = await upload(yubeiOfficer.token, regionsCsv(YUBEI, rows)).expect(202);
    expect((await finishedImport(yubeiOfficer.token, again.body.id)).result).toEqual({ rows, inserted: 0, updated: 0, unchanged: rows });
  });

  it('writes nothing when one row of a job import is bad, and the job fails naming it', async () => {
    const rows = JOB_THRESHOLD_ROWS + 100;
    const lines = regionsCsv('500113000000', rows).split('\n');
    lines[rows - 1] = lines[rows - 1].replace(',village,', ',hamlet,');
    const before = await regionCount();
    // The county 500113 is not in Yiyang yet: it comes first in the file, so every other row is good.
    const file = ['code,name,level,parent_code,kind', '500113000000,渝北二区,county,500100000000,', ...lines.slice(1)].join('\n');
    const accepted = await upload(admin, file).expect(202);
    const done = await finishedImport(admin, accepted.body.id);
    expect(done).toMatchObject({ status: 'failed', errorCount: 1, errors: [{ line: rows + 1, field: 'level', message: expect.any(String) }], result: null });
    expect(done.message).toMatch(/nothing was written/);
    expect(await regionCount()).toBe(before);
  });
});
