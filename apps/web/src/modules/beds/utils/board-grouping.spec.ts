import type { BedBoard, BoardBed } from '@web/data/beds/types';
import { filterFloors, findBed, floorChoices, vacantBeds } from './board-grouping';

const bed = (id: string, status: BoardBed['status'], careType: boolean, dementiaCare = false): BoardBed => ({
  id,
  code: id,
  status,
  setting: 'institution',
  careType,
  dementiaCare,
  stayId: status === 'occupied' ? `stay-${id}` : null,
  occupant: status === 'occupied' ? '王*国' : null,
  reservedUntil: null,
});

const board: BedBoard = {
  facilityId: 'f',
  facilityName: '颐养院',
  date: '2026-03-10',
  boardVersion: '1',
  freshUntil: null,
  floors: [
    { floor: 1, rooms: [{ id: 'r101', name: '101', beds: [bed('1-101-1', 'vacant', true, true), bed('1-101-2', 'occupied', true)] }, { id: 'r102', name: '102', beds: [bed('1-102-1', 'occupied', false)] }] },
    { floor: 2, rooms: [{ id: 'r201', name: '201', beds: [bed('2-201-1', 'vacant', false), bed('2-201-2', 'out_of_service', false)] }] },
    { floor: null, rooms: [{ id: 'rx', name: '附楼', beds: [bed('x-1', 'vacant', false)] }] },
  ],
  homeBeds: [{ ...bed('home-1', 'occupied', false), setting: 'home' }],
  totals: { listed: 7, open: 7, careType: 2, general: 5, dementiaCare: 1, vacant: 3, occupied: 3, reserved: 0, outOfService: 1, closed: 0 },
};
const none = { vacantOnly: false, careType: null, floor: null } as const;
const codes = (floors: ReturnType<typeof filterFloors>) => floors.flatMap((floor) => floor.rooms.flatMap((room) => room.beds.map((one) => one.code)));

describe('floors, rooms and beds on the board', () => {
  it('keeps the API’s own arrays when nothing is filtered, so unchanged parts are not drawn again', () => {
    expect(filterFloors(board.floors, none)).toBe(board.floors);
  });

  it('filters vacant beds, care types and a floor, dropping empty rooms and floors', () => {
    expect(codes(filterFloors(board.floors, { ...none, vacantOnly: true }))).toEqual(['1-101-1', '2-201-1', 'x-1']);
    expect(filterFloors(board.floors, { ...none, vacantOnly: true }).map((floor) => floor.rooms.map((room) => room.name))).toEqual([['101'], ['201'], ['附楼']]);
    expect(codes(filterFloors(board.floors, { ...none, careType: 'care' }))).toEqual(['1-101-1', '1-101-2']);
    expect(codes(filterFloors(board.floors, { ...none, careType: 'general' }))).toEqual(['1-102-1', '2-201-1', '2-201-2', 'x-1']);
    expect(codes(filterFloors(board.floors, { ...none, careType: 'dementia' }))).toEqual(['1-101-1']);
    expect(codes(filterFloors(board.floors, { ...none, floor: 2 }))).toEqual(['2-201-1', '2-201-2']);
    expect(codes(filterFloors(board.floors, { ...none, floor: 'none' }))).toEqual(['x-1']);
    expect(filterFloors(board.floors, { vacantOnly: true, careType: 'care', floor: 2 })).toEqual([]);
  });

  it('lists the floors for the filter and finds a bed with its room, home beds too', () => {
    expect(floorChoices(board.floors)).toEqual([1, 2, 'none']);
    expect(findBed(board, '2-201-2')).toMatchObject({ room: '201', floor: 2, bed: { status: 'out_of_service' } });
    expect(findBed(board, 'home-1')).toMatchObject({ room: null, floor: null });
    expect(findBed(board, 'nowhere')).toBeNull();
  });

  it('offers vacant beds to admit or move into, but not the bed one leaves', () => {
    expect(vacantBeds(board).map((place) => place.bed.code)).toEqual(['1-101-1', '2-201-1', 'x-1']);
    expect(vacantBeds(board, '2-201-1').map((place) => place.bed.code)).toEqual(['1-101-1', 'x-1']);
  });
});
