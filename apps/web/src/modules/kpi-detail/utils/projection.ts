import { monthsBetween, shiftMonth } from '@shared/core/months';

interface Projected {
  month: string;
  value: number;
  low: number;
  high: number;
}

/**
 * The chart's months extended to the projection's last one, and the projection on them: the value (joined to the
 * last month of history so the dashed line continues the actual one), and the interval as a band — its low edge and
 * its width, stacked.
 */
export function projectionSeries(
  months: readonly string[],
  last: { month: string; value: number | null } | undefined,
  projection: readonly Projected[],
): { months: string[]; value: (number | null)[]; low: (number | null)[]; width: (number | null)[] } {
  const end = projection.at(-1)?.month;
  const all = end && end > (months.at(-1) ?? '') ? [...months, ...monthsBetween(months.length ? shiftMonth(months.at(-1)!, 1) : projection[0].month, end)] : [...months];
  const byMonth = new Map(projection.map((point) => [point.month, point]));
  return {
    months: all,
    value: all.map((month) => byMonth.get(month)?.value ?? (last && month === last.month ? last.value : null)),
    low: all.map((month) => byMonth.get(month)?.low ?? (last && month === last.month ? last.value : null)),
    width: all.map((month) => {
      const point = byMonth.get(month);
      if (point) return point.high - point.low;
      return last && month === last.month && last.value !== null ? 0 : null;
    }),
  };
}

