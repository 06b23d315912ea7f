import { csvField, csvLine } from './csv-writer';

describe('csv writer', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvLine(['王丽', 'a,b', 'say "hi"', 'two\nlines', null, 3])).toBe('王丽,"a,b","say ""hi""","two\nlines",,3\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
  });
});
