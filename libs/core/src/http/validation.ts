import { BadRequestException, ParseUUIDPipe, ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldProblem } from '../errors/domain-errors';

/** Flattens class-validator's tree into `items[2].score`-style field paths. */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent
      ? /^\d+$/.test(error.property)
        ? `${parent}[${error.property}]`
        : `${parent}.${error.property}`
      : error.property;
    if (error.constraints) {
      problems.push({ field, messages: Object.values(error.constraints) });
    }
    if (error.children?.length) problems.push(...fieldProblems(error.children, field));
  }
  return problems;
}

export class RequestValidationException extends BadRequestException {
  constructor(readonly details: FieldProblem[]) {
    super(`Validation failed: ${details.map((d) => d.field).join(', ')}`);
  }
}

/** Unknown fields and wrong types are refused with 400 naming every offending field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationException(fieldProblems(errors)),
  });
}

/** `@Param('id', uuidParam('id'))`: a malformed id is a 400 naming the parameter, like any other field. */
export function uuidParam(name: string): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () => new RequestValidationException([{ field: name, messages: [`${name} must be a UUID`] }]),
  });
}
