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

/**
 * `changeVersionFrom` for many (uuid) keys of one table at once, set-based: four statements whatever the number of keys
 * (lock and read the versions in force on `from`; change in place those starting on it; cut the others short at
 * `from`; insert their continuations with the new values). Every key must have a version in force on `from`.
 */
export async function changeVersionsFrom(
  manager: EntityManager,
  change: Omit<VersionChange, 'key'> & { keys: readonly string[] },
): Promise<void> {
  if (!change.keys.length) return;
  const table = identifier(change.table);
  const key = identifier(change.keyColumn);
  const current: Record<string, unknown>[] = await manager.query(
    `SELECT *, valid_from::text AS kept_from, valid_to::text AS kept_to FROM ${table}
      WHERE ${key} = ANY($1) AND ${inForceOn('', '$2::date')} ORDER BY ${key} FOR UPDATE`,
    [change.keys, change.from],
  );
  if (current.length !== new Set(change.keys).size) throw new RuleViolationError(`Nothing is in force on ${change.from} to change for some of them`);
  const values = { ...change.values, changed_by: change.changedBy };
  const assignments = Object.keys(values).map((column, index) => `${identifier(column)} = $${index + 3}`);
  const sameDay = current.filter((row) => row.kept_from === change.from).map((row) => row[change.keyColumn]);
  const split = current.filter((row) => row.kept_from !== change.from);
  if (sameDay.length) {
    await manager.query(`UPDATE ${table} SET ${assignments.join(', ')}, changed_at = now() WHERE ${key} = ANY($1) AND valid_from = $2::date`, [
      sameDay,
      change.from,
      ...Object.values(values),
    ]);
  }
  if (!split.length) return;
  const keys = split.map((row) => row[change.keyColumn]);
  const froms = split.map((row) => row.kept_from);
  const tos = split.map((row) => row.kept_to);
  await manager.query(
    `UPDATE ${table} t SET valid_to = $2::date FROM unnest($1::uuid[], $3::date[]) AS u(k, f) WHERE t.${key} = u.k AND t.valid_from = u.f`,
    [keys, change.from, froms],
  );
  // The continuation: the version's other columns as they were, the new values, from `from` to where it ended.
  const columns = Object.keys(current[0]).filter((column) => !['kept_from', 'kept_to', 'changed_at'].includes(column));
  const overridden = new Map(Object.keys(values).map((column, index) => [column, `$${index + 5}`]));
  const select = columns.map((column) =>
    column === 'valid_from' ? '$2::date' : column === 'valid_to' ? 'u.vt' : overridden.has(column) ? overridden.get(column)! : `t.${identifier(column)}`,
  );
  await manager.query(
    `INSERT INTO ${table} (${columns.map(identifier).join(', ')})
     SELECT ${select.join(', ')} FROM ${table} t JOIN unnest($1::uuid[], $3::date[], $4::date[]) AS u(k, f, vt) ON t.${key} = u.k AND t.valid_from = u.f`,
    [keys, change.from, froms, tos, ...Object.values(values)],
  );
}
