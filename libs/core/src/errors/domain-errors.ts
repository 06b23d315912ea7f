/** One field-level problem in a 400 response. */
export interface FieldProblem {
  field: string;
  messages: string[];
}

/**
 * Errors the domain raises on purpose. The exception filter maps each kind to its HTTP status, so services never
 * import HTTP exceptions.
 */
export abstract class DomainError extends Error {
  abstract readonly status: 400 | 404 | 409 | 413 | 422 | 429 | 503;
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
