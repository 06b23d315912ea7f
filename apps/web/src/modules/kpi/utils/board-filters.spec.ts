import { applyBoardFilters, readBoardFilters, writeBoardFilters } from './board-filters';

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
