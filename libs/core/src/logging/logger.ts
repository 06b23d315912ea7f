import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config/app-config';
import { requestContext } from './request-context';
import { REDACTED_FIELDS, scrubSensitiveText } from './scrub';

export type RootLogger = Logger;

function redactPaths(): string[] {
  const paths: string[] = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'];
  for (const field of REDACTED_FIELDS) paths.push(field, `*.${field}`, `*.*.${field}`);
  return paths;
}

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubSensitiveText(String(error)) };
  // TypeORM's QueryFailedError carries the bound parameters, which may hold personal data: keep only the SQL
  // state and the constraint, never the parameters.
  const withDriver = error as Error & { code?: string; constraint?: string; detail?: string };
  return {
    type: error.name,
    message: scrubSensitiveText(error.message),
    code: withDriver.code,
    constraint: withDriver.constraint,
    stack: error.stack ? scrubSensitiveText(error.stack) : undefined,
  };
}

/** Structured JSON logs; every line carries the request id of the request it belongs to. */
export function createRootLogger(level: LogLevel, destination?: DestinationStream): RootLogger {
  return pino(
    {
      level,
      base: { service: 'yiyang' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactPaths(), censor: '[redacted]' },
      serializers: { err: serializeError, error: serializeError },
      mixin() {
        const context = requestContext.current();
        return context ? { requestId: context.requestId, userId: context.userId } : {};
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSensitiveText(arg) : arg));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
