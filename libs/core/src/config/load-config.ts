import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { AppConfig } from './app-config';
import { envVariablesOf } from './env.decorator';

export type EnvSource = Record<string, string | undefined>;

export interface ConfigProblem {
  variable: string;
  reason: string;
}

/** Start-up stops with this: it names every bad or missing variable and why, never a secret's value. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.reason}`).join('\n')}\n` +
        'See the configuration table in README.md.',
    );
    this.name = 'ConfigError';
  }
}

/**
 * Builds and validates a config class from an environment-like record. Blank values count as unset, so
 * `REDIS_URL=` in a .env file means "no Redis".
 */
export function buildEnvClass<T extends object>(configClass: new () => T, source: EnvSource): T {
  const variables = envVariablesOf(configClass);
  const raw: Record<string, string> = {};
  for (const variable of variables) {
    const value = source[variable.name];
    if (value !== undefined && value.trim() !== '') raw[variable.property] = value;
  }
  const instance = plainToInstance(configClass, raw, { exposeDefaultValues: true });
  const errors = validateSync(instance, { forbidUnknownValues: true });
  if (errors.length) {
    const byProperty = new Map(variables.map((v) => [v.property, v.name]));
    throw new ConfigError(errors.map((error) => describe(error, byProperty.get(error.property) ?? error.property)));
  }
  return instance;
}

function describe(error: ValidationError, variable: string): ConfigProblem {
  const reasons = Object.values(error.constraints ?? {}).map((text) => text.replace(new RegExp(`^${error.property} `), ''));
  return { variable, reason: reasons.join('; ') || 'invalid value' };
}

export function buildConfig(source: EnvSource): AppConfig {
  const config = buildEnvClass(AppConfig, source);
  if (config.redisUrl && !config.databaseUrl) {
    // BullMQ jobs are consumed by workers, and a worker cannot share the API's embedded database.
    throw new ConfigError([{ variable: 'REDIS_URL', reason: 'needs DATABASE_URL as well: without it jobs run in-process, so leave REDIS_URL unset' }]);
  }
  if (config.nodeEnv === 'production') {
    const missing: ConfigProblem[] = [];
    if (!config.databaseUrl) missing.push({ variable: 'DATABASE_URL', reason: 'required when NODE_ENV=production' });
    if (!config.redisUrl) missing.push({ variable: 'REDIS_URL', reason: 'required when NODE_ENV=production' });
    if (!config.jwtSecret) missing.push({ variable: 'JWT_SECRET', reason: 'required when NODE_ENV=production' });
    if (!config.dataEncryptionKeys) missing.push({ variable: 'DATA_ENCRYPTION_KEYS', reason: 'required when NODE_ENV=production' });
    if (!config.dataHashKey) missing.push({ variable: 'DATA_HASH_KEY', reason: 'required when NODE_ENV=production' });
    if (missing.length) throw new ConfigError(missing);
  }
  return config;
}

/** The one place that reads process.env. */
export function loadConfig(): AppConfig {
  return buildConfig(process.env);
}

/** Markdown table of every variable, for README.md (kept in step by a unit test and `npm run docs:config`). */
export function configurationTable(): string {
  const defaults = new AppConfig() as unknown as Record<string, unknown>;
  const rows = envVariablesOf(AppConfig).map((variable) => {
    const value = defaults[variable.property];
    const shown =
      variable.defaultText ??
      (value === undefined ? '—' : Array.isArray(value) && !value.length ? '(empty)' : `\`${String(value)}\``);
    return `| \`${variable.name}\` | ${shown} | ${variable.description} |`;
  });
  return ['| Variable | Default | Description |', '| --- | --- | --- |', ...rows].join('\n');
}
