import ExcelJS from 'exceljs';
import {
  COLUMNS_PER_PAGE,
  buildKpiReport,
  forecastTextZh,
  KpiReportInput,
  ReportCell,
  safeSheetName,
  STATUS_FILL_ARGB,
  targetText,
  valueNumberFormat,
} from './kpi-report';

const target2025 = (comparator: '>=' | '<=' | '=', value: number, binding: 'binding' | 'expected' | 'not_stated') => ({
  year: 2025,
  comparator,
  value,
  binding,
});

const cell = (partial: Partial<ReportCell> & Pick<ReportCell, 'status'>): ReportCell => ({
  value: null,
  numerator: null,
  denominator: null,
  target: null,
  gapZh: null,
  ...partial,
});

function input(): KpiReportInput {
  return {
    month: '2025-06',
    region: { code: '500112000000', name: '渝北区', level: 'county' },
    generatedAt: new Date('2025-07-01T00:30:00Z'),
    source: 'snapshot',
    indicators: [
      { id: 'care_type_bed_share', nameZh: '养老机构护理型床位占比', nameEn: 'Care-type bed share', unitZh: '%', direction: 'at_least', decimals: 1 },
      { id: 'total_elderly_care_beds', nameZh: '养老服务床位', nameEn: 'Elderly-care beds', unitZh: '张', direction: 'grow', decimals: 0 },
      { id: 'government_operated_bed_share', nameZh: '政府运营床位占比', nameEn: 'Government-operated bed share', unitZh: '%', direction: 'at_most', decimals: 1 },
    ],
    summary: {
      care_type_bed_share: cell({
        value: 52.5,
        numerator: 210,
        denominator: 400,
        target: target2025('>=', 60, 'binding'),
        status: 'at_risk',
        gapZh: '距目标差7.5个百分点，需新增或改造护理型床位约30张',
        forecastZh: forecastTextZh({ status: 'expected', expectedMetOn: '2027-07', range: { earliest: '2027-03', latest: null } }),
      }),
      total_elderly_care_beds: cell({ value: 7100, numerator: 7100, target: target2025('>=', 7000, 'expected'), status: 'met' }),
      government_operated_bed_share: cell({
        value: 38,
        numerator: 152,
        denominator: 400,
        target: target2025('<=', 40, 'binding'),
        status: 'on_track',
        forecastZh: forecastTextZh({ status: 'not_at_pace', expectedMetOn: null, range: null }),
      }),
    },
    levels: [
      {
        level: 'township',
        regions: [
          { code: '500112001000', name: '双凤桥街道', level: 'township' },
          { code: '500112100000', name: '统景镇', level: 'township' },
        ],
        cells: {
          '500112001000': {
            care_type_bed_share: cell({ value: 40, numerator: 80, denominator: 200, target: target2025('>=', 60, 'binding'), status: 'off_track' }),
            total_elderly_care_beds: cell({ value: 3500, numerator: 3500, status: 'no_target' }),
            government_operated_bed_share: cell({ value: 30, numerator: 60, denominator: 200, target: target2025('<=', 40, 'binding'), status: 'met' }),
          },
          '500112100000': {
            care_type_bed_share: cell({ value: 65, numerator: 130, denominator: 200, target: target2025('>=', 60, 'binding'), status: 'met' }),
            total_elderly_care_beds: cell({ value: 3600, numerator: 3600, status: 'on_track', target: target2025('>=', 3500, 'expected') }),
            // no cell for government_operated_bed_share: no data
          },
        },
      },
    ],
  };
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function fillArgb(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const all: string[] = [];
  sheet.eachRow((row) => row.eachCell((c) => all.push(c.text)));
  return all;
}

describe('buildKpiReport', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const buffer = await buildKpiReport(input());
    expect(buffer.subarray(0, 2).toString()).toBe('PK');
    workbook = await readBack(buffer);
  });

  it('has the summary sheet and one sheet per level below', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '乡镇（街道）']);
  });

  it('writes the summary: title, headers, one row per indicator', () => {
    const sheet = workbook.getWorksheet('汇总')!;
    expect(sheet.getCell('A1').value).toBe('渝北区 养老服务主要指标月报 2025年6月');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号', '指标', '单位', '本月值', '分子', '分母', '目标', '指标属性', '状态', '差距与行动', '预计达标时间',
    ]);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      1, '养老机构护理型床位占比', '%', 52.5, 210, 400, '≥60（2025年）', '约束性', '有风险', '距目标差7.5个百分点，需新增或改造护理型床位约30张',
      '2027年7月（2027年3月—期内未达）',
    ]);
    expect(sheet.getCell('K4').value).toBe('—'); // no forecast given
    expect(sheet.getCell('K5').value).toBe('按此速度无法达标');
    expect(sheet.getCell('D3').numFmt).toBe('#,##0.0');
    expect(sheet.getCell('D4').value).toBe(7100);
    expect(sheet.getCell('D4').numFmt).toBe('#,##0');
    expect(sheet.getCell('F4').value).toBeNull(); // a count has no denominator
    expect(sheet.getCell('G4').value).toBe('≥7000（2025年）');
    expect(sheet.getCell('H4').value).toBe('预期性');
    expect(sheet.getCell('I4').value).toBe('已达标');
    expect(sheet.getCell('G5').value).toBe('≤40（2025年）');
    expect(sheet.getCell('I5').value).toBe('进度正常');
    expect(fillArgb(sheet.getCell('I3'))).toBe(STATUS_FILL_ARGB.at_risk);
    expect(fillArgb(sheet.getCell('I4'))).toBe(STATUS_FILL_ARGB.met);
    expect(fillArgb(sheet.getCell('I5'))).toBe(STATUS_FILL_ARGB.on_track);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('ends with the source, the time in China time and the rollup rule', () => {
    const all = texts(workbook.getWorksheet('汇总')!);
    expect(all).toContain('数据来源：月度快照');
    expect(all).toContain('生成时间：2025-07-01 08:30（北京时间）');
    expect(all).toContain('计算规则：上级数值由下级分子分母加总计算，不对百分比求平均');
  });

  it('writes the level sheet: two header rows, regions as rows, values with fills and notes', () => {
    const sheet = workbook.getWorksheet('乡镇（街道）')!;
    expect(sheet.getCell('A1').value).toBe('渝北区 养老服务主要指标月报 2025年6月 — 分乡镇（街道）');
    expect(sheet.getCell('A2').value).toBe('代码');
    expect(sheet.getCell('B2').value).toBe('名称');
    expect([sheet.getCell('C2').value, sheet.getCell('D2').value, sheet.getCell('E2').value]).toEqual([
      '养老机构护理型床位占比', '养老服务床位', '政府运营床位占比',
    ]);
    expect([sheet.getCell('C3').value, sheet.getCell('D3').value, sheet.getCell('E3').value]).toEqual(['%', '张', '%']);

    expect(sheet.getCell('A4').value).toBe('500112001000');
    expect(sheet.getCell('B4').value).toBe('双凤桥街道');
    expect(sheet.getCell('C4').value).toBe(40);
    expect(sheet.getCell('C4').numFmt).toBe('#,##0.0');
    expect(fillArgb(sheet.getCell('C4'))).toBe(STATUS_FILL_ARGB.off_track);
    expect(sheet.getCell('D4').value).toBe(3500);
    expect(fillArgb(sheet.getCell('D4'))).toBeUndefined(); // no target
    expect(fillArgb(sheet.getCell('E4'))).toBe(STATUS_FILL_ARGB.met);

    expect(sheet.getCell('A5').value).toBe('500112100000');
    expect(sheet.getCell('C5').value).toBe(65);
    expect(fillArgb(sheet.getCell('C5'))).toBe(STATUS_FILL_ARGB.met);
    expect(fillArgb(sheet.getCell('D5'))).toBe(STATUS_FILL_ARGB.on_track);
    expect(sheet.getCell('E5').value).toBe('—');
    expect(fillArgb(sheet.getCell('E5'))).toBeUndefined();

    const note = (address: string) => {
      const value = sheet.getCell(address).note;
      return typeof value === 'string' ? value : (value?.texts ?? []).map((t) => t.text).join('');
    };
    expect(note('C4')).toContain('目标：≥60（2025年），约束性');
    expect(note('C4')).toContain('状态：滞后');
    expect(note('C4')).toContain('分子 / 分母：80 / 200');
    expect(note('D4')).toContain('目标：无');
    expect(note('D4')).toContain('状态：无目标');
    expect(note('E5')).toContain('状态：无数据');

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 3 });
    expect(texts(sheet)).toContain('数据来源：月度快照');
  });

  it('stores numbers as numbers and no formulas; merged ranges never overlap', () => {
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((c) => {
          expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
          // Only region codes may be digit strings (kept as text on purpose); every figure is a number.
          if (typeof c.value === 'string' && /^-?[\d,]+(\.\d+)?$/.test(c.value)) expect(c.value).toMatch(/^\d{12}$/);
        }),
      );
      const ranges = ((sheet.model as unknown as { merges?: string[] }).merges ?? []).map(toBox);
      for (let i = 0; i < ranges.length; i += 1) {
        for (let j = i + 1; j < ranges.length; j += 1) expect(overlaps(ranges[i]!, ranges[j]!)).toBe(false);
      }
    }
  });

  it('labels the month in progress as still changing, a closed month computed live as not rolled up', async () => {
    const current = await readBack(await buildKpiReport({ ...input(), month: '2025-07', source: 'live', levels: [] }));
    expect(current.worksheets.map((sheet) => sheet.name)).toEqual(['汇总']);
    expect(texts(current.getWorksheet('汇总')!)).toContain('数据来源：实时计算（本月尚未结束，数值仍会变化）');
    const closed = await readBack(await buildKpiReport({ ...input(), month: '2025-06', source: 'live', levels: [] }));
    expect(texts(closed.getWorksheet('汇总')!)).toContain('数据来源：实时计算（该月尚未汇总）');
    expect(texts(closed.getWorksheet('汇总')!).join('\n')).not.toContain('本月尚未结束');
  });

  it('prints a level sheet landscape over several pages wide, repeating the header rows and the region columns', async () => {
    const workbook = await readBack(await buildKpiReport(input()));
    for (const sheet of workbook.worksheets.filter((candidate) => candidate.name !== '汇总')) {
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToHeight: 0, printTitlesRow: '1:3', printTitlesColumn: 'A:B' });
      expect(sheet.pageSetup.fitToWidth).toBe(Math.ceil(input().indicators.length / COLUMNS_PER_PAGE));
    }
    expect(workbook.worksheets.length).toBeGreaterThan(1);
  });

  it('refuses a month that is not YYYY-MM', async () => {
    await expect(buildKpiReport({ ...input(), month: '2025-6' })).rejects.toThrow(RangeError);
  });
});

