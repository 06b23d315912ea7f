import type { components } from '@web/api/schema';

export type BedBoard = components['schemas']['BedBoardDto'];
export type BoardFloor = components['schemas']['BoardFloorDto'];
export type BoardRoom = components['schemas']['BoardRoomDto'];
export type BoardBed = components['schemas']['BoardBedDto'];
export type BoardTotals = components['schemas']['BoardTotalsDto'];
export type BedStatus = BoardBed['status'];
export type Bed = components['schemas']['BedDto'];
export type BedClassification = components['schemas']['BedClassificationDto'];
export type OutOfServiceInput = components['schemas']['OutOfServiceDto'];
export type ReclassifyInput = components['schemas']['ReclassifyBedDto'];
export type RebuildInput = components['schemas']['RebuildBedDto'];
export type BedCommissioning = components['schemas']['BedCommissioningDto'];
