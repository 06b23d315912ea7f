import { minimalXlsx, zipWithOnePart } from '@yiyang/testing';
import ExcelJS from 'exceljs';
import { readTabularRows, type TabularLimits, type UploadedFile } from './tabular-file';

const LIMITS: TabularLimits = { maxRows: 1_000, maxUncompressedBytes: 10 * 1024 * 1024, maxCompressionRatio: 100 };
const csv = (text: string | Buffer): UploadedFile => ({ originalname: 'x.csv', mimetype: 'text/csv', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
const xlsx = (buffer: Buffer): UploadedFile => ({ originalname: 'x.xlsx', mimetype: 'application/octet-stream', buffer });

async function readAll(file: UploadedFile | undefined, columns: string[], limits = LIMITS) {
  const rows = [];
  for await (const row of readTabularRows(file, columns, limits)) rows.push(row);
  return rows;
}

describe('readTabularRows', () => {
  it('numbers rows by the line they start on, even after a cell that spans lines', async () => {
    const rows = await readAll(csv('code,name\n1,"两\n行"\n2,b\n\n3,c\n'), ['code']);
    expect(rows.map((row) => [row.line, row.cells.code])).toEqual([
      [2, '1'],
      [4, '2'],
      [6, '3'],
    ]);
    expect(rows[0].cells.name).toBe('两\n行');
  });

  it('reads a UTF-8 file with a BOM and a GBK file from Excel alike', async () => {
    const utf8 = await readAll(csv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Code,名称\n500000000000,重庆市\n')])), ['code']);
    expect(utf8[0].cells).toEqual({ code: '500000000000', 名称: '重庆市' });
    // "code,name\n500000000000,重庆市" in GBK
    const gbk = Buffer.concat([Buffer.from('code,name\n500000000000,'), Buffer.from([0xd6, 0xd8, 0xc7, 0xec, 0xca, 0xd0]), Buffer.from('\n')]);
    expect((await readAll(csv(gbk), ['code']))[0].cells.name).toBe('重庆市');
  });

  it('refuses a file without the required columns or without rows', async () => {
    await expect(readAll(csv('code,name\n'), ['code'])).rejects.toMatchObject({ details: [{ field: 'file', messages: ['the file has no data rows'] }] });
    await expect(readAll(csv('name\nx\n'), ['code'])).rejects.toMatchObject({ details: [{ field: 'file', messages: ['missing columns: code'] }] });
    await expect(readAll(undefined, ['code'])).rejects.toMatchObject({ status: 400 });
  });

  it('refuses more data rows than the limit, in CSV and XLSX alike', async () => {
    const lines = ['code', ...Array.from({ length: 11 }, (_, index) => String(index))].join('\n');
    await expect(readAll(csv(lines), ['code'], { ...LIMITS, maxRows: 10 })).rejects.toMatchObject({ status: 413, message: expect.stringContaining('more than 10 data rows') });
    expect(await readAll(csv(lines), ['code'], { ...LIMITS, maxRows: 11 })).toHaveLength(11);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    for (const line of lines.split('\n')) sheet.addRow([line]);
    const file = xlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    await expect(readAll(file, ['code'], { ...LIMITS, maxRows: 10 })).rejects.toMatchObject({ status: 413 });
    expect((await readAll(file, ['code'], { ...LIMITS, maxRows: 11 })).map((row) => row.cells.code)).toEqual(Array.from({ length: 11 }, (_, index) => String(index)));
  });

  it('refuses a zip bomb by its declared sizes, without inflating it', async () => {
    const bomb = zipWithOnePart('xl/worksheets/sheet1.xml', Buffer.alloc(50 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expect(readAll(xlsx(bomb), ['code'])).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/expands \d+ times.*zip bomb/) });
    await expect(readAll(xlsx(bomb), ['code'], { ...LIMITS, maxCompressionRatio: 1_000_000 })).rejects.toMatchObject({ status: 413, message: expect.stringContaining('inflate to') });
  });

  it('refuses a part that inflates past the size its headers declare', async () => {
    const liar = zipWithOnePart('xl/worksheets/sheet1.xml', Buffer.alloc(5 * 1024 * 1024, 0x20), 1000);
    await expect(readAll(xlsx(liar), ['code'])).rejects.toMatchObject({ status: 413, message: expect.stringContaining('more than its header declares') });
  });

  it('gives the event loop a turn every few milliseconds while a long file is read and its rows are checked', async () => {
    const lines = ['code,name', ...Array.from({ length: 150_000 }, (_, index) => `${500112000000 + index},村${index}`)].join('\n');
    let longestGapMs = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      longestGapMs = Math.max(longestGapMs, performance.now() - last);
      last = performance.now();
    }, 1);
    let readingMs = 0;
    try {
      const started = performance.now();
      const rows = await readAll(csv(lines), ['code'], { ...LIMITS, maxRows: 200_000 });
      readingMs = performance.now() - started;
      expect(rows).toHaveLength(150_000);
    } finally {
      clearInterval(ticker);
    }
    // Read in one go, the longest gap would be the whole reading. Two cores shared with other work add some noise.
    expect(longestGapMs).toBeLessThan(Math.min(500, readingMs / 5));
    // 150,000 rows with a turn of the event loop every few milliseconds: about 40 s on 2 busy cores, so not the
    // default minute.
  }, 180_000);

  it('reads an XLSX of inline strings part by part', async () => {
    const file = xlsx(minimalXlsx([['Code', 'Name'], ['500112000000', '渝北区 & <x>'], ['', ''], ['500112002000', '双龙湖街道']]));
    expect((await readAll(file, ['code'])).map((row) => [row.line, row.cells])).toEqual([
      [2, { code: '500112000000', name: '渝北区 & <x>' }],
      [4, { code: '500112002000', name: '双龙湖街道' }],
    ]);
  });
});
