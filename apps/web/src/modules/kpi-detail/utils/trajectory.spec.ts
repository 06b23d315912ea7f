import { trajectory } from './trajectory';

describe('trajectory', () => {
  it('runs straight from the baseline December to the target December, then holds the target', () => {
    const { months, planned } = trajectory({ year: 2020, value: 30 }, { year: 2021, value: 60 }, '2022-01');
    expect(months[0]).toBe('2020-12');
    expect(months.at(-1)).toBe('2022-01');
    expect(planned[0]).toBe(30);
    expect(planned[6]).toBe(45);
    expect(planned[12]).toBe(60);
    expect(planned[13]).toBe(60);
  });

  it('reaches to the target year when the month shown is earlier', () => {
    expect(trajectory({ year: 2020, value: 0 }, { year: 2025, value: 10 }, '2021-03').months.at(-1)).toBe('2025-12');
  });

  it('draws no plan line without a baseline or a target', () => {
    const { months, planned } = trajectory(null, { year: 2025, value: 10 }, '2026-11');
    expect(months).toEqual(['2026-11']);
    expect(planned).toEqual([null]);
  });
});
