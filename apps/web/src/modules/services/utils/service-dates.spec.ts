import { addDays, isoWeekday, shanghaiDateTime, shanghaiInstant, stepDate, viewRange, weekStart } from './service-dates';

describe('service dates (China Standard Time)', () => {
  it('counts days across months and years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('starts weeks on Monday, Sunday being the seventh day', () => {
    expect(isoWeekday('2026-05-11')).toBe(1);
    expect(isoWeekday('2026-05-17')).toBe(7);
    expect(weekStart('2026-05-17')).toBe('2026-05-11');
    expect(weekStart('2026-05-11')).toBe('2026-05-11');
    expect(viewRange('2026-05-14', 'week')).toEqual({ from: '2026-05-11', to: '2026-05-17' });
    expect(viewRange('2026-05-14', 'day')).toEqual({ from: '2026-05-14', to: '2026-05-14' });
    expect(stepDate('2026-05-14', 'week', -1)).toBe('2026-05-07');
    expect(stepDate('2026-05-14', 'day', 1)).toBe('2026-05-15');
  });

  it('reads instants on Shanghai wall-clock time, whatever the offset they were written with', () => {
    expect(shanghaiDateTime('2026-05-10T16:30:00Z')).toEqual({ date: '2026-05-11', time: '00:30' });
    expect(shanghaiDateTime('2026-05-11T11:30:00+08:00')).toEqual({ date: '2026-05-11', time: '11:30' });
    expect(shanghaiInstant('2026-05-11', '11:30')).toBe('2026-05-11T11:30:00+08:00');
  });
});
