import type { EntityManager } from 'typeorm';

interface Dropped {
  /** Quoted, as ALTER TABLE and DROP INDEX take them. */
  table: string;
  name: string;
  /** pg_get_constraintdef / pg_get_indexdef: puts it back exactly as the migrations made it. */
  definition: string;
  kind: 'foreign_key' | 'exclusion' | 'index';
}

/**
 * Runs `load` with the foreign keys, exclusion constraints and non-unique indexes of `tables` dropped, then puts
 * them back under the same names and definitions, in the caller's transaction. Checked row by row, the demo's
 * 300,000 rows took twice as long (on PGlite: a foreign-key trigger query per row, a GiST exclusion entry per row);
 * put back afterwards, each foreign key is checked by one anti-join and each index is built in one pass. The
 * checks are the same and a violation fails the transaction as before: all or nothing. Primary keys and unique
 * constraints stay, because foreign keys and the load's own joins stand on them.
 */
export async function withChecksAfterLoad<T>(manager: EntityManager, tables: string[], load: () => Promise<T>, onRestore: () => void): Promise<T> {
  const dropped: Dropped[] = await manager.query(
    `SELECT c.conrelid::regclass::text AS "table", quote_ident(c.conname) AS name, pg_get_constraintdef(c.oid) AS definition,
            CASE c.contype WHEN 'f' THEN 'foreign_key' ELSE 'exclusion' END AS kind
       FROM pg_constraint c
      WHERE c.contype IN ('f', 'x') AND c.conrelid = ANY ($1::regclass[])
     UNION ALL
     SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), 'index'
       FROM pg_index i
      WHERE i.indrelid = ANY ($1::regclass[]) AND NOT i.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const item of dropped) {
    await manager.query(item.kind === 'index' ? `DROP INDEX ${item.name}` : `ALTER TABLE ${item.table} DROP CONSTRAINT ${item.name}`);
  }
  const result = await load();
  onRestore();
  // Indexes and exclusion constraints first: the foreign keys' checks then run with every index in place.
  const order: Dropped['kind'][] = ['index', 'exclusion', 'foreign_key'];
  for (const kind of order) {
    for (const item of dropped.filter((d) => d.kind === kind)) {
      await manager.query(kind === 'index' ? item.definition : `ALTER TABLE ${item.table} ADD CONSTRAINT ${item.name} ${item.definition}`);
    }
  }
  return result;
}
