import { circleRadiusMetres, EARTH_RADIUS_M, haversineMetres, inChina, toWgs84, withinCircle } from './geo';

describe('geo', () => {
  it('measures a degree of latitude as πR/180 and a known city pair', () => {
    expect(haversineMetres({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo((Math.PI * EARTH_RADIUS_M) / 180, 6);
    // Rosetta Code's haversine example, Nashville BNA to Los Angeles LAX: 2887.2599506 km on a sphere of 6372.8 km.
    const bnaToLax = haversineMetres({ lat: 36.12, lng: -86.67 }, { lat: 33.94, lng: -118.4 });
    expect((bnaToLax / EARTH_RADIUS_M) * 6372.8).toBeCloseTo(2887.2599506, 6);
    expect(haversineMetres({ lat: 29.6, lng: 106.6 }, { lat: 29.6, lng: 106.6 })).toBe(0);
  });

  it('turns minutes into a straight-line radius: minutes × speed ÷ detour', () => {
    expect(circleRadiusMetres(15, 60, 1.3)).toBeCloseTo(692.3077, 4);
    expect(circleRadiusMetres(20, 60, 1.25)).toBe(960);
  });

  it('counts a point exactly on the edge and not one a metre beyond', () => {
    const centre = { lat: 29.72, lng: 106.63 };
    const radius = circleRadiusMetres(15, 60, 1.3);
    const north = (metres: number) => ({ lat: centre.lat + ((metres / EARTH_RADIUS_M) * 180) / Math.PI, lng: centre.lng });
    expect(withinCircle(centre, north(radius), radius)).toBe(true);
    expect(withinCircle(centre, north(radius + 1), radius)).toBe(false);
  });

  it('converts GCJ-02 to WGS-84 (the published test point of eviltransform) and keeps WGS-84', () => {
    // WGS-84 (39.915, 116.404) shows as GCJ-02 (39.91640428150164, 116.41024449916938) on Chinese maps.
    const wgs = toWgs84({ lat: 39.91640428150164, lng: 116.41024449916938 }, 'gcj02');
    expect(haversineMetres(wgs, { lat: 39.915, lng: 116.404 })).toBeLessThan(1);
    expect(toWgs84({ lat: 29.6, lng: 106.5 }, 'wgs84')).toEqual({ lat: 29.6, lng: 106.5 });
    // The offset in Chongqing is a few hundred metres.
    const yubei = toWgs84({ lat: 29.7178, lng: 106.6313 }, 'gcj02');
    expect(haversineMetres(yubei, { lat: 29.7178, lng: 106.6313 })).toBeGreaterThan(200);
  });

  it('knows the range a stored point falls in', () => {
    expect(inChina({ lat: 29.7, lng: 106.6 })).toBe(true);
    expect(inChina({ lat: 51.5, lng: -0.12 })).toBe(false);
  });
});
