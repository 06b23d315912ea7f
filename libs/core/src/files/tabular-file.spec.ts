import { readTabularFile } from './tabular-file';

const csv = (text: string | Buffer) => ({ originalname: 'x.csv', mimetype: 'text/csv', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });

describe('readTabularFile', () => {
  it('numbers rows by the line they start on, even after a cell that spans lines', async () => {
    const rows = await readTabularFile(csv('code,name\n1,"两\n行"\n2,b\n\n3,c\n'), ['code']);
    expect(rows.map((row) => [row.line, row.cells.code])).toEqual([
      [2, '1'],
      [4, '2'],
      [6, '3'],
    ]);
    expect(rows[0].cells.name).toBe('两\n行');
  });

  it('reads a UTF-8 file with a BOM and a GBK file from Excel alike', async () => {
    const utf8 = await readTabularFile(csv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Code,名称\n500000000000,重庆市\n')])), ['code']);
    expect(utf8[0].cells).toEqual({ code: '500000000000', 名称: '重庆市' });
    // "code,name\n500000000000,重庆市" in GBK
    const gbk = Buffer.concat([Buffer.from('code,name\n500000000000,'), Buffer.from([0xd6, 0xd8, 0xc7, 0xec, 0xca, 0xd0]), Buffer.from('\n')]);
    expect((await readTabularFile(csv(gbk), ['code']))[0].cells.name).toBe('重庆市');
  });

  it('refuses a file without the required columns or without rows', async () => {
    await expect(readTabularFile(csv('code,name\n'), ['code'])).rejects.toMatchObject({ details: [{ field: 'file', messages: ['the file has no data rows'] }] });
    await expect(readTabularFile(csv('name\nx\n'), ['code'])).rejects.toMatchObject({ details: [{ field: 'file', messages: ['missing columns: code'] }] });
    await expect(readTabularFile(undefined, ['code'])).rejects.toMatchObject({ status: 400 });
  });
});
