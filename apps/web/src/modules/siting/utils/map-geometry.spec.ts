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

  it('still has a range for one point alone', () => {
    const ranges = equalAspectRanges([{ lng: 106.8, lat: 29.9 }], { width: 300, height: 300 }, 500);
    expect(ranges.lat[1] - ranges.lat[0]).toBeCloseTo(1000 / METRES_PER_DEGREE, 9);
  });
});
