/**
 * 统计用区划代码 (12-digit statistical division code): 2 digits province, 2 city, 2 county, 3 township (乡镇/街道),
 * 3 village (村/社区). A region's subtree is every code that starts with its significant digits, so "this region
 * and everything below it" is one prefix predicate.
 */
export const REGION_LEVELS = ['province', 'city', 'county', 'township', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_CODE_PATTERN = /^\d{12}$/;

const SIGNIFICANT_DIGITS: Record<RegionLevel, number> = { province: 2, city: 4, county: 6, township: 9, village: 12 };

export function isRegionCode(code: string): boolean {
  return REGION_CODE_PATTERN.test(code);
}

/** The level a code's trailing zeros imply. */
export function regionLevelOf(code: string): RegionLevel {
  if (!isRegionCode(code)) throw new Error(`Not a 12-digit region code: ${code}`);
  if (/^\d{2}0{10}$/.test(code)) return 'province';
  if (/^\d{4}0{8}$/.test(code)) return 'city';
  if (/^\d{6}0{6}$/.test(code)) return 'county';
  if (/^\d{9}000$/.test(code)) return 'township';
  return 'village';
}

/** The digits every code in the region's subtree starts with: 330203000000 → 330203. */
export function regionSubtreePrefix(code: string): string {
  return code.slice(0, SIGNIFICANT_DIGITS[regionLevelOf(code)]);
}

/** Whether `code` lies in the subtree of `ancestor` (a region is in its own subtree). */
export function isInRegionSubtree(code: string, ancestor: string): boolean {
  return isRegionCode(code) && code.startsWith(regionSubtreePrefix(ancestor));
}

const LEVEL_ABOVE: Record<RegionLevel, RegionLevel | null> = {
  province: null,
  city: 'province',
  county: 'city',
  township: 'county',
  village: 'township',
};

export function parentLevelOf(level: RegionLevel): RegionLevel | null {
  return LEVEL_ABOVE[level];
}

/** The parent a code implies: its significant digits above its own level, zero-filled (500112001000 → 500112000000). */
export function impliedParentCode(code: string): string | null {
  const parentLevel = LEVEL_ABOVE[regionLevelOf(code)];
  return parentLevel ? code.slice(0, SIGNIFICANT_DIGITS[parentLevel]).padEnd(12, '0') : null;
}

/** The code and every code above it, nearest first (500112001000 → itself, 500112000000, 500100000000, 500000000000). */
export function regionAncestry(code: string): string[] {
  const chain: string[] = [];
  for (let current: string | null = code; current; current = impliedParentCode(current)) chain.push(current);
  return chain;
}
