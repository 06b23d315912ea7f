import { buildWeekGrid, type GridSlot } from './week-grid';

const slot = (id: string, startsAt: string, endsAt: string, booked: number, capacity = 10, serviceType = 'meal', status = 'open'): GridSlot => ({
  id,
  serviceType,
  startsAt,
  endsAt,
  capacity,
  booked,
  remaining: capacity - booked,
  status,
});

describe('buildWeekGrid', () => {
  it('puts the same type and time on one row, days across, rows by start time', () => {
    const grid = buildWeekGrid(
      [
        slot('mon-lunch', '2026-05-11T03:30:00Z', '2026-05-11T04:30:00Z', 3),
        slot('wed-bath', '2026-05-13T01:00:00Z', '2026-05-13T02:00:00Z', 1, 2, 'bathing'),
        slot('wed-lunch', '2026-05-13T11:30:00+08:00', '2026-05-13T12:30:00+08:00', 10),
        slot('next-monday', '2026-05-17T16:30:00Z', '2026-05-17T17:00:00Z', 0), // Monday 00:30 China time: next week, left out
      ],
      '2026-05-11',
    );
    expect(grid.days).toEqual(['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15', '2026-05-16', '2026-05-17']);
    expect(grid.rows.map((row) => [row.start, row.end, row.serviceType])).toEqual([
      ['09:00', '10:00', 'bathing'],
      ['11:30', '12:30', 'meal'],
    ]);
    expect(grid.rows[1].cells.map((cell) => cell.map((item) => item.id))).toEqual([['mon-lunch'], [], ['wed-lunch'], [], [], [], []]);
    expect(grid.totals[0]).toEqual({ booked: 3, left: 7 });
    expect(grid.totals[2]).toEqual({ booked: 11, left: 1 });
    expect(grid.totals[6]).toEqual({ booked: 0, left: 0 });
  });

  it('shows a cancelled slot but counts no places for it', () => {
    const grid = buildWeekGrid([slot('gone', '2026-05-12T03:30:00Z', '2026-05-12T04:30:00Z', 0, 10, 'meal', 'cancelled')], '2026-05-11');
    expect(grid.rows[0].cells[1].map((item) => item.id)).toEqual(['gone']);
    expect(grid.totals[1]).toEqual({ booked: 0, left: 0 });
  });
});
