import { isMonth, monthOf, today } from '@yiyang/core';
import ExcelJS from 'exceljs';
import type { AttainmentStatus } from '../domain/attainment';

/**
 * 养老服务主要指标月报: the workbook a civil-affairs office (民政部门) sends to the level above. Pure: it formats what
 * it is given and computes nothing, so a closed month's report is the same every time it is built from its
 * snapshots.
 *
 * Written to open cleanly in Excel, WPS and LibreOffice: numbers are numbers (never formulas that would need a
 * recalculation), merged ranges never overlap, sheet names are valid.
 */

// One definition of the statuses for the engine and the report, so `export *` of both from the index is unambiguous.
export type { AttainmentStatus };

export interface ReportIndicator {
  id: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  direction: 'at_least' | 'at_most' | 'exact' | 'grow';
  decimals: number;
}

export interface ReportTarget {
  year: number;
  comparator: '>=' | '<=' | '=' | '>' | '<';
  value: number;
  binding: 'binding' | 'expected' | 'not_stated';
}

export interface ReportCell {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target?: ReportTarget | null;
  status: AttainmentStatus;
  gapZh?: string | null;
  /** 预计达标时间: the expected month (and interval), 已达标, 按此速度无法达标 or 数据不足 (forecastTextZh). */
  forecastZh?: string | null;
}

export interface ReportRegion {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
}

export interface KpiReportLevel {
  level: ReportRegion['level'];
  regions: ReportRegion[];
  /** regionCode → indicatorId → cell */
  cells: Record<string, Record<string, ReportCell>>;
}

export interface KpiReportInput {
  /** 'YYYY-MM' */
  month: string;
  /** the region the office reports for */
  region: ReportRegion;
  generatedAt: Date;
  /** a closed month is read from snapshots (月度快照); the current month is computed live (实时计算) */
  source: 'snapshot' | 'live';
  indicators: ReportIndicator[];
  /** indicator id → the region's own cell */
  summary: Record<string, ReportCell>;
  /** one entry per level below the region */
  levels: KpiReportLevel[];
}

export const SUMMARY_SHEET_NAME = '汇总';

export const STATUS_TEXT_ZH: Record<AttainmentStatus, string> = {
  met: '已达标',
  on_track: '进度正常',
  at_risk: '有风险',
  off_track: '滞后',
  no_target: '无目标',
  no_data: '无数据',
};

/** ARGB fills by status; statuses without an assessment against a target stay unfilled. */
export const STATUS_FILL_ARGB: Record<AttainmentStatus, string | null> = {
  met: 'FF63BE7B',
  on_track: 'FFC6EFCE',
  at_risk: 'FFFFC000',
  off_track: 'FFFF7C80',
  no_target: null,
  no_data: null,
};

export const LEVEL_SHEET_NAME: Record<ReportRegion['level'], string> = {
  province: '省',
  city: '市',
  county: '区县',
  township: '乡镇（街道）',
  village: '村（社区）',
};

const BINDING_ZH: Record<ReportTarget['binding'], string> = {
  binding: '约束性',
  expected: '预期性',
  not_stated: '—',
};

// A plain value in a plan's table is written without a sign, so '=' shows none either.
const COMPARATOR_SIGN: Record<ReportTarget['comparator'], string> = {
  '>=': '≥',
  '<=': '≤',
  '=': '',
  '>': '>',
  '<': '<',
};

/** Where the month's values came from: a snapshot, the month in progress, or a closed month not rolled up yet. */
export function sourceTextZh(source: KpiReportInput['source'], month: string, generatedAt: Date): string {
  if (source === 'snapshot') return '月度快照';
  return month < monthOf(today(generatedAt)) ? '实时计算（该月尚未汇总）' : '实时计算（本月尚未结束，数值仍会变化）';
}

/** 预计达标时间 as the summary writes it: "2027年7月（2027年3月—2028年1月）", or the forecast's status in words. */
export function forecastTextZh(forecast: {
  status: 'met' | 'expected' | 'not_at_pace' | 'too_little_history' | 'no_target';
  expectedMetOn: string | null;
  range: { earliest: string | null; latest: string | null } | null;
}): string {
  switch (forecast.status) {
    case 'met':
      return '已达标';
    case 'not_at_pace':
      return '按此速度无法达标';
    case 'too_little_history':
      return '数据不足';
    case 'no_target':
      return NO_VALUE;
    case 'expected': {
      const on = monthLabelZh(forecast.expectedMetOn!);
      const { earliest, latest } = forecast.range ?? { earliest: null, latest: null };
      if (!earliest && !latest) return on;
      return `${on}（${earliest ? monthLabelZh(earliest) : '…'}—${latest ? monthLabelZh(latest) : '期内未达'}）`;
    }
  }
}

