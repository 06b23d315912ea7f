import { boardSummary, formatShare } from './board-summary';

const totals = { listed: 12, open: 10, careType: 4, general: 6, dementiaCare: 1, vacant: 5, occupied: 3, reserved: 1, outOfService: 1, closed: 2 };

describe('board summary', () => {
  it('counts open beds, their statuses and the care-type share', () => {
    expect(boardSummary(totals)).toEqual({
      total: 10,
      vacant: 5,
      occupied: 3,
      reserved: 1,
      outOfService: 1,
      careType: 4,
      dementiaCare: 1,
      careTypeShare: 0.4,
      occupancy: 3 / 9,
    });
  });

  it('has no share for a home without open beds', () => {
    const empty = boardSummary({ ...totals, open: 0, careType: 0, vacant: 0, occupied: 0, reserved: 0, outOfService: 0 });
    expect(empty.careTypeShare).toBeNull();
    expect(empty.occupancy).toBeNull();
    expect(formatShare(empty.careTypeShare)).toBe('—');
    expect(formatShare(0.3092)).toBe('31 %');
  });
});
