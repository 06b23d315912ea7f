import { periodOf } from './visit-period';

describe('periodOf', () => {
  it('gives the Monday-to-Sunday week around a date, its end exclusive', () => {
    expect(periodOf('week', '2025-06-04')).toEqual({ from: '2025-06-02', to: '2025-06-09' });
    expect(periodOf('week', '2025-06-02')).toEqual({ from: '2025-06-02', to: '2025-06-09' });
    expect(periodOf('week', '2025-06-08')).toEqual({ from: '2025-06-02', to: '2025-06-09' });
  });

  it('crosses months and years within a week', () => {
    expect(periodOf('week', '2025-01-01')).toEqual({ from: '2024-12-30', to: '2025-01-06' });
  });

  it('gives the calendar month, up to the first of the next', () => {
    expect(periodOf('month', '2024-02-29')).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(periodOf('month', '2025-12-15')).toEqual({ from: '2025-12-01', to: '2026-01-01' });
  });
});
