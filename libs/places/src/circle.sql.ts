import { inForceOn, openOn } from '@yiyang/core';
import { EARTH_RADIUS_M, EDGE_TOLERANCE_M } from './domain/geo';

/**
 * The service circle in SQL, for the KPI source `circle` and the service-circle map: which facilities draw a circle,
 * how far a community's circle reaches, and whether an open facility of those kinds stands within it. Plain SQL
 * (no PostGIS), the same on embedded PGlite and PostgreSQL: a (latitude, longitude) btree range on facility narrows
 * the candidates to a bounding box before the haversine distance is taken (domain/geo.ts is its reference).
 */

/**
 * Facilities whose circle counts: the catalog's "operating community or township facility" — community stations and
 * day-care centres, township centres, rural mutual-aid points (the village's own day-care point) and canteens.
 * Institutions (养老机构, 特困供养机构) are not community facilities and draw no circle.
 */
export const CIRCLE_FACILITY_KINDS = ['community_station', 'township_centre', 'mutual_aid', 'canteen'] as const;

const KINDS = CIRCLE_FACILITY_KINDS.map((kind) => `'${kind}'`).join(', ');

/** Metres per degree of latitude on the sphere of the haversine distance. */
const METRES_PER_DEGREE = (Math.PI * EARTH_RADIUS_M) / 180;

/** The SQL text of the values a circle is drawn with: placeholders or named parameters (`:walkSpeed`). */
export interface CircleParams {
  /** Walking speed, metres a minute. */
  speed: string;
  /** Detour factor: distance along the streets ÷ straight line. */
  detour: string;
  /** Minutes where no region up the tree sets them. */
  minutes: string;
}

/** Minutes of the circle of a community (or any region): the nearest region up the tree that sets them, else the default. */
export function circleMinutesOf(code: string, defaultMinutes: string): string {
  return `coalesce((SELECT m.minutes FROM service_circle_minutes m WHERE m.region_code IN (${ancestorsOf(code)}) ORDER BY m.region_code DESC LIMIT 1), ${defaultMinutes}::int)`;
}

/**
 * A region code and the codes of the regions above it (township, county, city, province). Of these, the one nearest
 * the region sorts highest: each level down fills more of the code's digits.
 */
export function ancestorsOf(code: string): string {
  return [code, ...[9, 6, 4, 2].map((digits) => `rpad(left(${code}, ${digits}), 12, '0')`)].join(', ');
}

/**
 * A LATERAL subquery giving, for the community `c`, its circle's minutes, radius in metres and bounding box half-widths
 * in degrees (a little wider than the circle, so the box never cuts it).
 */
export function circleOf(c: string, params: CircleParams): string {
  return `(SELECT minutes, radius, (radius * 1.01 + 1) / ${METRES_PER_DEGREE} AS dlat,
                  (radius * 1.01 + 1) / ${METRES_PER_DEGREE} / cos(radians(${c}.lat)) AS dlng
             FROM (SELECT minutes, minutes * ${params.speed}::float8 / ${params.detour}::float8 AS radius
                     FROM (SELECT ${circleMinutesOf(`${c}.region_code`, params.minutes)} AS minutes) m) r)`;
}

/** Great-circle distance in metres between two points given as SQL expressions (haversine, as domain/geo.ts). */
export function haversineSql(lat1: string, lng1: string, lat2: string, lng2: string): string {
  return `(2 * ${EARTH_RADIUS_M} * asin(sqrt(power(sin(radians(${lat2} - ${lat1}) / 2), 2)
            + cos(radians(${lat1})) * cos(radians(${lat2})) * power(sin(radians(${lng2} - ${lng1}) / 2), 2))))`;
}

/** Facilities drawing a circle on `day`: open then, placed on the map, with a profile in force of a counting kind (aliases f, p). */
export function circleFacilities(day: string): string {
  return `facility f
          JOIN facility_profile p ON p.facility_id = f.id AND ${inForceOn('p', day)} AND p.kind IN (${KINDS})
         WHERE ${openOn('f', day)} AND f.latitude IS NOT NULL`;
}

/**
 * Whether community `c` with circle `r` (circleOf) has a counting facility within reach on `day` (of the one kind
 * `kind`, an SQL expression, when given: siting): inside the box first (the index), then the distance, the edge included.
 */
export function coveredOn(c: string, r: string, day: string, kind?: string): string {
  return `EXISTS (SELECT 1 FROM ${circleFacilities(day)}${kind ? ` AND p.kind = ${kind}` : ''} AND ${reaches(c, r, 'f')})`;
}

/** Whether the circle `r` of community `c` reaches facility `f`: inside its box, then the distance, the edge included. */
export function reaches(c: string, r: string, f: string): string {
  return `${f}.latitude BETWEEN ${c}.lat - ${r}.dlat AND ${c}.lat + ${r}.dlat
          AND ${f}.longitude BETWEEN ${c}.lng - ${r}.dlng AND ${c}.lng + ${r}.dlng
          AND ${haversineSql(`${c}.lat`, `${c}.lng`, `${f}.latitude`, `${f}.longitude`)} <= ${r}.radius + ${EDGE_TOLERANCE_M}`;
}
