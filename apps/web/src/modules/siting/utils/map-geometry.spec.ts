import { circleRing, equalAspectRanges, METRES_PER_DEGREE } from './map-geometry';

describe('the siting map', () => {
  it('draws a circle as wide on the ground as it is tall', () => {
    const ring = circleRing({ lng: 106.8, lat: 60 }, 1000, 4);
    expect(ring).toHaveLength(5);
    const [east, north] = [ring[0]!, ring[1]!];
    expect((north[1] - 60) * METRES_PER_DEGREE).toBeCloseTo(1000, 6);
    // At 60° a degree of longitude is half a degree of latitude on the ground: twice the degrees for the same metres.
    expect((east[0] - 106.8) * METRES_PER_DEGREE * 0.5).toBeCloseTo(1000, 6);
  });

  it('gives one metre the same pixels across and up, holding every point with its margin', () => {
    const points = [
      { lng: 122.0, lat: 30.0 },
      { lng: 122.2, lat: 30.05 },
    ];
    const plot = { width: 800, height: 400 };
    const ranges = equalAspectRanges(points, plot, 700);
    const k = Math.cos((30.025 * Math.PI) / 180);
    const metresPerPixelAcross = ((ranges.lng[1] - ranges.lng[0]) * k * METRES_PER_DEGREE) / plot.width;
    const metresPerPixelUp = ((ranges.lat[1] - ranges.lat[0]) * METRES_PER_DEGREE) / plot.height;
    expect(metresPerPixelAcross).toBeCloseTo(metresPerPixelUp, 6);
    for (const p of points) {
      expect(p.lng - ranges.lng[0]).toBeGreaterThanOrEqual(700 / METRES_PER_DEGREE / k - 1e-9);
      expect(ranges.lat[1] - p.lat).toBeGreaterThanOrEqual(700 / METRES_PER_DEGREE - 1e-9);
    }
  });

  it('keeps every point a marker’s pixels from the edges, however large the area', () => {
    // Two points 40 km apart and a 100 m margin: without pixel room they would sit on the edges of a 400 px plot.
    const points = [
      { lng: 121.3, lat: 29.8 },
      { lng: 121.7, lat: 29.8 },
    ];
    const plot = { width: 400, height: 300 };
    const ranges = equalAspectRanges(points, plot, 100, 20);
    const pixelsPerDegree = plot.width / (ranges.lng[1] - ranges.lng[0]);
    expect((points[0]!.lng - ranges.lng[0]) * pixelsPerDegree).toBeGreaterThanOrEqual(20 - 1e-9);
    expect((ranges.lng[1] - points[1]!.lng) * pixelsPerDegree).toBeGreaterThanOrEqual(20 - 1e-9);
  });

  it('still has a range for one point alone', () => {
    const ranges = equalAspectRanges([{ lng: 106.8, lat: 29.9 }], { width: 300, height: 300 }, 500);
    expect(ranges.lat[1] - ranges.lat[0]).toBeCloseTo(1000 / METRES_PER_DEGREE, 9);
  });
});
