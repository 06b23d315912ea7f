import type { Attainment } from '@web/data/kpi/types';
import { sparklineMonths, withShownMonth } from './board-window';

describe('the board’s 12-month window', () => {
  it('asks the batch for the 11 months before the one shown', () => {
    expect(sparklineMonths('2026-12')).toEqual({ from: '2026-01', to: '2026-11' });
    expect(sparklineMonths('2021-01')).toEqual({ from: '2020-02', to: '2020-12' });
  });

  it('ends the line with the month the overview shows', () => {
    const shown = { value: 30.92, numerator: 2072, denominator: 6700, revision: null, status: 'on_track' } as Attainment;
    const before = [{ month: '2020-11', value: 30, numerator: 1, denominator: 2, revision: 1, status: 'on_track' as const, source: 'snapshot' as const }];
    expect(withShownMonth(before, shown, '2020-12', 'live')).toEqual([
      before[0],
      { month: '2020-12', value: 30.92, numerator: 2072, denominator: 6700, revision: null, status: 'on_track', source: 'live' },
    ]);
  });
});
