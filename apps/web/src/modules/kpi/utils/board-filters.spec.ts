import { applyBoardFilters, readBoardFilters, readSortByMiss, sortByExpectedMiss, writeBoardFilters } from './board-filters';

describe('board filters', () => {
  it('reads and writes the URL, leaving the other parameters and dropping a filter switched off', () => {
    const params = new URLSearchParams('region=500112000000&month=2026-11');
    expect(readBoardFilters(params)).toEqual({ offTrackOnly: false, bindingOnly: false });
    const on = writeBoardFilters(params, { offTrackOnly: true });
    expect(on.toString()).toBe('region=500112000000&month=2026-11&offTrack=1');
    expect(readBoardFilters(on)).toEqual({ offTrackOnly: true, bindingOnly: false });
    expect(writeBoardFilters(on, { offTrackOnly: false }).toString()).toBe('region=500112000000&month=2026-11');
  });

  it('keeps only what is behind plan, and only binding targets', () => {
    const binding = { binding: 'binding' as const };
    const expected = { binding: 'expected' as const };
    const items = [
      { status: 'off_track' as const, target: binding },
      { status: 'at_risk' as const, target: expected },
      { status: 'met' as const, target: binding },
      { status: 'no_target' as const, target: null },
    ];
    expect(applyBoardFilters(items, { offTrackOnly: true, bindingOnly: false })).toEqual(items.slice(0, 2));
    expect(applyBoardFilters(items, { offTrackOnly: false, bindingOnly: true })).toEqual([items[0], items[2]]);
    expect(applyBoardFilters(items, { offTrackOnly: true, bindingOnly: true })).toEqual([items[0]]);
  });
});

describe('sortByExpectedMiss', () => {
  it('puts "not at this pace" first, then the latest expected month, then what has no forecast to go on, met last', () => {
    const forecast = (status: 'met' | 'expected' | 'not_at_pace' | 'too_little_history' | 'no_target', expectedMetOn: string | null = null) => ({ forecast: { status, expectedMetOn } });
    const items = [
      { id: 'met', ...forecast('met') },
      { id: 'soon', ...forecast('expected', '2027-02') },
      { id: 'none', forecast: null },
      { id: 'miss', ...forecast('not_at_pace') },
      { id: 'late', ...forecast('expected', '2028-06') },
      { id: 'short', ...forecast('too_little_history') },
    ];
    expect(sortByExpectedMiss(items).map((item) => item.id)).toEqual(['miss', 'late', 'soon', 'short', 'none', 'met']);
    expect(readSortByMiss(new URLSearchParams('sort=miss'))).toBe(true);
    expect(readSortByMiss(new URLSearchParams(''))).toBe(false);
  });
});
