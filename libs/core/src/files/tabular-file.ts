import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InvalidInputError } from '../errors/domain-errors';

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

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function isXlsx(file: UploadedFile): boolean {
  // An XLSX file is a ZIP archive: it starts with "PK".
  return file.mimetype === XLSX_MIME || /\.xlsx$/i.test(file.originalname) || file.buffer.subarray(0, 2).toString() === 'PK';
}

function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

async function readXlsx(buffer: Buffer): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    headers[column] = normaliseHeader(cell.text ?? '');
  });
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells: Record<string, string> = {};
    headers.forEach((header, column) => {
      if (header) cells[header] = (row.getCell(column).text ?? '').trim();
    });
    if (Object.values(cells).some(Boolean)) rows.push({ line, cells });
  });
  return rows;
}

/**
 * CSV text in UTF-8 (with or without BOM), or else GB18030/GBK — what Excel on a Chinese Windows saves as "CSV".
 * A file that is neither is refused rather than stored as mojibake.
 */
function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030', { fatal: true }).decode(buffer);
  }
}

function readCsv(buffer: Buffer): TableRow[] {
  // With `info`, each record comes with where it ended; the typings describe only the plain form.
  const records = parse(decodeCsv(buffer), {
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [header, ...data] = records;
  const headers = (header?.record ?? []).map(normaliseHeader);
  const rows: TableRow[] = [];
  // A quoted cell may span lines: a record starts on the line after the previous one ended.
  let previousEnd = header?.info.lines ?? 1;
  for (const { record, info } of data) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.every((cell) => cell === '')) continue;
    const cells: Record<string, string> = {};
    headers.forEach((name, column) => {
      if (name) cells[name] = record[column] ?? '';
    });
    rows.push({ line, cells });
  }
  return rows;
}

/**
 * Reads the first sheet of an XLSX file or a CSV (UTF-8, or GB18030/GBK) into rows keyed by their header,
 * headers lower-cased with spaces as underscores. Refuses what is neither, and files without the required columns.
 */
export async function readTabularFile(file: UploadedFile | undefined, requiredColumns: string[]): Promise<TableRow[]> {
  if (!file?.buffer?.length) throw new InvalidInputError('Validation failed: file', [{ field: 'file', messages: ['a CSV or XLSX file is required'] }]);
  let rows: TableRow[];
  try {
    rows = isXlsx(file) ? await readXlsx(file.buffer) : readCsv(file.buffer);
  } catch (error) {
    throw new InvalidInputError('Validation failed: file', [
      { field: 'file', messages: [`not a readable CSV or XLSX file: ${error instanceof Error ? error.message : String(error)}`] },
    ]);
  }
  const present = new Set(rows.flatMap((row) => Object.keys(row.cells)));
  const missing = requiredColumns.filter((column) => !present.has(column));
  if (missing.length || rows.length === 0) {
    throw new InvalidInputError('Validation failed: file', [
      { field: 'file', messages: rows.length ? [`missing columns: ${missing.join(', ')}`] : ['the file has no data rows'] },
    ]);
  }
  return rows;
}

/** A bad row of an import: the whole file is refused and every such row is listed. */
export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

export function refuseImport(problems: RowProblem[]): never {
  throw new InvalidInputError(`Import refused: ${problems.length} problem(s); nothing was written`, problems);
}