export const ROLLUP_RULE_ZH = '上级数值由下级分子分母加总计算，不对百分比求平均';

const NO_VALUE = '—';
const THIN_BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const FONT_NAME = '宋体';

export function monthLabelZh(month: string): string {
  if (!isMonth(month)) throw new RangeError(`month must be YYYY-MM, got "${month}"`);
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

export function reportTitle(region: ReportRegion, month: string): string {
  return `${region.name} 养老服务主要指标月报 ${monthLabelZh(month)}`;
}

/** "≥60（2025年）"; empty when there is no target. */
export function targetText(target: ReportTarget | null | undefined): string {
  if (!target) return '';
  return `${COMPARATOR_SIGN[target.comparator]}${formatPlain(target.value)}（${target.year}年）`;
}

export function bindingText(target: ReportTarget | null | undefined): string {
  return target ? BINDING_ZH[target.binding] : '—';
}

/** Excel's number format for an indicator's value: thousands separator and exactly `decimals` places. */
export function valueNumberFormat(decimals: number): string {
  const places = Math.max(0, Math.min(6, Math.trunc(decimals)));
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

/**
 * Excel refuses names longer than 31 characters, with any of []:*?/\ , starting or ending with an apostrophe, or
 * equal (ignoring case) to another sheet's name.
 */
export function safeSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim() || '表';
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : `（${n}）`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** China has one time zone without daylight saving, so UTC+8 is exact. */
function chinaTime(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}（北京时间）`;
}

function formatPlain(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6)));
}

function countFormat(value: number): string {
  return Number.isInteger(value) ? '#,##0' : '#,##0.0##';
}

function statusFill(status: AttainmentStatus): ExcelJS.Fill | undefined {
  const argb = STATUS_FILL_ARGB[status];
  return argb ? { type: 'pattern', pattern: 'solid', fgColor: { argb } } : undefined;
}

function noDataCell(): ReportCell {
  return { value: null, numerator: null, denominator: null, target: null, status: 'no_data', gapZh: null };
}

function formatValue(value: number, decimals: number): string {
  const places = Math.max(0, Math.min(6, Math.trunc(decimals)));
  return value.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places });
}

/** The note on a cell of a level sheet: what a reader hovering over a coloured number wants to know. */
export function cellNoteText(indicator: ReportIndicator, cell: ReportCell): string {
  const lines = [indicator.nameZh];
  lines.push(`本月值：${cell.value === null ? NO_VALUE : `${formatValue(cell.value, indicator.decimals)} ${indicator.unitZh}`}`);
  if (cell.numerator !== null || cell.denominator !== null) {
    lines.push(`分子 / 分母：${cell.numerator ?? NO_VALUE} / ${cell.denominator ?? NO_VALUE}`);
  }
  lines.push(cell.target ? `目标：${targetText(cell.target)}，${bindingText(cell.target)}` : '目标：无');
  lines.push(`状态：${STATUS_TEXT_ZH[cell.status]}`);
  if (cell.gapZh) lines.push(`差距与行动：${cell.gapZh}`);
  return lines.join('\n');
}

/**
 * Excel grows a row to fit wrapped text only when it edits the cell; LibreOffice and a fresh open keep the default
 * height, so wrapped lines would spill over the row below. Estimate the lines instead: a CJK character is about two
 * width units, anything else one.
 */
export function wrappedLines(text: string, columnWidth: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1.1;
  return Math.max(1, Math.ceil(units / Math.max(1, columnWidth - 1)));
}

const LINE_HEIGHT_POINTS = 14;

function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT_NAME, bold: true, size: 10 };
  cell.fill = HEADER_FILL;
  cell.border = THIN_BORDER;
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function styleBody(cell: ExcelJS.Cell, horizontal: 'left' | 'center' | 'right', wrap = false): void {
  cell.font = { name: FONT_NAME, size: 10 };
  cell.border = THIN_BORDER;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: wrap };
}

/** Indicator columns a landscape A4 page holds at a readable size. */
export const COLUMNS_PER_PAGE = 12;

/**
 * Landscape A4, as many pages wide as the columns need (a level sheet's 48 indicators shrunk onto one page cannot be
 * read), each page repeating the header rows and, on level sheets, the region code and name columns.
 */
function setupPrinting(sheet: ExcelJS.Worksheet, titleRows: string, wide?: { titleColumns: string; columns: number }): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: wide ? Math.ceil(wide.columns / COLUMNS_PER_PAGE) : 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: titleRows,
    ...(wide ? { printTitlesColumn: wide.titleColumns } : {}),
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: '&C第 &P 页，共 &N 页' };
}

function writeFooter(sheet: ExcelJS.Worksheet, input: KpiReportInput, firstRow: number): number {
  const lines = [
    `数据来源：${sourceTextZh(input.source, input.month, input.generatedAt)}`,
    `生成时间：${chinaTime(input.generatedAt)}`,
    `计算规则：${ROLLUP_RULE_ZH}`,
  ];
  lines.forEach((text, index) => {
    const cell = sheet.getCell(firstRow + index, 1);
    cell.value = text;
    cell.font = { name: FONT_NAME, size: 9, color: { argb: 'FF595959' } };
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: false };
  });
  return firstRow + lines.length;
}

function writeSummarySheet(workbook: ExcelJS.Workbook, input: KpiReportInput): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 2, activeCell: 'A3' }],
  });
  const headers = ['序号', '指标', '单位', '本月值', '分子', '分母', '目标', '指标属性', '状态', '差距与行动', '预计达标时间'];
  const widths = [6, 38, 12, 12, 12, 12, 16, 10, 10, 48, 22];
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });

  sheet.mergeCells(1, 1, 1, headers.length);
  const title = sheet.getCell(1, 1);
  title.value = reportTitle(input.region, input.month);
  title.font = { name: FONT_NAME, bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 28;

  headers.forEach((header, index) => {
    const cell = sheet.getCell(2, index + 1);
    cell.value = header;
    styleHeader(cell);
  });
  sheet.getRow(2).height = 20;

  input.indicators.forEach((indicator, index) => {
    const rowNumber = 3 + index;
    const cell = input.summary[indicator.id] ?? noDataCell();
    const row = sheet.getRow(rowNumber);
    row.getCell(1).value = index + 1;
    styleBody(row.getCell(1), 'center');
    row.getCell(2).value = indicator.nameZh;
    styleBody(row.getCell(2), 'left', true);
    row.getCell(3).value = indicator.unitZh;
    styleBody(row.getCell(3), 'center');

    const value = row.getCell(4);
    value.value = cell.value ?? NO_VALUE;
    styleBody(value, cell.value === null ? 'center' : 'right');
    if (cell.value !== null) value.numFmt = valueNumberFormat(indicator.decimals);

    ([cell.numerator, cell.denominator] as const).forEach((part, offset) => {
      const target = row.getCell(5 + offset);
      if (part !== null) {
        target.value = part;
        target.numFmt = countFormat(part);
      }
      styleBody(target, 'right');
    });

    row.getCell(7).value = targetText(cell.target) || NO_VALUE;
    styleBody(row.getCell(7), 'center');
    row.getCell(8).value = bindingText(cell.target);
    styleBody(row.getCell(8), 'center');

    const status = row.getCell(9);
    status.value = STATUS_TEXT_ZH[cell.status];
    styleBody(status, 'center');
    const fill = statusFill(cell.status);
    if (fill) status.fill = fill;

    row.getCell(10).value = cell.gapZh ?? '';
    styleBody(row.getCell(10), 'left', true);
    row.getCell(11).value = cell.forecastZh ?? NO_VALUE;
    styleBody(row.getCell(11), 'center', true);
    const lines = Math.max(
      wrappedLines(indicator.nameZh, widths[1]!),
      wrappedLines(cell.gapZh ?? '', widths[9]!),
      wrappedLines(cell.forecastZh ?? '', widths[10]!),
    );
    row.height = Math.max(18, lines * LINE_HEIGHT_POINTS + 4);
  });

  writeFooter(sheet, input, 3 + input.indicators.length + 1);
  setupPrinting(sheet, '1:2');
}

function writeLevelSheet(workbook: ExcelJS.Workbook, input: KpiReportInput, level: KpiReportLevel): void {
  const name = safeSheetName(LEVEL_SHEET_NAME[level.level], workbook.worksheets.map((sheet) => sheet.name));
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 3, activeCell: 'C4' }],
  });
  const firstIndicatorColumn = 3;
  sheet.getColumn(1).width = 15;
  sheet.getColumn(2).width = Math.min(28, Math.max(12, ...level.regions.map((region) => region.name.length * 2 + 2)));
  input.indicators.forEach((indicator, index) => {
    // CJK characters take about two width units; the header wraps over up to four lines.
    sheet.getColumn(firstIndicatorColumn + index).width = Math.min(18, Math.max(11, Math.ceil((indicator.nameZh.length * 2) / 4) + 2));
  });

  const title = sheet.getCell(1, 1);
  title.value = `${reportTitle(input.region, input.month)} — 分${LEVEL_SHEET_NAME[level.level]}`;
  title.font = { name: FONT_NAME, bold: true, size: 14 };
  title.alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.getRow(1).height = 28;

  // Codes and names span both header rows; no range touches another.
  sheet.mergeCells(2, 1, 3, 1);
  sheet.mergeCells(2, 2, 3, 2);
  sheet.getCell(2, 1).value = '代码';
  sheet.getCell(2, 2).value = '名称';
  for (const column of [1, 2]) {
    styleHeader(sheet.getCell(2, column));
    styleHeader(sheet.getCell(3, column));
  }
  input.indicators.forEach((indicator, index) => {
    const nameCell = sheet.getCell(2, firstIndicatorColumn + index);
    nameCell.value = indicator.nameZh;
    styleHeader(nameCell);
    const unitCell = sheet.getCell(3, firstIndicatorColumn + index);
    unitCell.value = indicator.unitZh;
    styleHeader(unitCell);
    unitCell.font = { name: FONT_NAME, size: 9 };
  });
  const headerLines = Math.max(
    1,
    ...input.indicators.map((indicator, index) => wrappedLines(indicator.nameZh, sheet.getColumn(firstIndicatorColumn + index).width ?? 11)),
  );
  sheet.getRow(2).height = Math.max(30, headerLines * LINE_HEIGHT_POINTS + 6);
  sheet.getRow(3).height = 16;

  level.regions.forEach((region, regionIndex) => {
    const row = sheet.getRow(4 + regionIndex);
    // Codes stay text: a 12-digit number would show as 5.00112E+11.
    row.getCell(1).value = region.code;
    styleBody(row.getCell(1), 'left');
    row.getCell(2).value = region.name;
    styleBody(row.getCell(2), 'left');
    const cells = level.cells[region.code] ?? {};
    input.indicators.forEach((indicator, index) => {
      const data = cells[indicator.id] ?? noDataCell();
      const target = row.getCell(firstIndicatorColumn + index);
      if (data.value === null) {
        target.value = NO_VALUE;
        styleBody(target, 'center');
      } else {
        target.value = data.value;
        styleBody(target, 'right');
        target.numFmt = valueNumberFormat(indicator.decimals);
      }
      const fill = statusFill(data.status);
      if (fill) target.fill = fill;
      target.note = cellNoteText(indicator, data);
    });
  });

  let next = 4 + level.regions.length + 1;
  if (level.regions.length === 0) {
    sheet.getCell(4, 1).value = '（无下级地区）';
    next = 6;
  }
  // The legend repeats the colours so a printed (often black-and-white) copy can still be read against the notes.
  const legend = sheet.getCell(next, 1);
  legend.value = '图例：';
  legend.font = { name: FONT_NAME, size: 9, color: { argb: 'FF595959' } };
  (['met', 'on_track', 'at_risk', 'off_track'] as const).forEach((status, index) => {
    const cell = sheet.getCell(next, 2 + index);
    cell.value = STATUS_TEXT_ZH[status];
    styleBody(cell, 'center');
    cell.font = { name: FONT_NAME, size: 9 };
    cell.fill = statusFill(status)!;
  });
  const rest = sheet.getCell(next, 6);
  rest.value = '无填充：无目标或无数据；单元格批注给出目标与状态';
  rest.font = { name: FONT_NAME, size: 9, color: { argb: 'FF595959' } };
  writeFooter(sheet, input, next + 1);
  setupPrinting(sheet, '1:3', { titleColumns: 'A:B', columns: input.indicators.length });
}

export async function buildKpiReport(input: KpiReportInput): Promise<Buffer> {
  monthLabelZh(input.month);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Yiyang 颐养';
  workbook.created = input.generatedAt;
  workbook.modified = input.generatedAt;
  workbook.title = reportTitle(input.region, input.month);
  writeSummarySheet(workbook, input);
  for (const level of input.levels) writeLevelSheet(workbook, input, level);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
