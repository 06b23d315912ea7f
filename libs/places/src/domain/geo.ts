import gcoord from 'gcoord';

/**
 * Places on the map and the service circle (养老服务圈): coordinates in WGS-84, straight-line (great-circle) distances,
 * and the radius a number of walking minutes reaches. The KPI source `circle` computes the same in SQL
 * (libs/places/src/circle.sql.ts); these are its reference and the input's conversion.
 */

/** Coordinate systems a point may be given in: WGS-84 (GPS) or GCJ-02 (国测局坐标, what Chinese map apps show). */
export const CRS_LIST = ['wgs84', 'gcj02'] as const;
export type Crs = (typeof CRS_LIST)[number];

export interface LatLng {
  lat: number;
  lng: number;
}

/** Mainland China and its islands, roughly: the range a stored point must fall in (also the tables' CHECK). */
export const CHINA_BOUNDS = { minLat: 3, maxLat: 54, minLng: 73, maxLng: 136 } as const;

/** Mean Earth radius (IUGG), metres: the sphere the haversine distance is taken on. */
export const EARTH_RADIUS_M = 6_371_008.8;

/** A point exactly on a circle's edge counts: distances are compared with this much slack (1 cm, the stored precision). */
export const EDGE_TOLERANCE_M = 0.01;

/** A point as stored: GCJ-02 input is converted to WGS-84 (gcoord), WGS-84 is kept as given. */
export function toWgs84(point: LatLng, crs: Crs): LatLng {
  if (crs === 'wgs84') return { lat: point.lat, lng: point.lng };
  const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return { lat, lng };
}

export function inChina(point: LatLng): boolean {
  return point.lat >= CHINA_BOUNDS.minLat && point.lat <= CHINA_BOUNDS.maxLat && point.lng >= CHINA_BOUNDS.minLng && point.lng <= CHINA_BOUNDS.maxLng;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine), the formula circle.sql.ts writes in SQL. */
export function haversineMetres(a: LatLng, b: LatLng): number {
  const h = Math.sin(radians(b.lat - a.lat) / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(radians(b.lng - a.lng) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/**
 * The straight-line radius of a service circle: the walking distance (minutes × speed) divided by the detour
 * factor, the ratio of the distance walked along streets to the straight line.
 */
export function circleRadiusMetres(minutes: number, walkingMetresPerMinute: number, detourFactor: number): number {
  return (minutes * walkingMetresPerMinute) / detourFactor;
}

/** Whether `point` lies within `radius` metres of `centre`, the edge included. */
export function withinCircle(centre: LatLng, point: LatLng, radius: number): boolean {
  return haversineMetres(centre, point) <= radius + EDGE_TOLERANCE_M;
}

/** Minutes of a service circle when no region up the tree sets them (the 15-minute circle most plans name). */
export const DEFAULT_CIRCLE_MINUTES = 15;
export const CIRCLE_MINUTES_RANGE = { min: 5, max: 60 } as const;
