import { impliedParentCode } from '@yiyang/core';

/** One statement pass of the engine: over `slice`'s region, keeping the township parts of `counties`. */
export interface CountyPass {
  slice: string;
  counties: string[];
}

/**
 * A city's pass costs about as much as three or four of its counties' (宁波市 of the demo: 395 ms against about
 * 110 ms a county, in the same transaction), the fixed cost of 14 statements paid once instead of per county.
 */
const CITY_PASS_SHARE = 1 / 3;

/**
 * How to compute the township parts of `counties` (county codes) with the fewest statements: the touched counties
 * of a city make one pass over the city when they are at least a third of its counties (`countiesOf`: every county
 * of each city in the tree), else each county is a pass of its own. Every county lands in exactly one pass.
 */
export function countyPasses(counties: readonly string[], countiesOf: (city: string) => number): CountyPass[] {
  const byCity = new Map<string, string[]>();
  for (const county of [...new Set(counties)].sort()) {
    const city = impliedParentCode(county) ?? county;
    byCity.set(city, [...(byCity.get(city) ?? []), county]);
  }
  return [...byCity].flatMap(([city, touched]) =>
    touched.length > 1 && touched.length >= countiesOf(city) * CITY_PASS_SHARE
      ? [{ slice: city, counties: touched }]
      : touched.map((county) => ({ slice: county, counties: [county] })),
  );
}
