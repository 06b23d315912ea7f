import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from './app-config';
import { envVariablesOf } from './env.decorator';
import { buildConfig, ConfigError, configurationTable } from './load-config';

function problemsOf(source: Record<string, string>): { variable: string; reason: string }[] {
  try {
    buildConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('buildConfig', () => {
  it('runs embedded with in-process jobs when nothing is set', () => {
    const config = buildConfig({});
    expect(config.embeddedDatabase).toBe(true);
    expect(config.inProcessJobs).toBe(true);
    expect(config.migrateOnStart).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.corsOrigins).toEqual([]);
  });

  it('converts numbers, booleans and lists', () => {
    const config = buildConfig({
      PORT: '8080',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
      OPENAPI_ENABLED: 'off',
      CORS_ORIGINS: 'https://a.example.cn, https://b.example.cn',
      DATABASE_URL: 'postgres://u:p@db:5432/yiyang',
    });
    expect(config.port).toBe(8080);
    expect(config.trustProxy).toEqual(['loopback', '10.0.0.0/8']);
    expect(config.openApiEnabled).toBe(false);
    expect(config.corsOrigins).toEqual(['https://a.example.cn', 'https://b.example.cn']);
    expect(config.embeddedDatabase).toBe(false);
    expect(config.migrateOnStart).toBe(false);
  });

  it('trusts proxies only when told which, never all', () => {
    expect(buildConfig({}).trustProxy).toBe(false);
    expect(buildConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(buildConfig({ TRUST_PROXY: '172.16.0.0/12,::1' }).trustProxy).toEqual(['172.16.0.0/12', '::1']);
    for (const refused of ['true', 'yes', '10.0.0.0/33', 'proxy.example.com', '11']) {
      expect(problemsOf({ TRUST_PROXY: refused }).map((p) => p.variable)).toEqual(['TRUST_PROXY']);
    }
  });

  it('refuses Redis without PostgreSQL: workers cannot reach an embedded database', () => {
    expect(problemsOf({ REDIS_URL: 'redis://cache:6379' })).toEqual([{ variable: 'REDIS_URL', reason: expect.stringContaining('DATABASE_URL') }]);
  });

  it('refuses an administrator name the accounts table would refuse', () => {
    expect(problemsOf({ ADMIN_USERNAME: 'Admin' }).map((p) => p.variable)).toEqual(['ADMIN_USERNAME']);
  });

  it('treats a blank value as unset', () => {
    expect(buildConfig({ REDIS_URL: '', PORT: ' ' }).inProcessJobs).toBe(true);
  });

  it('names every bad variable and why, without echoing secrets', () => {
    const problems = problemsOf({ PORT: 'eighty', TRUST_PROXY: 'maybe', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short-secret-value' });
    expect(problems.map((p) => p.variable).sort()).toEqual(['DATABASE_URL', 'JWT_SECRET', 'PORT', 'TRUST_PROXY']);
    expect(JSON.stringify(problems)).not.toContain('short-secret-value');
    expect(problems.find((p) => p.variable === 'PORT')!.reason).toMatch(/integer/);
  });

  it('requires the production services and secret in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' }).map((p) => p.variable)).toEqual([
      'DATABASE_URL',
      'REDIS_URL',
      'JWT_SECRET',
      'DATA_ENCRYPTION_KEYS',
      'DATA_HASH_KEY',
    ]);
    const config = buildConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://db/yiyang',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 3).toString('base64')},k0:${Buffer.alloc(32, 4).toString('base64')}`,
      DATA_HASH_KEY: Buffer.alloc(32, 5).toString('base64'),
    });
    expect(config.inProcessJobs).toBe(false);
  });

  it('rejects an unknown NODE_ENV and a bad token lifetime', () => {
    expect(problemsOf({ NODE_ENV: 'staging', JWT_TTL: '8 hours' }).map((p) => p.variable).sort()).toEqual(['JWT_TTL', 'NODE_ENV']);
  });
});

describe('configuration table', () => {
  it('documents every variable with a description', () => {
    const table = configurationTable();
    for (const variable of envVariablesOf(AppConfig)) {
      expect(variable.description.length).toBeGreaterThan(10);
      expect(table).toContain(`| \`${variable.name}\` |`);
    }
  });

  it('is the table in README.md (regenerate with `npm run docs:config`)', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    expect(readme).toContain(configurationTable());
  });
});
