import { COMPREHENSIVE_CORE } from '@yiyang/facilities';
import type { SourceName } from './domain/indicators';
import type { MonthPeriod } from './domain/months';
import { FACILITIES_ROWS } from './sources/facilities/rows.sql';
import { BEDS_ROWS } from './sources/beds/rows.sql';
import { STAFF_ROWS } from './sources/staff/rows.sql';
import { TEKUN_ROWS } from './sources/tekun/rows.sql';
import { ROSTER_ROWS } from './sources/roster/rows.sql';
import { ORDERS_ROWS } from './sources/orders/rows.sql';
import { TOWNSHIPS_ROWS } from './sources/townships/rows.sql';
import { VILLAGES_ROWS } from './sources/villages/rows.sql';
import { WORKS_ROWS } from './sources/works/rows.sql';

/**
 * The rows each indicator source aggregates over, one per facility / bed / staff member / person / order-day /
 * township / village, each with the township it counts in. Named parameters:
 *   :month  first day of the month        :day  the day stock indicators read (the month's last, or today)
 *   :next   first day of the next month   :prefix  region-code prefix pattern of the slice ('500112%')
 *   :weeks  Mondays of the weeks counted  :core  functions a comprehensive facility offers
 * Townships another body administers (region.administered_by) are left out by the engine.
 */
export const SOURCE_ROWS: Record<SourceName, string> = {
  facilities: FACILITIES_ROWS,
  beds: BEDS_ROWS,
  staff: STAFF_ROWS,
  tekun: TEKUN_ROWS,
  roster: ROSTER_ROWS,
  orders: ORDERS_ROWS,
  townships: TOWNSHIPS_ROWS,
  villages: VILLAGES_ROWS,
  works: WORKS_ROWS,
};

export interface SourceParameters {
  month: string;
  day: string;
  next: string;
  prefix: string;
  weeks: string[];
}

/** Many months in one statement: the per-month values are the columns of the relation kpi_month instead. */
export interface ManyMonthParameters {
  prefix: string;
  months: readonly Pick<MonthPeriod, 'first' | 'day' | 'next' | 'weeks'>[];
}

const PER_MONTH_COLUMNS: Record<string, string> = { month: 'kpi_month.kpi_first', day: 'kpi_month.kpi_day', next: 'kpi_month.kpi_next', weeks: 'kpi_month.kpi_weeks' };

/** Turns the named parameters a statement uses into positional ones, in order of first use. */
export function bindNamed(sql: string, values: SourceParameters | ManyMonthParameters): { text: string; params: unknown[] } {
  const named: Record<string, unknown> =
    'months' in values
      ? {
          prefix: values.prefix,
          firsts: values.months.map((period) => period.first),
          days: values.months.map((period) => period.day),
          nexts: values.months.map((period) => period.next),
          weekLists: values.months.map((period) => period.weeks.join(',')),
        }
      : { ...values };
  named.core = [...COMPREHENSIVE_CORE];
  const order: string[] = [];
  const text = sql.replace(/:(month|day|next|prefix|weeks|core|firsts|days|nexts|weekLists)\b/g, (_, name: string) => {
    if ('months' in values && name in PER_MONTH_COLUMNS) return PER_MONTH_COLUMNS[name];
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return { text, params: order.map((name) => named[name]) };
}
