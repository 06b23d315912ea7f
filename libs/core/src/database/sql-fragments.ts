import type { EntityManager } from 'typeorm';
import { TIME_ZONE } from '../domain/dates';

/**
 * The SQL predicates and expressions every lib repeats, written once. Each takes the SQL text of its operands (an
 * alias, a placeholder such as `$2::date` or `:day`) and returns SQL text; none binds a value itself.
 */

/** A version row `[valid_from, valid_to)` in force on `date` (effective-dated profiles, classifications, rules). */
export function inForceOn(alias: string, date: string): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `${column('valid_from')} <= ${date} AND (${column('valid_to')} IS NULL OR ${column('valid_to')} > ${date})`;
}

/** Not yet closed on `date`: `[…, closed_on)` still open then. */
export function notClosedOn(alias: string, date: string): string {
  const closed = alias ? `${alias}.closed_on` : 'closed_on';
  return `(${closed} IS NULL OR ${closed} > ${date})`;
}

/** A facility or bed open on `date`: `[opened_on, closed_on)` covers it. */
export function openOn(alias: string, date: string): string {
  return `${alias ? `${alias}.opened_on` : 'opened_on'} <= ${date} AND ${notClosedOn(alias, date)}`;
}

/** The 12-digit code of the township (乡镇/街道) a region code lies in: its first nine digits, zero-filled. */
export function townshipOf(code: string): string {
  return `rpad(left(${code}, 9), 12, '0')`;
}

/** The calendar date in China of a timestamptz expression. */
export function localDateOf(instant: string): string {
  return `(${instant} AT TIME ZONE '${TIME_ZONE}')::date`;
}

/**
 * The instant a calendar day begins in China, for a date expression (`$2::date`, `($3::date + 1)`): range filters on
 * a timestamptz column compare with it, so its index still serves them (`localDateOf` of the column would not).
 */
export function startOfLocalDay(date: string): string {
  return `(${date}::timestamp AT TIME ZONE '${TIME_ZONE}')`;
}

/**
 * How many rows an UPDATE or DELETE changed, and the rows it returned. `EntityManager.query` answers such statements
 * with `[rows, affected]` (a SELECT or INSERT answers the rows alone); this is the one place that knows it.
 */
export async function execute<Row = Record<string, unknown>>(
  manager: EntityManager,
  sql: string,
  params: unknown[] = [],
): Promise<{ rows: Row[]; affected: number }> {
  const [rows, affected] = (await manager.query(sql, params)) as [Row[], number];
  return { rows, affected };
}