describe('report helpers', () => {
  it('makes valid, unique sheet names', () => {
    expect(safeSheetName('区县', [])).toBe('区县');
    expect(safeSheetName('区县', ['区县'])).toBe('区县（2）');
    const long = safeSheetName('a/b\\c[d]e:f*g?h'.repeat(4), []);
    expect(long.length).toBeLessThanOrEqual(31);
    expect(long).not.toMatch(/[[\]:*?/\\]/);
  });

  it('writes targets the way the plans do', () => {
    expect(targetText({ year: 2025, comparator: '>=', value: 60, binding: 'binding' })).toBe('≥60（2025年）');
    expect(targetText({ year: 2025, comparator: '<=', value: 40, binding: 'binding' })).toBe('≤40（2025年）');
    expect(targetText({ year: 2025, comparator: '=', value: 20000, binding: 'not_stated' })).toBe('20000（2025年）');
    expect(targetText(null)).toBe('');
  });

  it('formats values by decimals', () => {
    expect(valueNumberFormat(0)).toBe('#,##0');
    expect(valueNumberFormat(2)).toBe('#,##0.00');
  });
});

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function toBox(range: string): Box {
  const [from, to = from] = range.split(':') as [string, string?];
  const a = decode(from);
  const b = decode(to);
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

function decode(address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...match[1]!].reduce((sum, ch) => sum * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), col };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

describe('forecastTextZh', () => {
  it('writes the expected month with its interval, or the status in words', () => {
    expect(forecastTextZh({ status: 'expected', expectedMetOn: '2027-07', range: { earliest: '2027-03', latest: '2028-01' } })).toBe('2027年7月（2027年3月—2028年1月）');
    expect(forecastTextZh({ status: 'expected', expectedMetOn: '2027-07', range: null })).toBe('2027年7月');
    expect(forecastTextZh({ status: 'met', expectedMetOn: null, range: null })).toBe('已达标');
    expect(forecastTextZh({ status: 'too_little_history', expectedMetOn: null, range: null })).toBe('数据不足');
  });
});
