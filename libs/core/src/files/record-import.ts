import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { InvalidInputError } from '../errors/domain-errors';
import { ImportProblems } from './import-problems';
import { readTabularRows, type TabularLimits, type UploadedFile } from './tabular-file';

/** How a cell is read before the row's DTO checks it. */
export type CellKind = 'text' | 'date' | 'number' | 'boolean';

/** One column of a list import: its header, the DTO field it fills and how its cells read. */
export interface ImportColumn<T> {
  /** The header of the template (snake_case, as the API's fields are). */
  column: string;
  /** Other headers accepted for it, such as the Chinese one an office's own spreadsheet has (培训日期). */
  aliases?: readonly string[];
  field: keyof T & string;
  kind?: CellKind;
  required?: boolean;
  /** Words accepted for the field's values besides the values themselves: `{ 新建: 'new_build' }`. */
  words?: Readonly<Record<string, string>>;
}

/** A list import: the DTO each row becomes (the one the create endpoint takes) and its columns. */
export interface RecordImportSpec<T extends object> {
  dto: new () => T;
  columns: readonly ImportColumn<T>[];
}

/** One row of the file as the record it asks for. */
export interface ImportedRecord<T> {
  line: number;
  record: T;
}

const YES = new Set(['是', '有', 'y', 'yes', 'true', '1']);
const NO = new Set(['否', '无', 'n', 'no', 'false', '0']);

/**
 * A cell as the DTO expects it; what cannot be read is passed on as written, so the DTO's own check names the
 * problem. Dates may be written 2025/3/7 or 2025-3-7; yes/no as 是/否, yes/no, true/false or 1/0.
 */
export function readCell(cell: string, column: Pick<ImportColumn<object>, 'kind' | 'words'>): unknown {
  const text = cell.trim();
  const word = column.words?.[text] ?? column.words?.[text.toLowerCase()];
  if (word !== undefined) return word;
  switch (column.kind ?? 'text') {
    case 'boolean': {
      const lower = text.toLowerCase();
      return YES.has(lower) ? true : NO.has(lower) ? false : text;
    }
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text.replace(/,/g, '')) ? Number(text.replace(/,/g, '')) : text;
    case 'date': {
      const parts = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      return parts ? `${parts[1]}-${parts[2].padStart(2, '0')}-${parts[3].padStart(2, '0')}` : text;
    }
    default:
      return text;
  }
}

function messagesOf(errors: ValidationError[]): { field: string; message: string }[] {
  return errors.flatMap((error) => [
    ...Object.values(error.constraints ?? {}).map((message) => ({ field: error.property, message })),
    ...messagesOf(error.children ?? []).map((child) => ({ field: error.property, message: child.message })),
  ]);
}

/**
 * Reads a CSV or XLSX list into the records its rows ask for, each checked by the same DTO as the create endpoint:
 * a bad cell is a problem of its line and column, collected in `problems` with any the caller finds afterwards
 * (a region outside the caller's scope, a duplicate). The caller writes all records in one transaction after
 * `problems.refuseIfAny()`, so a file with any bad row changes nothing.
 */
export async function readImportRecords<T extends object>(
  file: UploadedFile | undefined,
  spec: RecordImportSpec<T>,
  limits: TabularLimits,
): Promise<{ rows: ImportedRecord<T>[]; problems: ImportProblems }> {
  const problems = new ImportProblems();
  const rows: ImportedRecord<T>[] = [];
  let headerOf: Map<ImportColumn<T>, string | undefined> | undefined;
  const columnOfField = new Map(spec.columns.map((column) => [column.field as string, column.column]));
  for await (const { line, cells } of readTabularRows(file, [], limits)) {
    if (!headerOf) {
      headerOf = new Map(spec.columns.map((column) => [column, [column.column, ...(column.aliases ?? [])].find((name) => name in cells)]));
      const missing = spec.columns.filter((column) => column.required && !headerOf!.get(column));
      if (missing.length) {
        const names = missing.map((column) => [column.column, ...(column.aliases ?? [])].join('/'));
        throw new InvalidInputError(`Validation failed: file`, [{ field: 'file', messages: [`缺少列 · missing columns: ${names.join(', ')}`] }]);
      }
    }
    const plain: Record<string, unknown> = {};
    for (const [column, header] of headerOf) {
      const cell = header ? cells[header] : undefined;
      if (cell === undefined || cell.trim() === '') continue;
      plain[column.field] = readCell(cell, column);
    }
    const record = plainToInstance(spec.dto, plain);
    const errors = await validate(record, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
    for (const { field, message } of messagesOf(errors)) problems.add({ line, field: columnOfField.get(field) ?? field, message });
    if (!errors.length) rows.push({ line, record });
  }
  return { rows, problems };
}

/** The header line of a list's template, for the "download template" link: UTF-8 with BOM, so Excel reads the Chinese. */
export function importTemplate<T extends object>(spec: RecordImportSpec<T>, examples: readonly (readonly string[])[] = []): string {
  const line = (cells: readonly string[]) => cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
  return `\uFEFF${[spec.columns.map((column) => column.column), ...examples].map(line).join('\r\n')}\r\n`;
}

/** What a list import wrote: every row, all or nothing. */
export class RecordImportResultDto {
  @ApiProperty({ description: '文件数据行数 · Data rows in the file' }) rows: number;
  @ApiProperty({ description: '新增 · Records inserted' }) inserted: number;
}

/** The list a file held as columns, for an import endpoint's description. */
export function describeImportColumns<T extends object>(spec: RecordImportSpec<T>): string {
  const columns = spec.columns.map((column) => {
    const names = [column.column, ...(column.aliases ?? [])].map((name) => `\`${name}\``).join(' / ');
    return `${names}${column.required ? ' (required)' : ''}`;
  });
  return `Columns: ${columns.join(', ')}. The whole file is checked first: with any bad row nothing is written and the 400 lists the bad rows (\`details[].line\`, \`field\`, \`message\`).`;
}
