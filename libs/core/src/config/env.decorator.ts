import { Transform } from 'class-transformer';
import { isIP, registerDecorator } from 'class-validator';

/** What the README's configuration table and start-up errors say about one environment variable. */
export interface EnvVariable {
  /** Property of the config class that receives the value. */
  property: string;
  /** Name of the environment variable. */
  name: string;
  description: string;
  /** Shown in the docs when the default is computed rather than a literal. */
  defaultText?: string;
  /** Never echo the value (secrets). */
  secret?: boolean;
}

const registry = new Map<Function, EnvVariable[]>();

/** Binds a config property to an environment variable and documents it. */
export function Env(
  name: string,
  description: string,
  options: { defaultText?: string; secret?: boolean } = {},
): PropertyDecorator {
  return (target, property) => {
    const variables = registry.get(target.constructor) ?? [];
    variables.push({ property: String(property), name, description, ...options });
    registry.set(target.constructor, variables);
  };
}

export function envVariablesOf(configClass: Function): EnvVariable[] {
  return registry.get(configClass) ?? [];
}

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off']);

/** Parses true/false, 1/0, yes/no, on/off; anything else stays a string so validation names it. */
export function ToBoolean(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return value;
  });
}

/** Splits a comma-separated list, dropping blanks. */
export function ToList(): PropertyDecorator {
  return Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : value,
  );
}

export function ToInteger(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value));
}

/** A decimal number such as 1.3. */
export function ToDecimal(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value));
}

/** Express's `trust proxy`: off, a hop count, or the addresses of the proxies. */
export type TrustProxy = false | number | string[];

const PROXY_WORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_WORDS.has(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const version = isIP(address) ? (address.includes(':') ? 6 : 4) : 0;
  if (!version || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

export function ToTrustProxy(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = value.trim().toLowerCase();
    if (FALSE_WORDS.has(text)) return false;
    if (/^\d+$/.test(text)) return Number(text);
    if (TRUE_WORDS.has(text)) return value;
    return text.split(',').map((entry) => entry.trim()).filter(Boolean);
  });
}

export function IsTrustProxy(): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isTrustProxy',
      target: target.constructor,
      propertyName: String(property),
      validator: {
        validate: (value: unknown) =>
          value === false ||
          (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 10) ||
          (Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'string' && isProxyAddress(entry))),
        defaultMessage: () =>
          'must be false, a number of hops (1–10), or proxy addresses / CIDR ranges / loopback, linklocal, uniquelocal — never a bare true',
      },
    });
}
