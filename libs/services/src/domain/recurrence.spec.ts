import { expandRecurrence, MAX_OCCURRENCES, recurrenceProblems } from './recurrence';

describe('recurring slots', () => {
  it('expands every weekday lunch in Shanghai time', () => {
    const slots = expandRecurrence({ rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', from: '2025-06-01', until: '2025-06-08', startTime: '11:00', endTime: '12:30' });
    // 2025-06-01 is a Sunday: Monday 2 June to Friday 6 June.
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual([
      '2025-06-02T03:00:00.000Z',
      '2025-06-03T03:00:00.000Z',
      '2025-06-04T03:00:00.000Z',
      '2025-06-05T03:00:00.000Z',
      '2025-06-06T03:00:00.000Z',
    ]);
    expect(slots[0].endsAt.toISOString()).toBe('2025-06-02T04:30:00.000Z');
  });

  it('includes the last day, and an early-morning slot stays on its Shanghai date', () => {
    const slots = expandRecurrence({ rrule: 'FREQ=DAILY', from: '2025-06-29', until: '2025-06-30', startTime: '06:30', endTime: '07:00' });
    expect(slots.map((slot) => slot.startsAt.toISOString())).toEqual(['2025-06-28T22:30:00.000Z', '2025-06-29T22:30:00.000Z']);
  });

  it('names what is wrong with a rule', () => {
    const base = { from: '2025-06-01', until: '2025-06-30', startTime: '11:00', endTime: '12:00' };
    const problem = (rrule: string, input = {}) => recurrenceProblems({ ...base, rrule, ...input });
    expect(problem('every weekday')).toEqual([{ field: 'rrule', message: expect.stringContaining('RRULE') }]);
    expect(problem('FREQ=DAILY', { until: '2025-05-01', endTime: '10:00' }).map((p) => p.field)).toEqual(['until', 'endTime']);
    expect(problem('FREQ=DAILY', { until: '2027-06-02' })).toEqual([{ field: 'until', message: expect.stringMatching(/two years/) }]);
    expect(problem('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toEqual([]);
    expect(problem('FREQ=MONTHLY;BYDAY=-1FR')).toEqual([]);
    expect(problem('FREQ=MONTHLY;BYMONTHDAY=1,15')).toEqual([]);
    expect(problem('freq=weekly;interval=2;byday=mo')).toEqual([]);
  });

  // Each of these once hung the process in the library, threw a TypeError, or overrode the time of day.
  it.each([
    ['FREQ=HOURLY', /DAILY, WEEKLY or MONTHLY/],
    ['FREQ=WEEKLY;COUNT=3', /not used here/],
    ['RRULE:COUNT=2;FREQ=DAILY', /RRULE/],
    ['FREQ=DAILY;INTERVAL=-1', /INTERVAL/],
    ['FREQ=DAILY;INTERVAL=abc', /RRULE|INTERVAL/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL/],
    ['FREQ=DAILY;BYMONTH=13', /not used here/],
    ['FREQ=DAILY;BYMONTHDAY=0', /monthly/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /1–31/],
    ['FREQ=DAILY;BYYEARDAY=400', /not used here/],
    ['FREQ=DAILY;BYDAY=XX', /weekdays/],
    ['FREQ=DAILY;BYSETPOS=0', /not used here/],
    ['FREQ=DAILY;BYHOUR=1,2', /not used here/],
    ['FREQ=DAILY;FREQ=WEEKLY', /twice/],
    ['FREQ=DAILY;UNTIL=20300101', /not used here/],
  ])('refuses %s', (rrule, message) => {
    expect(recurrenceProblems({ rrule, from: '2025-06-01', until: '2025-06-30', startTime: '11:00', endTime: '12:00' })).toEqual([{ field: 'rrule', message: expect.stringMatching(message) }]);
  });

  it('expands the whole range, so the caller can count the future slots and refuse too many', () => {
    const slots = expandRecurrence({ rrule: 'FREQ=DAILY', from: '2025-01-01', until: '2026-12-31', startTime: '11:00', endTime: '12:00' });
    expect(slots).toHaveLength(730);
    expect(slots.length).toBeGreaterThan(MAX_OCCURRENCES);
    expect(slots[729].startsAt.toISOString()).toBe('2026-12-31T03:00:00.000Z');
  });
});
