import { progressPercent, rejectedRows } from './import-outcome';

describe('rejectedRows', () => {
  it('reads a refusal’s rows in line order, one per message', () => {
    expect(
      rejectedRows([
        { line: 5, field: 'care_type', message: 'care_type must be true or false' },
        { line: 3, field: 'code', messages: ['code is given twice', 'code too long'] },
        { field: 'file', message: 'not a row' },
        'noise',
      ]),
    ).toEqual([
      { line: 3, field: 'code', message: 'code is given twice' },
      { line: 3, field: 'code', message: 'code too long' },
      { line: 5, field: 'care_type', message: 'care_type must be true or false' },
    ]);
    expect(rejectedRows(undefined)).toEqual([]);
    expect(rejectedRows({ code: ['bad'] })).toEqual([]);
  });
});

describe('progressPercent', () => {
  it('stays below 100 until the job has finished', () => {
    expect(progressPercent(0.424, false)).toBe(42);
    expect(progressPercent(1, false)).toBe(99);
    expect(progressPercent(0.5, true)).toBe(100);
    expect(progressPercent(-1, false)).toBe(0);
  });
});
