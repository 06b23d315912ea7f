import { InvalidInputError, isMonth, monthOf, NotFoundError, today } from '@yiyang/core';
import { findIndicator, type IndicatorDefinition } from './domain/indicators';

/** The month in progress in China: the one computed live, the first one not rolled up. */
export function currentMonth(): string {
  return monthOf(today());
}

/**
 * A month a KPI service is asked for must be YYYY-MM. The DTOs check it with @IsMonth(); the services check again
 * for the callers that are not requests (the scheduler, the demo).
 */
export function requireMonth(month: string, field = 'month'): void {
  if (!isMonth(month)) throw InvalidInputError.of([{ field, message: 'a month as YYYY-MM' }]);
}

/** A month that has begun: indicators are not read for the future. */
export function requireMonthSoFar(month: string, field = 'month'): void {
  if (month > currentMonth()) throw InvalidInputError.of([{ field, message: 'a month up to the current one' }]);
}

/** An indicator named in a path is a 404 when unknown; one named in a body, a 400 on that field. */
export function requireIndicator(id: string, field?: string): IndicatorDefinition {
  const definition = findIndicator(id);
  if (definition) return definition;
  if (!field) throw new NotFoundError('Indicator', id);
  throw InvalidInputError.of([{ field, message: `unknown indicator "${id}": GET /api/v1/kpi/indicators lists them` }]);
}
