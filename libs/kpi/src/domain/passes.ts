import { impliedParentCode, regionLevelOf } from '@yiyang/core';

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
 * How to compute the township parts of `counties` with the fewest statements: the touched counties of a city make
 * one pass over the city when they are at least a third of its counties (`countiesOf`: every county of each city in
 * the tree), else each county is a pass of its own. A code that is not a county's (a city with townships right
 * under it, as 东莞市) is always a pass of its own. Every code lands in exactly one pass.
 */
export function countyPasses(counties: readonly string[], countiesOf: (city: string) => number): CountyPass[] {
  const byCity = new Map<string, string[]>();
  const alone: string[] = [];
  for (const county of [...new Set(counties)].sort()) {
    if (regionLevelOf(county) !== 'county') {
      alone.push(county);
      continue;
    }
    const city = impliedParentCode(county)!;
    byCity.set(city, [...(byCity.get(city) ?? []), county]);
  }
  const grouped = [...byCity].flatMap(([city, touched]) =>
    touched.length > 1 && touched.length >= countiesOf(city) * CITY_PASS_SHARE ? [{ slice: city, counties: touched }] : touched.map((county) => ({ slice: county, counties: [county] })),
  );
  return [...grouped, ...alone.map((code) => ({ slice: code, counties: [code] }))];
}
