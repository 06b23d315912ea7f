import { attachmentName } from './attachment-name';

describe('attachmentName', () => {
  it('prefers the UTF-8 name the API encodes', () => {
    expect(attachmentName(`attachment; filename="kpi-500112-2026-11.xlsx"; filename*=UTF-8''%E6%B8%9D%E5%8C%97%E5%8C%BA-2026-11.xlsx`, 'x.xlsx')).toBe('渝北区-2026-11.xlsx');
  });

  it('reads a plain name, and falls back when there is none', () => {
    expect(attachmentName('attachment; filename="report.xlsx"', 'x.xlsx')).toBe('report.xlsx');
    expect(attachmentName(null, 'x.xlsx')).toBe('x.xlsx');
    expect(attachmentName('attachment', 'x.xlsx')).toBe('x.xlsx');
  });
});
