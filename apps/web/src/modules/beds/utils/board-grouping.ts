import type { BedBoard, BoardBed, BoardFloor, BoardRoom } from '@web/data/beds/types';
import type { BoardFilters, FloorFilter } from './board-filters';

const matchesCareType = (bed: BoardBed, careType: BoardFilters['careType']) =>
  careType === null ||
  (careType === 'care' && bed.careType === true) ||
  (careType === 'general' && bed.careType === false) ||
  (careType === 'dementia' && bed.dementiaCare === true);

/** Whether a bed passes the board's filters (vacant only, care type). */
export function bedMatches(bed: BoardBed, filters: Pick<BoardFilters, 'vacantOnly' | 'careType'>): boolean {
  return (!filters.vacantOnly || bed.status === 'vacant') && matchesCareType(bed, filters.careType);
}

const floorKey = (floor: number | null): FloorFilter => floor ?? 'none';

/**
 * Floors → rooms → beds that pass the filters, empty rooms and floors dropped. Without a filter the API's own arrays
 * are returned, so memoised floors and rooms do not draw again on a refresh that changed nothing in them.
 */
export function filterFloors(floors: readonly BoardFloor[], filters: Pick<BoardFilters, 'vacantOnly' | 'careType' | 'floor'>): readonly BoardFloor[] {
  const onFloor = filters.floor === null ? floors : floors.filter((floor) => floorKey(floor.floor) === filters.floor);
  if (!filters.vacantOnly && filters.careType === null) return onFloor;
  return onFloor
    .map((floor) => ({
      floor: floor.floor,
      rooms: floor.rooms
        .map((room): BoardRoom => ({ id: room.id, name: room.name, beds: room.beds.filter((bed) => bedMatches(bed, filters)) }))
        .filter((room) => room.beds.length > 0),
    }))
    .filter((floor) => floor.rooms.length > 0);
}

/** The floors the board has, for the floor filter: numbers in the API's order, `none` last if some beds have none. */
export function floorChoices(floors: readonly BoardFloor[]): FloorFilter[] {
  return floors.map((floor) => floorKey(floor.floor));
}

export interface BedPlace {
  bed: BoardBed;
  room: string | null;
  floor: number | null;
}

/** One bed with its room and floor, from the board already held (the drawer opens without waiting). */
export function findBed(board: BedBoard, bedId: string): BedPlace | null {
  for (const floor of board.floors) {
    for (const room of floor.rooms) {
      const bed = room.beds.find((candidate) => candidate.id === bedId);
      if (bed) return { bed, room: room.name, floor: floor.floor };
    }
  }
  const home = board.homeBeds.find((candidate) => candidate.id === bedId);
  return home ? { bed: home, room: null, floor: null } : null;
}

/** Beds one may be admitted or moved into today: vacant institution and community beds, in board order. */
export function vacantBeds(board: BedBoard, except?: string): BedPlace[] {
  return board.floors.flatMap((floor) =>
    floor.rooms.flatMap((room) =>
      room.beds.filter((bed) => bed.status === 'vacant' && bed.id !== except).map((bed) => ({ bed, room: room.name, floor: floor.floor })),
    ),
  );
}
