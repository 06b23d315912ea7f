import type { EntityManager } from 'typeorm';
import { RuleViolationError } from '../errors/domain-errors';
import { execute, inForceOn } from './sql-fragments';

/**
 * Effective-dated facts live in version tables: one row per period, keyed by (key column, valid_from), ending at
 * valid_to (exclusive; null = open-ended), with an exclusion constraint that forbids overlapping periods, and
 * changed_by / changed_at saying who set the version. A change "from date D" rewrites only the version in force on D:
 * it is split at D (or, when it starts on D, changed in place), so months before D keep their values and a later
 * version stays as it was.
 */
export interface VersionChange {
  table: string;
  keyColumn: string;
  key: string;
  from: string;
  /** Column name (snake_case) → new value. */
  values: Record<string, unknown>;
  changedBy: string | null;
}

export interface VersionChangeResult {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain SQL identifier: ${name}`);
  return `"${name}"`;
}

/** Changes the version in force on `from`; must run inside the caller's transaction. */
export async function changeVersionFrom(manager: EntityManager, change: VersionChange): Promise<VersionChangeResult> {
  const table = identifier(change.table);
  const key = identifier(change.keyColumn);
  const [current]: Record<string, unknown>[] = await manager.query(
    `SELECT * FROM ${table} WHERE ${key} = $1 AND ${inForceOn('', '$2::date')} FOR UPDATE`,
    [change.key, change.from],
  );
  if (!current) throw new RuleViolationError(`Nothing is in force on ${change.from} to change`);
  const values = { ...change.values, changed_by: change.changedBy };
  const assignments = Object.keys(values).map((column, index) => `${identifier(column)} = $${index + 3}`);
  if (current.valid_from === change.from) {
    await manager.query(`UPDATE ${table} SET ${assignments.join(', ')}, changed_at = now() WHERE ${key} = $1 AND valid_from = $2::date`, [
      change.key,
      change.from,
      ...Object.values(values),
    ]);
    const [after] = await manager.query(`SELECT * FROM ${table} WHERE ${key} = $1 AND valid_from = $2::date`, [change.key, change.from]);
    return { before: current, after };
  }
  await manager.query(`UPDATE ${table} SET valid_to = $3::date WHERE ${key} = $1 AND valid_from = $2::date`, [
    change.key,
    current.valid_from,
    change.from,
  ]);
  const next: Record<string, unknown> = { ...current, ...values, valid_from: change.from, valid_to: current.valid_to };
  delete next.changed_at;
  const columns = Object.keys(next);
  const [after] = await manager.query(
    `INSERT INTO ${table} (${columns.map(identifier).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
    Object.values(next),
  );
  return { before: current, after };
}

/**
 * Ends the versions of `key` on `on`, as closing the thing they describe does: versions starting on or after it go,
 * the one running then is cut short. Returns the versions that went, for the audit entry.
 */
export async function endVersionsOn(
  manager: EntityManager,
  versions: { table: string; keyColumn: string; key: string; on: string },
): Promise<Record<string, unknown>[]> {
  const table = identifier(versions.table);
  const key = identifier(versions.keyColumn);
  const { rows: dropped } = await execute(manager, `DELETE FROM ${table} WHERE ${key} = $1 AND valid_from >= $2 RETURNING *`, [versions.key, versions.on]);
  await manager.query(`UPDATE ${table} SET valid_to = $2 WHERE ${key} = $1 AND (valid_to IS NULL OR valid_to > $2)`, [versions.key, versions.on]);
  return dropped;
}
