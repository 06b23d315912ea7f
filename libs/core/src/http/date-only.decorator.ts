import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isDateOnly, today } from '../domain/dates';

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
