import { regionAncestry, regionLevelOf } from '@shared/core/region-code';

/** The township (街道/乡镇) of a home address code: a village's parent, a township itself; a coarser code as it is. */
export function homeTownship(code: string): string {
  return regionAncestry(code).find((candidate) => regionLevelOf(candidate) === 'township') ?? code;
}
