import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { constraintMeaning } from '../errors/constraint-messages';
import { ConflictError, DomainError, ServiceUnavailableError, TooManyRequestsError, type BedHolder } from '../errors/domain-errors';
import type { RootLogger } from '../logging/logger';
import { requestContext } from '../logging/request-context';
import { RequestValidationException } from './validation';

/** The error body of every non-2xx response (DESIGN.md, API). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** A domain refusal's kind (`not_found`, `forbidden`, `rule_violation`, …). */
  code?: string;
  details?: unknown;
  /** A 409 for a bed someone holds: who (masked), as the board shows them. */
  heldBy?: BedHolder;
  requestId?: string;
}

interface PostgresError {
  code?: string;
  constraint?: string;
  column?: string;
  detail?: string;
}

const POSTGRES_STATUS: Record<string, { status: number; message: string }> = {
  '23505': { status: HttpStatus.CONFLICT, message: 'Duplicate: a record with these values already exists' },
  '23P01': { status: HttpStatus.CONFLICT, message: 'Conflict: overlaps an existing record' },
  // A reference named in the body to something that does not exist: the request cannot be carried out as written.
  // (Still referenced by other records, on a delete, is a 409: see postgresStatus.)
  '23503': { status: HttpStatus.UNPROCESSABLE_ENTITY, message: 'Invalid reference: no such record' },
  '23514': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: a rule of the record is violated' },
  '23502': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: a required value is missing' },
  '22P02': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: malformed input' },
  '22007': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: malformed date or time' },
  '22008': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: date or time out of range' },
  '22003': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: number out of range' },
  // Input checks refuse these first (RequestInputInterceptor, DTO lengths); the mapping keeps a gap in them a 400.
  '22001': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: text too long' },
  '22021': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: text the database cannot store' },
  '22P05': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: text the database cannot store' },
  '54000': { status: HttpStatus.BAD_REQUEST, message: 'Invalid value: too large to store or index' },
  '40001': { status: HttpStatus.CONFLICT, message: 'Conflict: changed concurrently, try again' },
  '40P01': { status: HttpStatus.CONFLICT, message: 'Conflict: changed concurrently, try again' },
  // lock_not_available: a lock_timeout (which a deployment may set on the database role) ran out, or a NOWAIT met a lock.
  '55P03': { status: HttpStatus.CONFLICT, message: 'Busy: another request holds what this one needs, try again' },
  // Embedded PGlite's statement timeout: the statement waited too long for the database another request held.
  '57014': { status: HttpStatus.SERVICE_UNAVAILABLE, message: 'The database is busy: try again' },
};

const STILL_REFERENCED = { status: HttpStatus.CONFLICT, message: 'Conflict: other records still refer to this one' };

function postgresStatus(error: PostgresError): { status: number; message: string } | undefined {
  if (error.code === '23503' && error.detail?.includes('is still referenced')) return STILL_REFERENCED;
  return error.code ? POSTGRES_STATUS[error.code] : undefined;
}

/** The body field a foreign key violation is about: `Key (region_code)=(…) is not present…` names `regionCode`. */
function referencingField(error: PostgresError): string | undefined {
  if (error.code !== '23503') return undefined;
  const column = /^Key \((\w+)\)=/.exec(error.detail ?? '')?.[1];
  return column?.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * Maps every error to the API's error shape. Domain errors and Postgres constraint violations get their status;
 * anything unexpected is a 500 that shows neither stack nor SQL, and is logged with the request id.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: RootLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = this.toBody(exception);
    body.requestId = requestContext.current()?.requestId;
    if (exception instanceof TooManyRequestsError || exception instanceof ServiceUnavailableError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    // A dependency that is down is an operator's concern, but not a bug of this request: no stack per refusal.
    if (exception instanceof ServiceUnavailableError) {
      this.logger.warn({ method: request.method, path: request.path, reason: exception.message }, 'request refused: service unavailable');
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception, method: request.method, path: request.path }, 'request failed');
    }
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof RequestValidationException) {
      return { statusCode: 400, error: 'Bad Request', message: exception.message, details: exception.details };
    }
    if (exception instanceof DomainError) {
      return {
        statusCode: exception.status,
        error: reasonPhrase(exception.status),
        message: exception.message,
        code: exception.code,
        ...(exception.details === undefined ? {} : { details: exception.details }),
        ...(exception instanceof ConflictError && exception.heldBy ? { heldBy: exception.heldBy } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      if (typeof payload === 'string') return { statusCode: status, error: reasonPhrase(status), message: payload };
      const { message, statusCode: _statusCode, error: _error, ...rest } = payload as Record<string, unknown>;
      return {
        statusCode: status,
        error: reasonPhrase(status),
        message: Array.isArray(message) ? message.join('; ') : String(message ?? exception.message),
        // Structured payloads such as the health check's results travel as details.
        ...(Object.keys(rest).length ? { details: rest } : {}),
      };
    }
    // Body parser failures (malformed JSON, too large) arrive as plain errors carrying a status.
    const parserError = exception as { status?: number; type?: string; message?: string };
    if (typeof parserError?.status === 'number' && parserError.status < 500 && typeof parserError.type === 'string') {
      return { statusCode: parserError.status, error: reasonPhrase(parserError.status), message: `Unreadable request body (${parserError.type})` };
    }
    if (exception instanceof QueryFailedError) {
      const driverError = (exception as QueryFailedError & { driverError?: PostgresError }).driverError ?? {};
      const known = postgresStatus(driverError);
      if (known) {
        const meaning = constraintMeaning(driverError.constraint);
        const field = meaning?.field ?? driverError.column ?? referencingField(driverError);
        return {
          statusCode: known.status,
          error: reasonPhrase(known.status),
          message: meaning?.message ?? known.message,
          ...(field ? { details: [{ field, messages: [meaning?.message ?? known.message] }] } : {}),
        };
      }
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Internal server error' };
  }
}
