import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { setImmediate as nextTurnOfTheLoop } from 'node:timers/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { DomainError, InvalidInputError, PayloadTooLargeError } from '../errors/domain-errors';
import { assertZipWithinLimits, type ZipLimits } from './zip-guard';

/** One data row of an uploaded table: its 1-based line in the file (header = 1) and its cells by header. */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

export interface UploadedFile {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

/** What one uploaded table may hold; AppConfig.tabularLimits gives the configured values. */
export interface TabularLimits extends ZipLimits {
  maxRows: number;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Parsers are fed this much at a time, so no single step holds the event loop for long. */
const CHUNK_BYTES = 64 * 1024;
/** Parsing gives the event loop a turn at least this often, so health checks and other requests answer meanwhile. */
const YIELD_EVERY_MS = 15;

/**
 * Lets long synchronous work give the event loop a turn every few milliseconds. The parsers' async iteration alone
 * does not: over data already in memory it resolves in microtasks, which starve timers and sockets.
 */
export class EventLoopYielder {
  private lastTurn = performance.now();

  async yieldIfDue(): Promise<void> {
    if (performance.now() - this.lastTurn < YIELD_EVERY_MS) return;
    await nextTurnOfTheLoop();
    this.lastTurn = performance.now();
  }
}

function isXlsx(file: UploadedFile): boolean {
  // An XLSX file is a ZIP archive: it starts with "PK".
  return file.mimetype === XLSX_MIME || /\.xlsx$/i.test(file.originalname) || file.buffer.subarray(0, 2).toString() === 'PK';
}

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function* chunksOf(buffer: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < buffer.length; offset += CHUNK_BYTES) yield buffer.subarray(offset, offset + CHUNK_BYTES);
}

/** Cells and line of each record of a sheet, the header record included. */
interface SheetRecord {
  line: number;
  values: string[];
}

async function* xlsxRecords(buffer: Buffer, limits: ZipLimits): AsyncGenerator<SheetRecord> {
  await assertZipWithinLimits(buffer, limits);
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunksOf(buffer)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  for await (const sheet of workbook) {
    for await (const row of sheet) {
      const values: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        values[column - 1] = (cell.text ?? '').trim();
      });
      yield { line: row.number, values: Array.from(values, (value) => value ?? '') };
    }
    // The first sheet only, as the files' layouts describe.
    return;
  }
}

/**
 * CSV text in UTF-8 (with or without BOM), or else GB18030/GBK — what Excel on a Chinese Windows saves as "CSV".
 * A file that is neither is refused rather than stored as mojibake.
 */
function* decodedCsv(buffer: Buffer): Generator<string> {
  const decoder = new TextDecoder(isUtf8(buffer) ? 'utf-8' : 'gb18030', { fatal: true });
  for (const chunk of chunksOf(buffer)) yield decoder.decode(chunk, { stream: true });
  yield decoder.decode();
}

async function* csvRecords(buffer: Buffer): AsyncGenerator<SheetRecord> {
  const parser = Readable.from(decodedCsv(buffer)).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false, trim: true, info: true }));
  // A quoted cell may span lines: a record starts on the line after the previous one ended.
  let previousEnd = 0;
  // With `info`, each record comes with where it ended; the typings describe only the plain form.
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    yield { line, values: record };
  }
}

function unreadable(error: unknown): InvalidInputError {
  return new InvalidInputError('Validation failed: file', [
    { field: 'file', messages: [`not a readable CSV or XLSX file: ${error instanceof Error ? error.message : String(error)}`] },
  ]);
}

function fileProblem(message: string): InvalidInputError {
  return new InvalidInputError('Validation failed: file', [{ field: 'file', messages: [message] }]);
}

/**
 * Streams the data rows of the first sheet of an XLSX file or of a CSV (UTF-8, or GB18030/GBK), keyed by their
 * header (lower-cased, spaces as underscores), without holding the file's rows or its inflated XML in memory. Refuses
 * what is neither, a table without the required columns or without rows, more rows than `limits.maxRows` (413), and
 * an XLSX whose parts would inflate past the limits (413) — checked before it is unpacked. Gives the event loop a
 * turn every few milliseconds, including while the caller's loop body runs.
 */
export async function* readTabularRows(file: UploadedFile | undefined, requiredColumns: string[], limits: TabularLimits): AsyncGenerator<TableRow> {
  if (!file?.buffer?.length) throw fileProblem('a CSV or XLSX file is required');
  const records = isXlsx(file) ? xlsxRecords(file.buffer, limits) : csvRecords(file.buffer);
  const yielder = new EventLoopYielder();
  let headers: string[] | undefined;
  let rowCount = 0;
  try {
    while (true) {
      let next: IteratorResult<SheetRecord>;
      try {
        next = await records.next();
      } catch (error) {
        throw error instanceof DomainError ? error : unreadable(error);
      }
      if (next.done) break;
      const { line, values } = next.value;
      if (!headers) {
        headers = line === 1 ? values.map(normaliseHeader) : [];
        const missing = requiredColumns.filter((column) => !headers!.includes(column));
        if (missing.length) throw fileProblem(`missing columns: ${missing.join(', ')}`);
        if (line === 1) continue;
      }
      if (values.every((cell) => cell === '')) continue;
      if (++rowCount > limits.maxRows) throw new PayloadTooLargeError(`The file has more than ${limits.maxRows} data rows; split it into several files`);
      const cells: Record<string, string> = {};
      headers.forEach((name, column) => {
        if (name) cells[name] = values[column] ?? '';
      });
      yield { line, cells };
      await yielder.yieldIfDue();
    }
  } finally {
    // Refused, or left by the caller (a bad file, a count that has seen enough): the parser stops too.
    await records.return(undefined);
  }
  if (rowCount === 0) throw fileProblem('the file has no data rows');
}

/** How many data rows the table holds, within the limits (past them it is refused like any read). */
export async function countTabularRows(file: UploadedFile | undefined, requiredColumns: string[], limits: TabularLimits): Promise<number> {
  let rows = 0;
  for await (const _row of readTabularRows(file, requiredColumns, limits)) rows++;
  return rows;
}
