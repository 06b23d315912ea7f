import { Rng } from '../../demo/random';
import type { CopyTable } from '../copy';
import { SCALE_PROVINCE, type Facility, type Plan } from '../plan';

/**
 * Places on the map (WGS-84), made up on a grid: each county's seat on a 0.35° × 0.45° lattice over lat 24–33° N,
 * lng 102–126° E; its townships on a 0.03° (≈ 3 km) grid around the seat; each village or community some 800 m from
 * its township's point; a facility within some 600 m of its village's (stations, mutual-aid points) or township's
 * point. With the default 15-minute circle (15 × 60 m/min ÷ 1.3 ≈ 692 m) part of the communities fall inside a
 * circle and part outside, so service_circle_coverage is neither 0 nor 100 %.
 */

export interface Point {
  lat: number;
  lng: number;
}

function countySeat(county: number): Point {
  return { lat: 24 + (county % 25) * 0.35, lng: 102 + Math.floor(county / 25) * 0.45 };
}

function townshipPoint(plan: Plan, township: number): Point {
  const t = plan.townships[township];
  const siblings = plan.counties[t.county].townships;
  const at = siblings.indexOf(township);
  const side = Math.ceil(Math.sqrt(siblings.length));
  const seat = countySeat(t.county);
  return { lat: seat.lat + (Math.floor(at / side) - side / 2) * 0.03, lng: seat.lng + ((at % side) - side / 2) * 0.03 };
}

function villagePoint(plan: Plan, township: number, village: number): Point {
  const base = townshipPoint(plan, township);
  const rng = Rng.of(plan.options.seed, 91, township * 64 + village);
  return { lat: base.lat + ((village % 3) - 1) * 0.008 + (rng.next() - 0.5) * 0.002, lng: base.lng + (Math.floor(village / 3) - 0.5) * 0.008 + (rng.next() - 0.5) * 0.002 };
}

/** A facility's point: near its village's or township's point; one in twenty facilities has none (not placed yet). */
export function facilityPoint(plan: Plan, f: Facility): Point | null {
  const rng = Rng.of(plan.options.seed, 90, f.index);
  if (rng.chance(0.05)) return null;
  const township = plan.townships[f.township];
  const village = township.villages.findIndex((v) => v.code === f.regionCode);
  const base = village >= 0 ? villagePoint(plan, f.township, village) : townshipPoint(plan, f.township);
  return { lat: base.lat + (rng.next() - 0.5) * 0.011, lng: base.lng + (rng.next() - 0.5) * 0.013 };
}

export const communityPlaceTable: CopyTable = { name: 'community_place', columns: ['region_code', 'lat', 'lng', 'older_population', 'population_year'] };

/** Every village and community on the map with its 60+ population (80–2,000, 2024 or 2025 figures); development zones have none. */
export function* communityPlaceRows(plan: Plan): Generator<string> {
  for (const [t, township] of plan.townships.entries()) {
    if (township.kind === 'other') continue;
    for (const [v, village] of township.villages.entries()) {
      const rng = Rng.of(plan.options.seed, 92, t * 64 + v);
      const point = villagePoint(plan, t, v);
      yield `${village.code}\t${point.lat.toFixed(6)}\t${point.lng.toFixed(6)}\t${80 + rng.below(1921)}\t${rng.chance(0.7) ? 2025 : 2024}\n`;
    }
  }
}

export const circleMinutesTable: CopyTable = { name: 'service_circle_minutes', columns: ['region_code', 'minutes'] };

/** The province plans a 15-minute circle; its second city a 20-minute one (as Zhoushan does). */
export function* circleMinutesRows(plan: Plan): Generator<string> {
  yield `${SCALE_PROVINCE}\t15\n`;
  const city = plan.counties.map((c) => `${c.code.slice(0, 4)}00000000`).filter((code, i, all) => all.indexOf(code) === i)[1];
  if (city) yield `${city}\t20\n`;
}
