import { join } from 'node:path';
import { createTestApp, type TestApp } from '@yiyang/testing';

/**
 * The document the web app's client is generated from (openapi-typescript): it passes Redocly's recommended rules,
 * and every operation can say how it fails, in the one ApiError shape.
 */
describe('OpenAPI document', () => {
  let t: TestApp;
  let document: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }>> };
  beforeAll(async () => {
    t = await createTestApp();
    document = (await t.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => t?.close());

  it('has no lint error with the committed Redocly rules, and few warnings', async () => {
    const { lintFromString, loadConfig } = await import('@redocly/openapi-core');
    const config = await loadConfig({ configPath: join(__dirname, '..', 'redocly.yaml') });
    const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: 'openapi.json', config });
    const describe = (severity: string) =>
      problems.filter((problem) => problem.severity === severity).map((problem) => `${problem.ruleId}: ${problem.message} ${problem.location[0]?.pointer ?? ''}`);
    expect(describe('error')).toEqual([]);
    // Left: /health/live and /health/ready answer no 4xx at all (operation-4xx-response), and /kpi/scenarios/{id}
    // beside /kpi/{indicator}/… (no-ambiguous-paths: their second segments, an id and a literal, never meet).
    expect(describe('warn').filter((warning) => !warning.includes('`/api/v1/kpi/scenarios/{id}`')).length).toBeLessThanOrEqual(2);
  });

  it('gives every error response of every operation the ApiError schema', () => {
    const untyped: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) >= 400 && response.content?.['application/json']?.schema.$ref !== '#/components/schemas/ApiError') {
            untyped.push(`${method.toUpperCase()} ${path} ${status}`);
          }
        }
      }
    }
    expect(untyped).toEqual([]);
  });

  it('declares 401 on operations that need a token and 403 where roles restrict them', () => {
    expect(Object.keys(document.paths['/health/live'].get.responses)).not.toContain('401');
    expect(Object.keys(document.paths['/api/v1/regions'].get.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    expect(Object.keys(document.paths['/api/v1/regions'].post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403']));
  });
});
