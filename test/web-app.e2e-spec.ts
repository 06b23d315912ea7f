import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '@yiyang/testing';

/** The API serves the built web app: its files, the SPA fallback, cache headers and the CSP (browser tests run the real build). */
describe('the web app served by the API', () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'yiyang-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html lang="zh-CN"><body><div id="root"></div><script type="module" src="/assets/index-abc123.js"></script></body></html>');
    writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('颐养 '.repeat(1000))})`);
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(webRoot, 'manifest.webmanifest'), '{"name":"颐养"}');
    writeFileSync(join(webRoot, 'sw.js'), 'self.addEventListener("fetch", () => undefined);');
    t = await createTestApp({ env: { WEB_ROOT: webRoot } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('answers / and any app path with the page, revalidated on every visit, under a CSP without inline script', async () => {
    for (const path of ['/', '/kpi', '/kpi/care_type_bed_share?region=500112000000&month=2020-12', '/sign-in']) {
      const response = await t.http.get(path).set('Accept', 'text/html').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.text).toContain('<div id="root">');
      expect(response.headers['cache-control']).toBe('no-cache');
      const csp = response.headers['content-security-policy'];
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).not.toContain('upgrade-insecure-requests');
    }
  });

  it('keeps hashed assets for a year and files outside assets/ revalidated', async () => {
    const asset = await t.http.get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const compressed = await t.http.get('/assets/index-abc123.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(compressed.headers['content-encoding']).toBe('gzip');
    const icon = await t.http.get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('serves the web app manifest and the service worker as what they are, the worker revalidated on every visit', async () => {
    const manifest = await t.http.get('/manifest.webmanifest').expect(200);
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/);
    expect(JSON.parse(manifest.text)).toEqual({ name: '颐养' });
    const worker = await t.http.get('/sw.js').expect(200);
    expect(worker.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(worker.headers['cache-control']).toBe('no-cache');
    expect(worker.text).toContain('addEventListener');
  });

  it('leaves the API, health and missing assets to their own answers, never the page', async () => {
    const unknownApi = await t.http.get('/api/v1/no-such-thing').expect(404);
    expect(unknownApi.body).toMatchObject({ statusCode: 404 });
    await t.http.get('/health/live').expect(200, { status: 'ok' });
    const missingAsset = await t.http.get('/assets/index-gone.js').expect(404);
    expect(missingAsset.text).not.toContain('<div id="root">');
    const docs = await t.http.get('/api/docs-json').expect(200);
    expect(docs.body.openapi).toBeDefined();
  });

  it('asks browsers to upgrade to https only where Yiyang is served over https', async () => {
    const https = await createTestApp({ env: { WEB_ROOT: webRoot, PUBLIC_URL: 'https://yiyang.example.gov.cn' } });
    try {
      const response = await https.http.get('/kpi').expect(200);
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await https.close();
    }
  });
});
