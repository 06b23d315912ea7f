import { projectionSeries } from './projection';

describe('projectionSeries', () => {
  it('extends the months to the projection’s end, joins it to the last actual month and stacks the band as low + width', () => {
    const series = projectionSeries(['2026-10', '2026-11', '2026-12'], { month: '2026-11', value: 50 }, [
      { month: '2026-12', value: 52, low: 51, high: 53 },
      { month: '2027-01', value: 54, low: 52, high: 56 },
    ]);
    expect(series.months).toEqual(['2026-10', '2026-11', '2026-12', '2027-01']);
    expect(series.value).toEqual([null, 50, 52, 54]);
    expect(series.low).toEqual([null, 50, 51, 52]);
    expect(series.width).toEqual([null, 0, 2, 4]);
  });

  it('keeps the months when the projection ends within them', () => {
    const series = projectionSeries(['2026-11', '2026-12', '2027-01'], { month: '2026-11', value: 1 }, [{ month: '2026-12', value: 2, low: 2, high: 2 }]);
    expect(series.months).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(series.value).toEqual([1, 2, null]);
  });
});
