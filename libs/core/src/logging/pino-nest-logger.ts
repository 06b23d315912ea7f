import type { LoggerService } from '@nestjs/common';
import type { RootLogger } from './logger';

/** The contexts of Nest's own start-up messages: modules initialised, controllers and routes mapped, app started. */
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/**
 * Nest's logger interface over pino, so framework messages (module init, routes, errors) come out as the same
 * JSON lines as ours. nestjs-pino would do this, but its current major needs Node 22.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: RootLogger) {}

  log(message: unknown, ...rest: unknown[]): void {
    // Nest's start-up chatter (a line per module and per route, about 240 in all) is debug: at info the log stays quiet.
    this.write(STARTUP_CONTEXTS.has(rest[rest.length - 1] as string) ? 'debug' : 'info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, rest: unknown[]): void {
    // Nest passes the context (class name) last, and for errors a stack before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const extra: Record<string, unknown> = context ? { context } : {};
    if (level === 'error' && typeof rest[0] === 'string' && rest.length > 1) extra.stack = rest[0];
    if (message instanceof Error) this.logger[level]({ ...extra, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...extra, ...message });
    else this.logger[level](extra, String(message));
  }
}
