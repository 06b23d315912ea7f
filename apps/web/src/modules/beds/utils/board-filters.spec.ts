import { boardFilterParams, readBoardFilters } from './board-filters';

const TODAY = '2026-03-10';
const read = (query: string) => readBoardFilters(new URLSearchParams(query), TODAY);

describe('board filters in the URL', () => {
  it('reads today, no filter and no drawer from an empty address', () => {
    expect(read('')).toEqual({ date: TODAY, isToday: true, vacantOnly: false, careType: null, floor: null, bedId: null });
  });

  it('reads a past date as read-only, and every filter', () => {
    expect(read('date=2025-12-31&vacant=1&careType=dementia&floor=3&bed=0b0c7a3e-1f2a-4c5b-9d8e-7f6a5b4c3d2e')).toEqual({
      date: '2025-12-31',
      isToday: false,
      vacantOnly: true,
      careType: 'dementia',
      floor: 3,
      bedId: '0b0c7a3e-1f2a-4c5b-9d8e-7f6a5b4c3d2e',
    });
    expect(read('floor=none').floor).toBe('none');
    expect(read('floor=-1').floor).toBe(-1);
  });

  it('ignores a future or malformed date and unknown values', () => {
    expect(read('date=2026-03-11').date).toBe(TODAY);
    expect(read('date=2026-02-30').date).toBe(TODAY);
    expect(read('careType=luxury&floor=third&bed=1;DROP').careType).toBeNull();
    expect(read('floor=third').floor).toBeNull();
    expect(read('bed=1;DROP').bedId).toBeNull();
  });

  it('writes changes as parameters to set or remove, today left out of the address', () => {
    expect(boardFilterParams({ date: TODAY, vacantOnly: true, floor: 2 }, TODAY)).toEqual({ date: null, vacant: '1', floor: '2' });
    expect(boardFilterParams({ date: '2025-01-01', careType: null, bedId: null }, TODAY)).toEqual({ date: '2025-01-01', careType: null, bed: null });
    expect(boardFilterParams({ floor: 'none' }, TODAY)).toEqual({ floor: 'none' });
  });
});
