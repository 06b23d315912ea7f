import { seriesDates, weeklyRule, yuanToCents } from './slot-series';

describe('slot series', () => {
  it('writes the weekdays as the API\'s rule, Monday first, every day as DAILY', () => {
    expect(weeklyRule(['FR', 'MO', 'WE'])).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
    expect(weeklyRule(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'])).toBe('FREQ=DAILY');
  });

  it('lists the dates the series will make, inclusive of both ends', () => {
    expect(seriesDates('2026-05-11', '2026-05-24', ['MO', 'FR'])).toEqual(['2026-05-11', '2026-05-15', '2026-05-18', '2026-05-22']);
    expect(seriesDates('2026-05-11', '2026-05-11', ['MO'])).toEqual(['2026-05-11']);
    expect(seriesDates('2026-05-12', '2026-05-11', ['MO'])).toEqual([]);
    expect(seriesDates('2026-05-11', '2026-05-17', [])).toEqual([]);
  });

  it('turns yuan into whole cents', () => {
    expect(yuanToCents(15)).toBe(1500);
    expect(yuanToCents(0.29)).toBe(29);
    expect(yuanToCents(12.345)).toBe(1235);
  });
});
