import { EARTH_RADIUS_M } from '@yiyang/places';
import type { EntityManager } from 'typeorm';
import type { FacilityPlan } from './model';
import { SERVICE_CIRCLE_MINUTES } from './plan-targets';
import { Rng } from './random';
import type { RegionRow } from './regions';

/**
 * Plausible points on the map (WGS-84) for the demo's facilities and communities, so the service circle's coverage
 * has values: not surveyed, but laid out around each county's real seat (its government, read off a map to about
 * 0.01°). A township stands 1–6 km (街道) or 6–22 km (镇/乡) from its county's seat, a community 0.3–2 km and a village
 * 0.5–4 km from its township, in a direction of its own; a facility stands 30–400 m from the community (社区) it is
 * registered in, 0.1–2.5 km from its village (行政村, which spans several natural villages), or 50–900 m from its
 * township's point. Every draw is seeded by the region code (or the facility's
 * place in the plan), so a reload gives the same map. Communities count 400–2,400 people of 60+, villages 150–900.
 */
const COUNTY_SEATS: Record<string, [lat: number, lng: number]> = {
  '500112': [29.718, 106.631], // 渝北区 (两江新区's streets lie in it)
  '330902': [30.02, 122.107], // 定海区
  '330903': [29.971, 122.302], // 普陀区 (沈家门)
  '330921': [30.244, 122.205], // 岱山县
  '330922': [30.727, 122.451], // 嵊泗县
  '210381': [40.883, 122.685], // 海城市
  '330203': [29.86, 121.551], // 海曙区
  '330205': [29.887, 121.555], // 江北区
  '330206': [29.899, 121.845], // 北仑区
  '330211': [29.949, 121.716], // 镇海区
  '330212': [29.817, 121.547], // 鄞州区
  '330213': [29.655, 121.407], // 奉化区
  '330225': [29.477, 121.869], // 象山县
  '330226': [29.29, 121.43], // 宁海县
  '330281': [30.037, 121.155], // 余姚市
  '330282': [30.17, 121.266], // 慈溪市
  '620802': [35.543, 106.675], // 崆峒区
  '620821': [35.332, 107.368], // 泾川县
  '620822': [35.065, 107.621], // 灵台县
  '620823': [35.305, 107.036], // 崇信县
  '620825': [35.202, 106.037], // 庄浪县
  '620826': [35.522, 105.733], // 静宁县
  '620881': [35.218, 106.654], // 华亭市
};

const SEED = 20250601;

/** A stable number of a code, to seed its draws. */
function hashOf(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  return hash;
}

type Point = [lat: number, lng: number];

/** A point `min`–`max` metres from `from` in a direction drawn from `rng`. */
function around(from: Point, min: number, max: number, rng: Rng): Point {
  const distance = min + rng.next() * (max - min);
  const bearing = rng.next() * 2 * Math.PI;
  const dlat = ((distance * Math.cos(bearing)) / EARTH_RADIUS_M) * (180 / Math.PI);
  const dlng = ((distance * Math.sin(bearing)) / (EARTH_RADIUS_M * Math.cos((from[0] * Math.PI) / 180))) * (180 / Math.PI);
  return [Math.round((from[0] + dlat) * 1e6) / 1e6, Math.round((from[1] + dlng) * 1e6) / 1e6];
}

export interface PlacesPlan {
  facilities: { id: string; lat: number; lng: number }[];
  communities: { code: string; lat: number; lng: number; olderPopulation: number }[];
}

export function buildPlaces(regions: readonly RegionRow[], facilities: readonly FacilityPlan[]): PlacesPlan {
  const points = new Map<string, Point>();
  const township = (code: string): Point | null => {
    const known = points.get(code);
    if (known) return known;
    const seat = COUNTY_SEATS[code.slice(0, 6)];
    if (!seat) return null;
    const row = regions.find((r) => r.code === code);
    const rng = Rng.of(SEED, 1, hashOf(code));
    const point = row?.kind === 'street' ? around(seat, 1000, 6000, rng) : around(seat, 6000, 22000, rng);
    points.set(code, point);
    return point;
  };
  const communities: PlacesPlan['communities'] = [];
  for (const village of regions.filter((r) => r.level === 'village')) {
    const centre = township(village.parentCode!);
    if (!centre) continue;
    const rng = Rng.of(SEED, 2, hashOf(village.code));
    const community = village.kind === 'community';
    const [lat, lng] = community ? around(centre, 300, 2000, rng) : around(centre, 500, 4000, rng);
    points.set(village.code, [lat, lng]);
    communities.push({ code: village.code, lat, lng, olderPopulation: community ? rng.int(400, 2400) : rng.int(150, 900) });
  }
  const located: PlacesPlan['facilities'] = [];
  facilities.forEach((facility, index) => {
    const rng = Rng.of(SEED, 3, index);
    const own = points.get(facility.regionCode);
    const centre = own ?? township(facility.township);
    if (!centre) return;
    const kind = own ? regions.find((r) => r.code === facility.regionCode)?.kind : null;
    // A 行政村 spans several natural villages: its point may stand in any of them, up to 2.5 km from the 村委会.
    const [lat, lng] = !own ? around(centre, 50, 900, rng) : kind === 'village' ? around(centre, 100, 2500, rng) : around(centre, 30, 400, rng);
    located.push({ id: facility.id, lat, lng });
  });
  return { facilities: located, communities };
}

/** Writes the points and the plans' service-circle minutes (渝北 15, 舟山 20). */
export async function loadPlaces(m: EntityManager, plan: PlacesPlan, lastDay: string): Promise<number> {
  const { facilities: fs, communities: cs } = plan;
  await m.query(`UPDATE facility f SET latitude = x.lat, longitude = x.lng FROM unnest($1::uuid[], $2::float8[], $3::float8[]) AS x(id, lat, lng) WHERE f.id = x.id`, [
    fs.map((f) => f.id),
    fs.map((f) => f.lat),
    fs.map((f) => f.lng),
  ]);
  await m.query(
    `INSERT INTO community_place (region_code, lat, lng, older_population, population_year)
     SELECT c, la, ln, o, $5 FROM unnest($1::varchar[], $2::float8[], $3::float8[], $4::int[]) AS x(c, la, ln, o)`,
    [cs.map((c) => c.code), cs.map((c) => c.lat), cs.map((c) => c.lng), cs.map((c) => c.olderPopulation), Number(lastDay.slice(0, 4))],
  );
  await m.query(`INSERT INTO service_circle_minutes (region_code, minutes) SELECT * FROM unnest($1::varchar[], $2::smallint[])`, [
    SERVICE_CIRCLE_MINUTES.map((row) => row.regionCode),
    SERVICE_CIRCLE_MINUTES.map((row) => row.minutes),
  ]);
  return fs.length + cs.length + SERVICE_CIRCLE_MINUTES.length;
}
