import { bedActions, STATUS_GLYPH, STATUS_ORDER, statusClass } from './bed-status';

describe('bed status on the board', () => {
  it('gives every status a distinct glyph and a class', () => {
    expect(new Set(STATUS_ORDER.map((status) => STATUS_GLYPH[status])).size).toBe(STATUS_ORDER.length);
    expect(statusClass('out_of_service')).toBe('bed-tile--out-of-service');
  });

  it('offers what the API allows for each status, and nothing on a past date', () => {
    const vacant = { status: 'vacant' as const, setting: 'institution' as const, stayId: null };
    const occupied = { status: 'occupied' as const, setting: 'institution' as const, stayId: 'a-stay' };
    expect(bedActions(vacant, { today: true })).toEqual(['admit', 'outOfService', 'reclassify']);
    expect(bedActions({ ...vacant, setting: 'home' }, { today: true })).not.toContain('admit');
    expect(bedActions(occupied, { today: true })).toEqual(['transfer', 'discharge', 'reclassify']);
    expect(bedActions(occupied, { today: true, admittedToday: true })).toEqual(['transfer', 'discharge', 'void', 'reclassify']);
    expect(bedActions({ ...vacant, status: 'out_of_service' }, { today: true })).toEqual(['backInService', 'reclassify']);
    expect(bedActions({ ...vacant, status: 'closed' }, { today: true })).toEqual([]);
    expect(bedActions(occupied, { today: false })).toEqual([]);
  });
});
