/**
 * A plain coordinate map (no tiles: the network is closed): longitude across, latitude up, one metre as long
 * across as up. A degree of longitude is cos(latitude) times a degree of latitude on the ground, so the axes'
 * ranges are chosen from the plot's size in pixels.
 */

export interface LngLat {
  lng: number;
  lat: number;
}

/** Metres per degree of latitude (the sphere of the API's haversine distance, radius 6,371,008.8 m). */
export const METRES_PER_DEGREE = (Math.PI * 6_371_008.8) / 180;

const cosLat = (lat: number) => Math.cos((lat * Math.PI) / 180);

/** A circle of `radiusMetres` around `centre` as a closed ring of [lng, lat] points (an ellipse in degrees). */
export function circleRing(centre: LngLat, radiusMetres: number, segments = 48): [number, number][] {
  const dlat = radiusMetres / METRES_PER_DEGREE;
  const dlng = dlat / cosLat(centre.lat);
  return Array.from({ length: segments + 1 }, (_, i) => {
    const angle = (2 * Math.PI * i) / segments;
    return [centre.lng + dlng * Math.cos(angle), centre.lat + dlat * Math.sin(angle)];
  });
}

export interface AxisRanges {
  lng: [number, number];
  lat: [number, number];
}

/**
 * Axis ranges holding every point with `marginMetres` around it and at least `marginPixels` from every edge (room
 * for a marker drawn on it), centred, with one metre as many pixels across as up in a plot of `width` × `height`
 * pixels.
 */
export function equalAspectRanges(points: readonly LngLat[], plot: { width: number; height: number }, marginMetres: number, marginPixels = 0): AxisRanges {
  const lngs = points.map((p) => p.lng);
  const lats = points.map((p) => p.lat);
  const [minLng, maxLng, minLat, maxLat] = points.length ? [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)] : [0, 0, 0, 0];
  const centre = { lng: (minLng + maxLng) / 2, lat: (minLat + maxLat) / 2 };
  const k = cosLat(centre.lat);
  const margin = marginMetres / METRES_PER_DEGREE;
  // Ground extent in degrees of latitude, and the degrees of latitude one pixel must show to hold it.
  const across = (maxLng - minLng) * k + 2 * margin;
  const up = maxLat - minLat + 2 * margin;
  // The extent fits inside the plot less its pixel margins (kept to at least half the plot when the plot is tiny).
  const inner = (size: number) => Math.max(size - 2 * marginPixels, size / 2, 1);
  const perPixel = Math.max(across / inner(plot.width), up / inner(plot.height), 1e-6);
  const halfLng = (perPixel * plot.width) / k / 2;
  const halfLat = (perPixel * plot.height) / 2;
  return { lng: [centre.lng - halfLng, centre.lng + halfLng], lat: [centre.lat - halfLat, centre.lat + halfLat] };
}
