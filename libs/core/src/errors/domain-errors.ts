/** One field-level problem in a 400 response. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/** The machine-readable kind of each refusal, by its status: sent as `code` beside the message. */
const CODES = {
  400: 'invalid_input',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'rule_violation',
  429: 'too_many_requests',
  503: 'service_unavailable',
} as const;

export type DomainErrorCode = (typeof CODES)[keyof typeof CODES];
export const DOMAIN_ERROR_CODES = Object.values(CODES);

/**
 * Errors the domain raises on purpose. The exception filter maps each kind to its HTTP status and sends its `code`,
 * so services never import HTTP exceptions.
 *
 * Scope against role: a record outside the caller's scope is `NotFoundError` (404: its existence is not revealed);
 * an action the caller's role may not take on a record it can see is `ForbiddenError` (403).
 */
export abstract class DomainError extends Error {
  abstract readonly status: keyof typeof CODES;

  get code(): DomainErrorCode {
    return CODES[this.status];
  }

  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input that a DTO could not catch (for example a whole file of rows). */
export class InvalidInputError extends DomainError {
  readonly status = 400;
  constructor(message: string, details?: FieldProblem[] | unknown) {
    super(message, details);
  }

  /** A 400 naming each field and what is wrong with it. */
  static of(problems: { field: string; message: string }[]): InvalidInputError {
    return new InvalidInputError(
      `Validation failed: ${[...new Set(problems.map((p) => p.field))].join(', ')}`,
      problems.map((p) => ({ field: p.field, messages: [p.message] })),
    );
  }
}

/** The input is larger than a configured limit allows (bytes of an upload, rows of a table, inflated size of an archive). */
export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
}

/** No valid credentials: a wrong password, an unknown or deactivated account, an expired token. */
export class UnauthorizedError extends DomainError {
  readonly status = 401;
}

/** The caller's role may not take this action on a record it may see (a family member booking for a stranger). */
export class ForbiddenError extends DomainError {
  readonly status = 403;
}

/** Missing, or outside the caller's scope: both answer 404 so existence is not revealed. */
export class NotFoundError extends DomainError {
  readonly status = 404;
  constructor(entity: string, id?: string) {
    super(id ? `${entity} ${id} not found` : `${entity} not found`);
  }
}

/**
 * Who holds a bed a request wanted: the stay, its occupant's masked name and its dates, no more than the bed board
 * shows whoever may see the bed.
 */
export interface BedHolder {
  stayId: string;
  occupant: string;
  since: string;
  until: string | null;
}

/** The request collides with the current state (duplicate, occupied, full); `heldBy` names a bed's holder. */
export class ConflictError extends DomainError {
  readonly status = 409;
  constructor(
    message: string,
    details?: unknown,
    readonly heldBy?: BedHolder,
  ) {
    super(message, details);
  }
}

/** A business rule refuses the request although it is well-formed. */
export class RuleViolationError extends DomainError {
  readonly status = 422;
}

/** Too many attempts; the caller may try again after `retryAfterSeconds` (sent as Retry-After). */
export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/**
 * A service the request needs is down for now (Redis behind the job queues): 503, and the caller may try again after
 * `retryAfterSeconds` (sent as Retry-After). Nothing was changed.
 */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** The row a lookup found, or a 404 naming what was asked for: `orNotFound(await repo.findInScope(id, …), 'Stay', id)`. */
export function orNotFound<T>(found: T | null | undefined, entity: string, id?: string): T {
  if (found === null || found === undefined) throw new NotFoundError(entity, id);
  return found;
}
