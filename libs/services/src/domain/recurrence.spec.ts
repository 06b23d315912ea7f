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
    expect(recurrenceProblems({ ...base, rrule: 'every weekday' })).toEqual([{ field: 'rrule', message: expect.stringContaining('RRULE') }]);
    expect(recurrenceProblems({ ...base, rrule: 'FREQ=WEEKLY;COUNT=3' })[0].field).toBe('rrule');
    expect(recurrenceProblems({ ...base, rrule: 'FREQ=HOURLY' })[0].message).toMatch(/daily/);
    expect(recurrenceProblems({ ...base, rrule: 'FREQ=DAILY', until: '2025-05-01', endTime: '10:00' }).map((p) => p.field)).toEqual(['until', 'endTime']);
  });

  it('stops one past the limit, so the caller can refuse a rule that makes too many', () => {
    expect(expandRecurrence({ rrule: 'FREQ=DAILY', from: '2025-01-01', until: '2027-12-31', startTime: '11:00', endTime: '12:00' })).toHaveLength(MAX_OCCURRENCES + 1);
  });
});
