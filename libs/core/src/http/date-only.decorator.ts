import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isDateOnly, today } from '../domain/dates';
import { isMonth } from '../domain/months';

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: String(property),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isDateOnly(value),
        defaultMessage: (args) => `${args?.property} must be a date YYYY-MM-DD`,
      },
    });
}

/** A calendar date no later than today in Shanghai: for records of what has happened. */
export function IsNotFutureDate(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isNotFutureDate',
      target: target.constructor,
      propertyName: String(property),
      options,
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !isDateOnly(value) || value <= today(),
        defaultMessage: (args) => `${args?.property} cannot lie in the future`,
      },
    });
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A moment: an ISO 8601 date and time with its offset (`2025-06-03T07:40:00+08:00` or `…Z`). A time without an
 * offset would be read in the server's zone (UTC), eight hours off China's clock, so it is refused.
 */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isInstant',
      target: target.constructor,
      propertyName: String(property),
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && INSTANT.test(value) && isDateOnly(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
        defaultMessage: (args) => `${args?.property} must be a date and time with its offset, e.g. 2025-06-03T11:30:00+08:00`,
      },
    });
}

/** A month `YYYY-MM` (01–12). */
export function IsMonth(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isMonth',
      target: target.constructor,
      propertyName: String(property),
      options,
      validator: {
        validate: (value: unknown) => isMonth(value),
        defaultMessage: (args) => `${args?.property} must be YYYY-MM`,
      },
    });
}
