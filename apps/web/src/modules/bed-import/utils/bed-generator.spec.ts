import { applyPattern, bedCount, DEFAULT_CODE_PATTERN, DEFAULT_ROOM_PATTERN, MAX_BULK_BEDS, planBeds, problemsByBed, type BedPlan } from './bed-generator';

const plan = (changes: Partial<BedPlan> = {}): BedPlan => ({
  floorFrom: 3,
  floorTo: 4,
  roomsPerFloor: 5,
  bedsPerRoom: 2,
  codePattern: DEFAULT_CODE_PATTERN,
  roomPattern: DEFAULT_ROOM_PATTERN,
  careType: 'all',
  careTypeCount: 0,
  dementiaCare: false,
  ...changes,
});

describe('applyPattern', () => {
  it('fills floor, room and bed, padded to the width asked for', () => {
    expect(applyPattern('{floor}-{room:2}-{bed}', { floor: 3, room: 5, bed: 2 })).toBe('3-05-2');
    expect(applyPattern('{floor}{room:2}', { floor: 12, room: 10, bed: 1 })).toBe('1210');
    expect(applyPattern('B{floor:2}/{room}', { floor: -1, room: 3, bed: 1 })).toBe('B-01/3');
    expect(applyPattern('床{bed:3}', { floor: 1, room: 1, bed: 7 })).toBe('床007');
  });
});

describe('planBeds', () => {
  it('numbers floor by floor, room by room, bed by bed', () => {
    const { beds, problems } = planBeds(plan());
    expect(problems).toEqual([]);
    expect(beds).toHaveLength(20);
    expect(bedCount(plan())).toBe(20);
    expect(beds[0]).toEqual({ code: '3-01-1', room: '301', floor: 3, careType: true, dementiaCare: false });
    expect(beds[9]).toEqual({ code: '3-05-2', room: '305', floor: 3, careType: true, dementiaCare: false });
    expect(beds[19].code).toBe('4-05-2');
  });

  it('makes the first beds care-type when a count is given, and those dementia-care when asked', () => {
    const { beds } = planBeds(plan({ careType: 'count', careTypeCount: 3, dementiaCare: true }));
    expect(beds.map((bed) => [bed.careType, bed.dementiaCare]).slice(0, 4)).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [false, false],
    ]);
    expect(beds.filter((bed) => bed.careType)).toHaveLength(3);
  });

  it('says what is wrong instead of planning nonsense', () => {
    expect(planBeds(plan({ floorFrom: 5, floorTo: 3 })).problems).toEqual([{ kind: 'floorOrder' }]);
    expect(planBeds(plan({ floorFrom: 1, floorTo: 101, roomsPerFloor: 10, bedsPerRoom: 2 })).problems).toEqual([{ kind: 'tooMany', count: 2020, max: MAX_BULK_BEDS }]);
    expect(planBeds(plan({ careType: 'count', careTypeCount: 21 })).problems).toEqual([{ kind: 'careTypeCount', count: 21, total: 20 }]);
    // Without {bed} every bed of a room gets its room's code: said once, not twenty times.
    expect(planBeds(plan({ codePattern: '{floor}-{room}' })).problems).toEqual([{ kind: 'noBedPlaceholder' }, { kind: 'duplicateCode', code: '3-1' }]);
    expect(planBeds(plan({ codePattern: '{floor} {room}-{bed}' })).problems).toEqual([{ kind: 'badCode', code: '3 1-1' }]);
  });
});

describe('problemsByBed', () => {
  it('puts the API’s beds[i] problems on row i and keeps the rest general', () => {
    const { byIndex, general } = problemsByBed([
      { field: 'beds[12].code', message: 'this bed code is already used in the facility' },
      { field: 'beds[12].openedOn', message: 'outside' },
      { field: 'beds[0].dementiaCare', message: 'needs care-type' },
      { field: 'openedOn', message: 'closed period' },
    ]);
    expect(byIndex.get(12)).toEqual([
      { field: 'code', message: 'this bed code is already used in the facility' },
      { field: 'openedOn', message: 'outside' },
    ]);
    expect(byIndex.get(0)).toEqual([{ field: 'dementiaCare', message: 'needs care-type' }]);
    expect(general).toEqual([{ field: 'openedOn', message: 'closed period' }]);
  });
});
