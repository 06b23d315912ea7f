import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A finite number with at most `places` decimal places (a score of 87.5, a longitude of 106.551234).
 * class-validator's `IsNumber({ maxDecimalPlaces })` reads the places from the number's text and throws a TypeError
 * on one it writes with an exponent (`1e-7`), so such a value was a 500.
 */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isDecimal',
      target: target.constructor,
      propertyName: String(property),
      constraints: [places],
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && Number(value.toFixed(places)) === value,
        defaultMessage: (args) => `${args?.property} must be a number with at most ${places} decimal place${places === 1 ? '' : 's'}`,
      },
    });
}
