import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@yiyang/testing';

/**
 * The web app's API types (apps/web/src/api/schema.d.ts) are generated from the document the API serves, never
 * written by hand. This test generates them again from the running API and fails when the committed file differs;
 * `npm run web:api-types` rewrites it.
 */
const ROOT = join(__dirname, '..');
const SCHEMA_FILE = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');

function generateTypes(document: unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [join(ROOT, 'apps', 'web', 'scripts', 'api-types.mjs')], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
    child.stdin!.end(JSON.stringify(document));
  });
}

describe('web API types', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('are what the running API serves', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body;
    const generated = await generateTypes(document);
    if (process.env.UPDATE_API_TYPES === '1') writeFileSync(SCHEMA_FILE, generated);
    // On a difference: `npm run web:api-types`, and commit apps/web/src/api/schema.d.ts with the API change.
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
