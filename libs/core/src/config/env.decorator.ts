import { Transform } from 'class-transformer';

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
