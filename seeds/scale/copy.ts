import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultiBar, SingleBar } from 'cli-progress';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A table as COPY writes it: its name and the columns in the order the row generator writes them. */
export interface CopyTable {
  name: string;
  columns: readonly string[];
}

/** The connection the rows go through, the progress bars, and what each table took: rows written and seconds. */
export interface Loader {
  client: Client;
  bars: MultiBar | null;
  counts: Record<string, number>;
  seconds: Record<string, number>;
}

/**
 * Streams a table's rows (COPY text lines) into it in chunks of some 256 k characters, with a progress bar sized by the expected
 * total (set to the rows actually written at the end).
 */
export async function copy(loader: Loader, { name: table, columns }: CopyTable, total: number, rows: () => Iterable<string>): Promise<number> {
  const started = performance.now();
  const bar: SingleBar | null = loader.bars ? loader.bars.create(Math.max(total, 1), 0, { table: table.padEnd(20) }) : null;
  let written = 0;
  function* chunks(): Generator<string> {
    let chunk = '';
    let inChunk = 0;
    for (const row of rows()) {
      chunk += row;
      inChunk += 1;
      if (chunk.length > 1 << 18) {
        written += inChunk;
        bar?.update(written);
        yield chunk;
        chunk = '';
        inChunk = 0;
      }
    }
    written += inChunk;
    bar?.update(written);
    if (chunk) yield chunk;
  }
  const stream = loader.client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunks()), stream);
  if (bar) {
    bar.setTotal(Math.max(written, 1));
    bar.update(written);
    bar.stop();
  }
  loader.counts[table] = (loader.counts[table] ?? 0) + written;
  loader.seconds[table] = (loader.seconds[table] ?? 0) + (performance.now() - started) / 1000;
  return written;
}
