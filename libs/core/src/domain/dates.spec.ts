import { addDays, addMonths, endOfMonth, isDateOnly, today } from './dates';

describe('dates', () => {
  it('adds and takes away days across months, leap days and years', () => {
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-06-15', 0)).toBe('2025-06-15');
  });

  it('accepts real calendar dates only', () => {
    expect(isDateOnly('2024-02-29')).toBe(true);
    expect(isDateOnly('2025-02-29')).toBe(false);
    expect(isDateOnly('2025-13-01')).toBe(false);
    expect(isDateOnly('2025-6-1')).toBe(false);
    expect(isDateOnly('2025-06-01T00:00:00Z')).toBe(false);
  });

  it('takes today in Shanghai: 17:00 UTC is already the next day there', () => {
    expect(today(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(today(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
  });

  it('finds the end of a month', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-12-01')).toBe('2025-12-31');
  });
});

describe('addMonths', () => {
  it('keeps the day where the month has it, else the month\'s last day', () => {
    expect(addMonths('2025-01-15', 6)).toBe('2025-07-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
});
